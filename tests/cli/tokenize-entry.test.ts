import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/tokenize-main.js';
import { runCli } from './run-cli.js';

const GOLDEN = path.join(__dirname, '..', 'golden');

/** `sinmun tokenize …` through the launcher's small entry, output captured. */
async function runTokenizeEntry(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    stdout: {
      write: (s) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString()), true),
      once: () => undefined,
    },
    stderr: { write: (s) => ((stderr += String(s)), true), once: () => undefined },
  });
  return { code, stdout, stderr };
}

describe('the tokenize entry (what bin/sinmun.cjs runs for `sinmun tokenize`)', () => {
  it('prints MeCab’s output for the golden sample, like the full command line', async () => {
    const file = path.join(GOLDEN, 'ko-sample.txt');
    const r = await runTokenizeEntry(['tokenize', '--no-space-penalty', file]);
    expect(r.code).toBe(0);
    expect(r.stdout === readFileSync(path.join(GOLDEN, 'ko-sample.mecab.txt'), 'utf8')).toBe(true);
  });

  it('reads standard input', async () => {
    // mecab-ko-dic files 발표 under the class 행위, and reads a line-final 다 as a connective ending.
    const r = await runTokenizeEntry(['tokenize', '--no-space-penalty', '-'], '정부가 발표했다\n');
    expect(r.stdout).toBe(
      [
        '정부\tNNG,*,F,정부,*,*,*,*',
        '가\tJKS,*,F,가,*,*,*,*',
        '발표\tNNG,행위,F,발표,*,*,*,*',
        '했\tXSV+EP,*,T,했,Inflect,XSV,EP,하/XSV/*+았/EP/*',
        '다\tEC,*,F,다,*,*,*,*',
        'EOS',
        '',
      ].join('\n'),
    );
  });

  it('reports errors and usage with the full command line’s statuses and messages', async () => {
    for (const argv of [['tokenize', '--bogus'], ['tokenize', '/nonexistent/file.txt'], []]) {
      const small = await runTokenizeEntry(argv);
      const full = await runCli(argv);
      expect(small.code, argv.join(' ')).toBe(full.code);
      if (argv.length > 0) expect(small.stderr).toBe(full.stderr);
    }
    expect((await runTokenizeEntry(['tokenize', '/nonexistent/file.txt'])).stderr).toMatch(
      /^sinmun: READ_FAILED: cannot read \/nonexistent\/file.txt/,
    );
  });
});
