import { SinmunError } from '../errors.js';

/** `key = value` settings of a MeCab `dicrc`. */
export function parseDicrc(text: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    settings.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return settings;
}

/**
 * mecab-ko's `left-space-penalty-factor = posid,cost,…` as a cost per part-of-speech id, added
 * to a morpheme with white space on its left.
 */
export function parseSpacePenalty(value: string | undefined): Int32Array {
  const table = new Int32Array(0x10000);
  if (value === undefined || value === '') return table;
  const nums = value.split(',').map((s) => Number(s.trim()));
  if (nums.length % 2 !== 0 || nums.some((x) => !Number.isInteger(x))) {
    throw new SinmunError('DICTIONARY_INVALID', `dicrc: bad left-space-penalty-factor "${value}"`);
  }
  for (let i = 0; i < nums.length; i += 2) table[nums[i]] = nums[i + 1];
  return table;
}
