// Builds hanja-pinyin.txt, the Hanja→pinyin table that src/entities/names/hanja.ts reads, from the
// pinyin-pro package (MIT; a devDependency, never loaded at run time). Run after upgrading it:
//   node data/names/build-hanja-pinyin.mjs
// One line per toneless syllable, `yan<TAB>彦言严…`: each character of U+4E00–U+9FFF under its
// most common reading. Lines after `#surname` list characters read otherwise as a family name
// (`曾` zeng, not ceng).
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const bySyllable = new Map();
const surname = [];
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp);
  const plain = pinyin(ch, { toneType: 'none', type: 'array' })[0];
  if (!plain || !/^[a-zü]+$/.test(plain)) continue;
  const list = bySyllable.get(plain) ?? [];
  list.push(ch);
  bySyllable.set(plain, list);
  const asSurname = pinyin(ch, { toneType: 'none', type: 'array', surname: 'head' })[0];
  if (asSurname && asSurname !== plain && /^[a-zü]+$/.test(asSurname))
    surname.push(`${ch}\t${asSurname}`);
}
const lines = [...bySyllable.keys()].sort().map((s) => `${s}\t${bySyllable.get(s).join('')}`);
const out = `${lines.join('\n')}\n#surname\n${surname.join('\n')}\n`;
writeFileSync(new URL('./hanja-pinyin.txt', import.meta.url), out);
console.log(
  `${bySyllable.size} syllables, ${[...bySyllable.values()].reduce((n, l) => n + l.length, 0)} characters, ${surname.length} surname readings`,
);
