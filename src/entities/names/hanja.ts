/**
 * Chinese names from their Hanja (`李彦宏` → `Li Yanhong`) through a Hanja→pinyin table of
 * 20,856 characters (data/names/hanja-pinyin.txt, built from pinyin-pro by
 * data/names/build-hanja-pinyin.mjs). The table is read on the first Hanja name, never before.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtInDataDirectory } from '../gazetteer/entries.js';
import { capitalize } from './hangul.js';

interface HanjaTable {
  reading: Map<string, string>;
  /** Characters read otherwise as a family name (`曾` zeng). */
  family: Map<string, string>;
}

let table: HanjaTable | undefined;

/** Whether the table has been read (it is read on the first Hanja name only). */
export function hanjaTableLoaded(): boolean {
  return table !== undefined;
}

function hanjaTable(): HanjaTable {
  if (table) return table;
  const file = join(dirname(builtInDataDirectory()), 'names', 'hanja-pinyin.txt');
  const reading = new Map<string, string>();
  const family = new Map<string, string>();
  let target = reading;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '#surname') {
      target = family;
      continue;
    }
    const [a, b] = line.split('\t');
    if (!a || !b) continue;
    if (target === family) family.set(a, b);
    else for (const ch of b) reading.set(ch, a);
  }
  table = { reading, family };
  return table;
}

/** Two-character family names, written joined (`Ouyang`). */
const COMPOUND_FAMILY = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '司徒',
  '东方',
  '東方',
  '夏侯',
]);

/** The pinyin syllables of a Hanja word (compatibility ideographs folded), or null. */
export function hanjaSyllables(hanja: string, familyFirst = false): string[] | null {
  const { reading, family } = hanjaTable();
  const out: string[] = [];
  for (const ch of hanja.normalize('NFC')) {
    const r = (familyFirst && out.length === 0 ? family.get(ch) : undefined) ?? reading.get(ch);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

const plain = (syllable: string): string => syllable.replace(/ü/g, 'u');

/** `李彦宏` → `Li Yanhong`; two to four characters, family name first. */
export function pinyinName(hanja: string): string | null {
  const chars = [...hanja.normalize('NFC')];
  if (chars.length < 2 || chars.length > 4) return null;
  const syllables = hanjaSyllables(hanja, true);
  if (!syllables) return null;
  const familyLength = COMPOUND_FAMILY.has(chars.slice(0, 2).join('')) && chars.length > 2 ? 2 : 1;
  const family = syllables.slice(0, familyLength).join('');
  const given = syllables.slice(familyLength).join('');
  return `${capitalize(plain(family))} ${capitalize(plain(given))}`;
}
