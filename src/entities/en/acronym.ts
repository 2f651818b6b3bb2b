/**
 * Whether `short` abbreviates `long` the way news introduces one: `Semiconductor Manufacturing
 * International Corp (SMIC)`, `Korea Electric Power Corp (KEPCO)`, `Beijing Academy of Artificial
 * Intelligence (BAAI)`. The first letter opens the name; every next letter either opens a later
 * word or continues the word the previous one was found in. Words may be skipped (`of`, `and`).
 */
export function abbreviates(short: string, long: string): boolean {
  const letters = short.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length > 8 || !/^[A-Z0-9][A-Za-z0-9&.-]*$/.test(short)) {
    return false;
  }
  const words = long
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^A-Za-z0-9]/g, '').toLowerCase())
    .filter(Boolean);
  if (words.length < 2 || words[0][0] !== letters[0]) return false;
  // depth-first over (word, position in it); names are short, so this stays tiny
  const from = (k: number, w: number, p: number): boolean => {
    if (k === letters.length) return true;
    for (let q = p + 1; q < words[w].length; q++) {
      if (words[w][q] === letters[k] && from(k + 1, w, q)) return true;
    }
    for (let v = w + 1; v < words.length; v++) {
      if (words[v][0] === letters[k] && from(k + 1, v, 0)) return true;
    }
    return false;
  };
  return from(1, 0, 0);
}
