import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerTokenizeCommand } from '../../src/cli/tokenize.js';
import type { Token } from '../../src/types.js';

const GOLDEN = path.join(__dirname, '..', 'golden');

/** Standard input cut into 7-byte pieces: breaks, `\r\n` pairs and characters fall across chunks. */
function chunked(bytes: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.subarray(i, i + 7));
  return pieces;
}

async function run(args: string[], stdin = ''): Promise<string> {
  const out: Uint8Array[] = [];
  const program = new Command().exitOverride();
  registerTokenizeCommand(program, {
    stdin: () => (stdin === '' ? [] : chunked(Buffer.from(stdin))),
    write: (chunk) => {
      out.push(chunk);
    },
  });
  await program.parseAsync(['node', 'sinmun', 'tokenize', ...args]);
  return Buffer.concat(out).toString('utf8');
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

  it('prints nothing for white space only, and EOS for blank lines once a morpheme came', async () => {
    expect(await run([], '\n  \n\r\n')).toBe('');
    expect(await run(['--no-space-penalty'], '\n\r\n정부\r서울\n')).toBe(
      'EOS\nEOS\n정부\tNNG,*,F,정부,*,*,*,*\nEOS\n서울\tNNP,지명,T,서울,*,*,*,*\nEOS\n',
    );
  });

  it('counts JSON offsets across \\r\\n, \\r and \\n lines read in pieces', async () => {
    const text = '정부가\r\n\r발표\n했다';
    const out = await run(['--format', 'json', '-'], text);
    const { tokens } = JSON.parse(out) as { tokens: Token[] };
    expect(tokens.length).toBeGreaterThan(3);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.map((t) => t.surface).join('')).toBe('정부가발표했다');
  });

  it('streams a UTF-8 file with a BOM and reads a UTF-16 one whole, with the same output', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sinmun-cli-'));
    const text = '정부가 발표했다\n서울 날씨\n';
    const utf8 = path.join(dir, 'bom.txt');
    writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const utf16 = path.join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const expected = await run([], text);
    expect(expected.split('EOS\n')).toHaveLength(3);
    expect(await run([utf8])).toBe(expected);
    expect(await run([utf16])).toBe(expected);
  });
});
