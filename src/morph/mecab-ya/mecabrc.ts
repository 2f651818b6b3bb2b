import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Separates the eight feature fields in MeCab's output. mecab-ya keeps only the text before the
 * first comma of each line's second column, so commas must not appear; U+001F occurs nowhere in
 * mecab-ko-dic's features.
 */
export const FIELD_SEPARATOR = '\u001f';

/** Large enough that MeCab never splits one of our chunks' lines (its default is 8 KB). */
const INPUT_BUFFER_SIZE = 1 << 20;

/** A temporary mecabrc pointing MeCab at our dictionary, with an output mecab-ya can carry. */
export interface MecabConfig {
  readonly file: string;
  dispose(): void;
}

export function writeMecabrc(dictionaryPath: string, userDic?: string): MecabConfig {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sinmun-mecab-'));
  // The eight feature fields, then the node status (1: unknown word).
  const fields = [...Array.from({ length: 8 }, (_, i) => `%f[${i}]`), '%s'].join(FIELD_SEPARATOR);
  const lines = [
    `dicdir = ${dictionaryPath}`,
    ...(userDic ? [`userdic = ${path.resolve(userDic)}`] : []),
    `input-buffer-size = ${INPUT_BUFFER_SIZE}`,
    // node-format is read from dicrc only; a named output format is honoured from mecabrc.
    'output-format-type = sinmun',
    `node-format-sinmun = %m\\t${fields}\\n`,
    `unk-format-sinmun = %m\\t${fields}\\n`,
    'eos-format-sinmun = EOS\\n',
    '',
  ];
  const file = path.join(dir, 'mecabrc');
  writeFileSync(file, lines.join('\n'));
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The feature fields and unknown-word flag of one output column. MeCab prints `*` fields as empty
 * through `%f[n]`; mecab-ko-dic has no empty fields.
 */
export function parseColumn(column: string): { fields: string[]; unknown: boolean } | null {
  const parts = column.split(FIELD_SEPARATOR);
  if (parts.length !== 9) return null;
  const status = parts.pop();
  return { fields: parts.map((f) => (f === '' ? '*' : f)), unknown: status === '1' };
}
