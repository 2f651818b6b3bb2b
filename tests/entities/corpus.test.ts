import { beforeAll, describe, it } from 'vitest';
import { KO_CORPUS } from './corpus.ko.js';
import { EN_CORPUS } from './corpus.en.js';
import { KO_NEWS_CORPUS } from './corpus.ko-news.js';
import { checkDistinct, checkExample, extractKo, setup, type Setup } from './helpers.js';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});

describe('Korean cue corpus', () => {
  for (const ex of KO_CORPUS) {
    it(`${ex.gazetteer ? '[gazetteer] ' : ''}${ex.text}`, () => {
      checkExample(ex, ex.text, extractKo(s, ex.text, ex.gazetteer === true));
    });
  }
});

describe('Korean news corpus: nameless people, common-noun bodies, parties, addresses, models', () => {
  for (const ex of KO_NEWS_CORPUS) {
    it(`${ex.gazetteer ? '[gazetteer] ' : ''}${ex.text}`, () => {
      const entities = extractKo(s, ex.text, ex.gazetteer === true);
      checkExample(ex, ex.text, entities);
      checkDistinct(ex.distinct ?? {}, entities);
    });
  }
});

describe('English cue corpus', () => {
  for (const ex of EN_CORPUS) {
    it(`${ex.gazetteer ? '[gazetteer] ' : ''}${ex.text}`, () => {
      const ext = ex.gazetteer ? s.listed : s.rules;
      const entities = ext.extract({
        text: ex.text,
        lang: 'en',
        regions: [{ start: 0, end: ex.text.length }],
      });
      checkExample(ex, ex.text, entities);
    });
  }
});
