// Model names with a tier and a size after the version: the tail table row by row, then whole
// sentences in Korean and English (written by hand in the style of tech news).
import { beforeAll, describe, expect, it } from 'vitest';
import { modelTailLength } from '../../src/entities/shared/model-tail.js';
import type { Example } from './corpus.ko.js';
import { checkExample, extractKo, setup, type Setup } from './helpers.js';

describe('the tier and size after a version', () => {
  it.each([
    [' Pro와', ' Pro'],
    [' Flash가', ' Flash'],
    [' Ultra.', ' Ultra'],
    [' Nano ', ' Nano'],
    [' mini는', ' mini'],
    [' Mini,', ' Mini'],
    [' Turbo를', ' Turbo'],
    [' Sonnet은', ' Sonnet'],
    [' Opus', ' Opus'],
    [' Haiku)', ' Haiku'],
    [' 프로를', ' 프로'],
    [' 플래시와', ' 플래시'],
    [' 울트라.', ' 울트라'],
    [' 나노,', ' 나노'],
    [' 미니는', ' 미니'],
    [' 터보의', ' 터보'],
    [' 소네트가', ' 소네트'],
    [' 오퍼스', ' 오퍼스'],
    [' 하이쿠로', ' 하이쿠'],
    ['프로는', '프로'],
    [' 405B 모델', ' 405B'],
    [' 70B을', ' 70B'],
    ['-8B', '-8B'],
    [' Sonnet 405B', ' Sonnet 405B'],
  ])('%j → %j', (rest, tail) => {
    expect(modelTailLength(rest)).toBe(tail.length);
  });

  it.each([
    ' 프로그램',
    ' 나노미터',
    ' Professional',
    ' Proxy',
    ' 미니멀',
    ' 터보엔진',
    ' 70Bit',
    ' 2배',
  ])('nothing in %j', (rest) => {
    expect(modelTailLength(rest)).toBe(0);
  });
});

let s: Setup;
beforeAll(async () => {
  s = await setup();
});

/** Sentences with the models they name, each whole (hand-written in the style of tech news). */
const SENTENCES: (Example & { lang: 'ko' | 'en'; what: string })[] = [
  {
    what: 'Korean: Latin and Hangul names, fused and spaced versions',
    lang: 'ko',
    text:
      '구글은 Gemini 1.5 Pro와 제미나이 1.5 플래시를 공개했고, 메타는 Llama-3.1과 라마 3.1 405B를, ' +
      '오픈AI는 GPT-4o mini를, 앤트로픽은 Claude 3.5 Sonnet을 내놨다. 네이버는 하이퍼클로바X로 맞섰다.',
    entities: [
      { text: 'Gemini 1.5 Pro', type: 'model', canonical: 'Gemini' },
      { text: '제미나이 1.5 플래시', type: 'model', canonical: 'Gemini' },
      { text: 'Llama-3.1', type: 'model' },
      { text: '라마 3.1 405B', type: 'model' },
      { text: 'GPT-4o mini', type: 'model' },
      { text: 'Claude 3.5 Sonnet', type: 'model', canonical: 'Claude' },
      { text: '하이퍼클로바X', type: 'model', canonical: 'HyperCLOVA X' },
    ],
    absent: ['Gemini 1.5', '제미나이 1.5', '라마 3.1', 'GPT-4o', 'Claude 3.5'],
  },
  {
    what: 'Korean: a tier word that starts another word stays outside',
    lang: 'ko',
    text: '구글은 제미나이 2.0 프로그램을 설명했다.',
    entities: [{ text: '제미나이 2.0', type: 'model' }],
    absent: ['제미나이 2.0 프로'],
  },
  {
    what: 'English: the whole version in the span, an ambiguous name settled by it',
    lang: 'en',
    text:
      'Google released Gemini 1.5 Pro and Gemini 1.5 Flash, while Meta shipped Llama-3.1-405B ' +
      'and Llama 3.1 70B and OpenAI said GPT-4o-mini costs less than GPT-4o.',
    entities: [
      { text: 'Gemini 1.5 Pro', type: 'model', canonical: 'Gemini' },
      { text: 'Gemini 1.5 Flash', type: 'model', canonical: 'Gemini' },
      { text: 'Llama-3.1-405B', type: 'model' },
      { text: 'Llama 3.1 70B', type: 'model' },
      { text: 'GPT-4o-mini', type: 'model' },
      { text: 'GPT-4o', type: 'model' },
    ],
    absent: ['Llama 3', 'Gemini 1.5'],
  },
];

describe('models with a version, a tier and a size', () => {
  for (const ex of SENTENCES) {
    it(ex.what, () => {
      const region = [{ start: 0, end: ex.text.length }];
      const entities =
        ex.lang === 'ko'
          ? extractKo(s, ex.text, true)
          : s.listed.extract({ text: ex.text, lang: 'en', regions: region });
      checkExample(ex, ex.text, entities);
    });
  }
});
