import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SinmunError } from '../../src/errors.js';
import { createMorphology, Dictionary, formatMecab } from '../../src/morph/index.js';
import { compileUserWord } from '../../src/morph/user-dictionary.js';
import {
  DICT,
  DICT_INDEX,
  MECAB,
  NO_MECAB,
  compileUserDic,
  runMecab,
  writeReferenceMecabrc,
} from './helpers.js';

const FIXTURES = path.join(__dirname, 'fixtures');
const TEXT = '마이크로소프트는 청두이윈커지와 하이퍼클로바X를 비교했다.';
const WORDS = ['마이크로소프트', '청두이윈커지', '하이퍼클로바X'];
const surfaces = (tokens: { surface: string }[]): string[] => tokens.map((t) => t.surface);

describe('runtime user words', () => {
  it('keep listed names whole that the system dictionary splits', async () => {
    const plain = await createMorphology();
    for (const w of WORDS) expect(surfaces(plain.tokenize(TEXT))).not.toContain(w);
    const m = await createMorphology({
      userDictionary: { words: WORDS.map((surface) => ({ surface })) },
    });
    const tokens = m.tokenize(TEXT);
    expect(surfaces(tokens)).toEqual([
      '마이크로소프트',
      '는',
      '청두이윈커지',
      '와',
      '하이퍼클로바X',
      '를',
      '비교',
      '했',
      '다',
      '.',
    ]);
    expect(tokens[0]).toMatchObject({
      pos: 'NNP',
      features: ['*', 'F', '마이크로소프트', '*', '*', '*', '*'],
      unknown: false,
      start: 0,
      end: 7,
    });
  });

  it('take the context ids of dictionary entries with the same POS and final consonant', () => {
    const dict = Dictionary.load();
    // sys.dic's NNP entries: 나눔글꼴 (NNP,*,T) has ids 1786/3546 and posid 151.
    expect(compileUserWord(dict, { surface: '나눔글꼴' })).toMatchObject({
      left: 1786,
      right: 3546,
      posid: 151,
    });
    expect(compileUserWord(dict, { surface: '바이두' })).toMatchObject({ left: 1786, right: 3545 });
    expect(compileUserWord(dict, { surface: '김철수', semanticClass: '인명' })).toMatchObject({
      feature: 'NNP,인명,F,김철수,*,*,*,*',
    });
    const ours = compileUserWord(dict, { surface: '기채', pos: 'NNG', cost: 2639 });
    // 기채 is in sys.dic as NNG,*,F with ids 1780/3533 and cost 2639.
    expect(ours).toMatchObject({ left: 1780, right: 3533, posid: 150, cost: 2639 });
  });

  it('reject malformed words with a typed error', async () => {
    const bad = [
      { surface: '' },
      { surface: 'a b' },
      { surface: '가', cost: 1e6 },
      { surface: '가', pos: 'XYZ' },
    ];
    for (const w of bad) {
      await expect(createMorphology({ userDictionary: { words: [w] } })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
  });
});

describe('compiled user.dic', () => {
  const fixture = path.join(FIXTURES, 'user.dic');

  it('loads a user.dic built by mecab-dict-index -u', async () => {
    const m = await createMorphology({ userDictionary: { path: fixture } });
    const tokens = m.tokenize(TEXT);
    expect(surfaces(tokens)).toContain('청두이윈커지');
    expect(surfaces(tokens)).toContain('하이퍼클로바X');
    expect(tokens.find((t) => t.surface === '하이퍼클로바X')).toMatchObject({
      pos: 'NNP',
      features: ['*', 'F', '하이퍼클로바X', '*', '*', '*', '*'],
    });
  });

  it.skipIf(!MECAB)(`gives what MeCab -u gives${MECAB ? '' : ` — ${NO_MECAB}`}`, async () => {
    const mecabrc = writeReferenceMecabrc(mkdtempSync(path.join(os.tmpdir(), 'sinmun-ud-')));
    const m = await createMorphology({ spacePenalty: false, userDictionary: { path: fixture } });
    const text = `${TEXT}\n청두이윈커지 하이퍼클로바X 하이퍼클로바Xs\n`;
    expect(formatMecab(text, m.tokenize(text))).toBe(runMecab(mecabrc, text, ['-u', fixture]));
  });

  it.skipIf(!DICT_INDEX)('matches a user.dic compiled now from the committed CSV', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sinmun-ud-'));
    const out = path.join(dir, 'user.dic');
    compileUserDic(DICT_INDEX!, path.join(FIXTURES, 'user.csv'), out, path.join(dir, 'dic'));
    expect(readFileSync(out).equals(readFileSync(fixture))).toBe(true);
  });

  it('refuses a file that is not a user dictionary', async () => {
    const err = await createMorphology({
      userDictionary: { path: path.join(DICT, 'unk.dic') },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SinmunError);
    expect(err).toMatchObject({ code: 'DICTIONARY_INVALID' });
  });
});
