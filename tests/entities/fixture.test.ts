/**
 * The reference article's entities, checked by hand against the issue: type, canonical name and
 * every mention's offsets. Regions are built the way the analyzer builds them (title, paragraphs,
 * byline lines; not the related-headline list).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/text/structure.js';
import type { Entity, EntityType, Span } from '../../src/types.js';
import { setup, type Setup } from './helpers.js';

const text = readFileSync(
  new URL('../../fixtures/etnews-china-genai-column.txt', import.meta.url),
  'utf8',
);

interface Want {
  /** Surfaces that must all be mentions of this one entity. */
  mentions: string[];
  types: EntityType[];
  canonical: string | RegExp | null;
}

const WANT: Want[] = [
  { mentions: ['오픈 AI'], types: ['company'], canonical: 'OpenAI' },
  { mentions: ['구글'], types: ['company'], canonical: 'Google' },
  { mentions: ['마이크로소프트'], types: ['company'], canonical: 'Microsoft' },
  { mentions: ['아마존'], types: ['company'], canonical: 'Amazon' },
  { mentions: ['바이두'], types: ['company'], canonical: 'Baidu' },
  // the gazetteer names the group; the issue writes `Alibaba`
  { mentions: ['알리바바'], types: ['company'], canonical: /^Alibaba( Group)?$/ },
  { mentions: ['텐센트'], types: ['company'], canonical: 'Tencent' },
  { mentions: ['화웨이'], types: ['company'], canonical: 'Huawei' },
  { mentions: ['01.AI'], types: ['company'], canonical: '01.AI' },
  { mentions: ['메타', '舊페이스북'], types: ['company'], canonical: 'Meta' },
  { mentions: ['상탕', '商湯'], types: ['company'], canonical: 'SenseTime' },
  { mentions: ['iFLYTEK'], types: ['company'], canonical: 'iFLYTEK' },
  {
    mentions: ['청두이윈커지', '成都醫雲科技'],
    types: ['company'],
    canonical: 'Chengdu Yiyun Technology',
  },
  { mentions: ['36Kr'], types: ['company', 'media'], canonical: '36Kr' },
  { mentions: ['칭화대'], types: ['institute'], canonical: 'Tsinghua University' },
  { mentions: ['후단대'], types: ['institute'], canonical: 'Fudan University' },
  { mentions: ['무한대'], types: ['institute'], canonical: 'Wuhan University' },
  {
    mentions: ['지위엔(智源)연구원', '베이징 즈위엔인공지능연구원'],
    types: ['institute'],
    canonical: 'Beijing Academy of Artificial Intelligence',
  },
  {
    mentions: ['중커위엔(中科院) 자동화연구소'],
    types: ['institute'],
    canonical: 'Institute of Automation of the Chinese Academy of Sciences',
  },
  { mentions: ['챗GPT'], types: ['model'], canonical: 'ChatGPT' },
  { mentions: ['Yi-34B'], types: ['model'], canonical: 'Yi-34B' },
  { mentions: ['라마2'], types: ['model'], canonical: 'Llama 2' },
  { mentions: ['우다오', '悟道'], types: ['model'], canonical: 'WuDao' },
  { mentions: ['길재식'], types: ['person'], canonical: 'Gil Jae-sik' },
  { mentions: ['전자신문'], types: ['media'], canonical: /.+/ },
];

/** Every occurrence of `s` in the regions, as a word (the detector must find each one). */
function occurrences(s: string, regions: Span[]): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (regions.some((r) => i >= r.start && i + s.length <= r.end)) out.push(i);
  }
  return out;
}

let s: Setup;
let entities: Entity[];
let regions: Span[];

beforeAll(async () => {
  s = await setup();
  const st = parseStructure(text);
  regions = [...(st.title ? [st.title] : []), ...st.paragraphs, ...st.bylineLines]
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => a.start - b.start);
  const end = st.boilerplate ? st.boilerplate.start : text.length;
  entities = s.listed.extract({
    text,
    lang: 'ko',
    regions,
    tokens: s.morph.tokenize(text.slice(0, end)),
  });
});

describe('fixture entities', () => {
  it('every mention covers exactly its text, inside a region, with no particle at the end', () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(regions.some((r) => m.start >= r.start && m.end <= r.end)).toBe(true);
      }
      const starts = e.mentions.map((m) => m.start);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }
  });

  for (const want of WANT) {
    it(`${want.mentions.join(' = ')} is one ${want.types.join('/')} entity`, () => {
      const e = entities.find((x) => x.mentions.some((m) => m.text === want.mentions[0]));
      expect(e, `${want.mentions[0]} not found`).toBeDefined();
      expect(want.types).toContain(e!.type);
      if (want.canonical instanceof RegExp) expect(e!.canonical).toMatch(want.canonical);
      else expect(e!.canonical).toBe(want.canonical);
      for (const m of want.mentions) {
        // each written occurrence of the form is a mention of this entity
        const at = occurrences(m, regions);
        expect(at.length).toBeGreaterThan(0);
        for (const pos of at) {
          expect(
            e!.mentions.some((x) => x.start === pos && x.text === m),
            `${m}@${pos}`,
          ).toBe(true);
        }
      }
    });
  }

  it('the only person is the byline writer (read by hand: the column names no one else)', () => {
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['길재식']);
  });

  it('no entity from the related-headline list, and no generic words as names', () => {
    const names = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const no of [
      '삼성',
      '카카오',
      '대통령실',
      '산업부',
      '민관학',
      '천망',
      '생성 AI list',
      '대학',
      '연구소',
      '에코시스템',
      '생태계',
    ]) {
      expect(names, no).not.toContain(no);
    }
  });
});
