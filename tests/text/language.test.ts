import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { LATIN_SENTENCES } from './language.corpus.js';

describe('detectLanguage', () => {
  it.each([
    [
      'Korean news with English names and Hanja',
      "오픈 AI의 '챗GPT' 발표 이후 구글, 마이크로소프트, 아마존 등이 민관(民官) 협력에 뛰어들었다.",
      'ko',
    ],
    ['a short Korean line with Latin', '삼성전자 Galaxy S24 공개', 'ko'],
    [
      'English tech news (franc alone says Scots)',
      'Baidu announced on Tuesday that its Ernie Bot chatbot had reached 100 million users, as Chinese technology companies race to catch up with OpenAI in generative artificial intelligence.',
      'en',
    ],
    ['a short English phrase (franc alone says Ilocano)', 'Baidu announced', 'en'],
    ['Chinese', '北京智源人工智能研究院发布了新的大模型悟道', 'zh'],
    ['Japanese', '東京証券取引所は月曜日に新しい指数を発表した', 'ja'],
    [
      'French',
      'Le gouvernement français a annoncé mardi un nouveau plan de soutien à l’intelligence artificielle et aux jeunes entreprises.',
      'fr',
    ],
    [
      'German',
      'Die Bundesregierung hat am Dienstag ein neues Förderprogramm für künstliche Intelligenz und junge Unternehmen vorgestellt.',
      'de',
    ],
    ['too little text', 'OK', 'und'],
    ['digits only', '2024 12 31', 'und'],
  ])('%s', (_name, text, lang) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe(lang);
    expect(guess.confidence).toBeGreaterThanOrEqual(0);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });

  it('is confident on plain Korean and unsure on nothing', () => {
    expect(detectLanguage('한국은행이 기준금리를 동결했다.').confidence).toBeGreaterThan(0.9);
    expect(detectLanguage('').confidence).toBe(0);
  });
});

describe('English news sentences that franc alone gives to other languages', () => {
  it.each(LATIN_SENTENCES)('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
});
