import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SinmunError } from '../../src/errors.js';
import { createMorphology, type Morphology } from '../../src/morph/index.js';
import { locateMecabPrefix } from '../../src/morph/mecab-ya/locate-mecab.js';
import { planEcho } from '../../src/morph/mecab-ya/echo-chunks.js';
import { CORPUS, MECAB, NO_MECAB } from './helpers.js';

describe('mecab-ya backend: locating MeCab', () => {
  it('says what to install when MeCab is missing', () => {
    let err: unknown;
    try {
      locateMecabPrefix({ PATH: '/nonexistent/bin' }, []);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SinmunError);
    expect(err).toMatchObject({ code: 'MECAB_NOT_FOUND' });
    expect((err as Error).message).toMatch(/apt-get install mecab/);
  });

  it('plans chunks below the limits and protects backslashes from echo', () => {
    const text = `${'가'.repeat(20_000)} ${'나'.repeat(20_000)}\n\\c\\n`;
    const plan = planEcho(text, 32 * 1024, true);
    expect(plan.sent).toBe(text);
    for (const c of plan.chunks) expect(Buffer.byteLength(c)).toBeLessThanOrEqual(32 * 1024);
    expect(plan.chunks.length).toBeGreaterThan(1);
    const squeeze = (x: string): string => x.replace(/\s/g, '');
    expect(squeeze(plan.chunks.join('')) === squeeze(text.replace(/\\/g, '\\\\'))).toBe(true);
  });
});

describe.skipIf(!MECAB)(
  `mecab-ya backend against the embedded engine${MECAB ? '' : ` — ${NO_MECAB}`}`,
  () => {
    let ya: Morphology;
    let embedded: Morphology;
    beforeAll(async () => {
      ya = await createMorphology({ morphology: 'mecab-ya' });
      embedded = await createMorphology({ spacePenalty: false });
    });
    afterAll(() => ya?.close());

    const same = (text: string): void => {
      const a = ya.tokenize(text);
      const b = embedded.tokenize(text);
      expect(a.length).toBe(b.length);
      expect(a).toEqual(b);
    };

    it('agrees on 3,000 corpus lines sent as one text (several chunks)', () => {
      const text = readFileSync(CORPUS, 'utf8').split('\n').slice(2000, 5000).join('\n');
      same(text);
    });

    it('survives what echo and the shell would rewrite', () => {
      same('경로는 C:\\new\\table 이고 \\c 뒤도 남는다 \\\\ 두 개\\0101 \\x41 끝\\');
      same('따옴표 "큰" \'작은\' `백틱` $(rm -rf /) ${HOME} $HOME !! ; | & > < * ?');
      same('-n');
      same('-e');
      same('😀 이모지 𠀀 한자 🇰🇷 국기');
      same('첫 줄\r\n둘째 줄\r셋째 줄\n');
    });

    it('keeps a 10 KB line whole, where MeCab would split at 8 KB', () => {
      const line = '정부는 오늘 새로운 인공지능 정책을 발표했다 '.repeat(160);
      expect(Buffer.byteLength(line)).toBeGreaterThan(10_000);
      same(line);
    });

    it('handles 200 KB of input in one call', () => {
      const lines = readFileSync(CORPUS, 'utf8').split('\n').slice(0, 3000).join('\n');
      const text = lines.slice(0, 90_000);
      expect(Buffer.byteLength(text)).toBeGreaterThan(200_000);
      same(text);
    });

    it('refuses runtime user words and tokenizing after close', async () => {
      await expect(
        createMorphology({
          morphology: 'mecab-ya',
          userDictionary: { words: [{ surface: '가' }] },
        }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      const m = await createMorphology({ morphology: 'mecab-ya' });
      m.close();
      expect(() => m.tokenize('가')).toThrow(/close/);
    });
  },
);
