/**
 * A property over the news part of the shared corpus (lines 1–2983, CC BY-SA 3.0, from
 * github.com/jungyeul/korean-parallel-corpora; read in place, not copied): every mention's
 * offsets hold and no mention ends with a particle.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { setup, type Setup } from './helpers.js';

const CORPUS = fileURLToPath(
  new URL('../../../shared/corpus/ko-news-and-reviews.txt', import.meta.url),
);
const NEWS_LINES = 2983;

let s: Setup;
beforeAll(async () => {
  s = await setup();
});

describe.skipIf(!existsSync(CORPUS))('entities over the Korean news corpus', () => {
  it('offsets hold and particles stay outside every mention', () => {
    const lines = readFileSync(CORPUS, 'utf8').split('\n').slice(0, NEWS_LINES);
    // the corpus is one article per run of lines; analyse it in blocks of 20 lines
    let mentions = 0;
    const bad: string[] = [];
    for (let i = 0; i < lines.length; i += 20) {
      const text = lines.slice(i, i + 20).join('\n');
      const tokens = s.morph.tokenize(text);
      const byEnd = new Map(tokens.map((t) => [t.end, t]));
      const entities = s.listed.extract({
        text,
        lang: 'ko',
        regions: [{ start: 0, end: text.length }],
        tokens,
      });
      for (const e of entities) {
        for (const m of e.mentions) {
          mentions++;
          if (text.slice(m.start, m.end) !== m.text) bad.push(`offset ${m.text}`);
          const last = byEnd.get(m.end);
          // a mention ending on a particle morpheme that is not the whole mention
          if (last && /^J/.test(last.pos) && last.start > m.start) bad.push(`particle ${m.text}`);
          if (m.text !== m.text.trim() || m.text.length === 0)
            bad.push(`space ${JSON.stringify(m.text)}`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(mentions).toBeGreaterThan(1000);
  });
});
