import { describe, expect, it } from 'vitest';
import { compileRules, forEachMatch, groupCount } from '../../src/dates/matcher.js';
import type { Rule } from '../../src/dates/rule.js';
import { EN_RULES } from '../../src/dates/rules.en.js';
import { KO_RULES } from '../../src/dates/rules.ko.js';
import { corpusLines, hasCorpus, NEWS_LINES, skipMessage } from '../helpers/corpus.js';
import { EN_CASES } from './corpus.en.js';
import { KO_CASES } from './corpus.ko.js';

const RULES = [...KO_RULES, ...EN_RULES];

type Found = [start: number, end: number, rule: string, groups: (string | undefined)[]];

const COMPILED = compileRules(RULES);

/** The matches of the groups, merged. */
function grouped(slice: string): Found[] {
  const out: Found[] = [];
  const c = COMPILED;
  forEachMatch(c, slice, (rule, m, groups) =>
    out.push([m.index, m.index + m[0].length, rule.name, groups]),
  );
  return out;
}

/** What one expression joining every rule finds: the scanner before the rules were grouped. */
function oneExpression(rules: Rule[]): (slice: string) => Found[] {
  const starts = [...new Set(rules.map((r) => r.starts))].join('');
  const regex = new RegExp(
    `(?=[${starts}])(?:${rules.map((r) => `(${r.pattern})`).join('|')})`,
    'gu',
  );
  const offsets: number[] = [];
  let next = 1;
  for (const r of rules) {
    offsets.push(next);
    next += 1 + groupCount(r.pattern);
  }
  return (slice) => {
    const out: Found[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      const i = offsets.findIndex((o) => m![o] !== undefined);
      const n = groupCount(rules[i].pattern);
      out.push([
        m.index,
        m.index + m[0].length,
        rules[i].name,
        m.slice(offsets[i], offsets[i] + 1 + n),
      ]);
    }
    return out;
  };
}

describe('date rules matched by groups', () => {
  const reference = oneExpression(RULES);

  it('find what one expression of every rule finds in the date corpora', () => {
    for (const c of [...KO_CASES, ...EN_CASES])
      expect(grouped(c.input), c.input).toEqual(reference(c.input));
  });

  it('find it in mixed text where rules of different groups overlap', () => {
    const texts = [
      '지난 3월 19일 오후 3시 30분, Oct. 25, 2024 in 2023 3/19/2024 1·4분기 Q3 2024년 상반기',
      "'08년 말 2005~2006년 7~9월 21~24일 이날 밤 다음 주 월요일 3일 전 the end of the year",
      '2024-03-19 3Q24 H1 2024 fiscal 2024 FY24 2 p.m. last Tuesday two years ago 1980년대',
      '올 들어 연말 금주 내달 초 전년 동기 대비 3분기 이번 분기 19일 15시 몇 년 전',
    ];
    for (const t of texts) expect(grouped(t), t).toEqual(reference(t));
  });

  it.skipIf(!hasCorpus)('find it on the news lines of the shared corpus', () => {
    const lines = corpusLines().slice(0, NEWS_LINES);
    // Ten lines at a time: one stretch as a paragraph of an article would be.
    for (let i = 0; i < lines.length; i += 10) {
      const slice = lines.slice(i, i + 10).join('\n');
      expect(grouped(slice)).toEqual(reference(slice));
    }
  });

  it('compile a group only where it could match', () => {
    const c = compileRules(RULES);
    const english = c.groups.filter((g) => !g.applies('삼성전자는 3일 신제품을 공개했다.'));
    expect(english.length).toBeGreaterThan(0);
  });
});

if (!hasCorpus) console.warn(skipMessage());
