import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerTokenizeCommand } from '../../src/cli/tokenize.js';
import type { Token } from '../../src/types.js';

const GOLDEN = path.join(__dirname, '..', 'golden');

async function run(args: string[], stdin = ''): Promise<string> {
  let out = '';
  const program = new Command().exitOverride();
  registerTokenizeCommand(program, {
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    write: (chunk) => {
      out += chunk;
    },
  });
  await program.parseAsync(['node', 'sinmun', 'tokenize', ...args]);
  return out;
}

describe('sinmun tokenize', () => {
  it('prints exactly MeCab’s output for the golden sample (penalty off)', async () => {
    const out = await run(['--no-space-penalty', path.join(GOLDEN, 'ko-sample.txt')]);
    expect(out === readFileSync(path.join(GOLDEN, 'ko-sample.mecab.txt'), 'utf8')).toBe(true);
  });

  it('reads standard input and prints JSON tokens with offsets', async () => {
    const out = await run(['--format', 'json', '-'], '정부가 발표했다');
    const record = JSON.parse(out) as { source: string; tokens: Token[] };
    expect(record.source).toBe('-');
    expect(record.tokens.map((t) => [t.surface, t.pos, t.start, t.end])).toEqual([
      ['정부', 'NNG', 0, 2],
      ['가', 'JKS', 2, 3],
      ['발표', 'NNG', 4, 6],
      ['했', 'XSV+EP', 6, 7],
      ['다', 'EC', 7, 8],
    ]);
  });

  it('takes user words from CSV and JSON files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sinmun-cli-'));
    const csv = path.join(dir, 'words.csv');
    writeFileSync(csv, '# names\n하이퍼클로바X,NNP,1000\n청두이윈커지\n');
    const json = path.join(dir, 'words.json');
    writeFileSync(
      json,
      JSON.stringify([{ surface: '하이퍼클로바X' }, { surface: '청두이윈커지' }]),
    );
    const text = '청두이윈커지와 하이퍼클로바X';
    for (const file of [csv, json]) {
      const out = await run(['--user-dict', file], text);
      expect(out).toBe(
        '청두이윈커지\tNNP,*,F,청두이윈커지,*,*,*,*\n와\tJC,*,F,와,*,*,*,*\n' +
          '하이퍼클로바X\tNNP,*,F,하이퍼클로바X,*,*,*,*\nEOS\n',
      );
    }
  });

  it('prints nothing for empty input, like MeCab', async () => {
    expect(await run([], '')).toBe('');
  });
});
