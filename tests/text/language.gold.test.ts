import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

interface GoldLine {
  id: string;
  lang: string;
  text: string;
}

function read(name: string): GoldLine[] {
  const url = new URL(`./gold/${name}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldLine);
}

// Floors at the scores measured when the set was made (README beside the files): dev 66/70,
// blind 34/35, every English sentence read as English on both.
describe.each([
  ['language.dev.jsonl', 66],
  ['language.blind.jsonl', 34],
])('language gold %s', (file, floor) => {
  const lines = read(file);

  it(`reads at least ${floor} of ${lines.length} sentences right`, () => {
    const wrong = lines.filter((l) => detectLanguage(l.text).lang !== l.lang).map((l) => l.id);
    expect(lines.length - wrong.length, `wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(floor);
  });

  it('reads every English sentence as English', () => {
    const english = lines.filter((l) => l.lang === 'en');
    expect(english.length).toBeGreaterThan(15);
    for (const l of english) expect(detectLanguage(l.text).lang, l.text).toBe('en');
  });
});
