import { describe, expect, it } from 'vitest';
import { EN_RULES } from '../../src/dates/rules.en.js';
import { KO_RULES } from '../../src/dates/rules.ko.js';
import { groupCount } from '../../src/dates/matcher.js';

/** The engine's own count: the match array of the pattern or-ed with the empty string. */
const engineCount = (pattern: string) => new RegExp(`${pattern}|`, 'u').exec('')!.length - 1;

describe('groupCount', () => {
  it('counts capturing groups only', () => {
    expect(groupCount('(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)(?<name>g)')).toBe(2);
    expect(groupCount('[(]\\((x)[\\]()]')).toBe(1);
    expect(groupCount('a|b')).toBe(0);
  });

  it('agrees with the regular expression engine on every date rule', () => {
    for (const rule of [...KO_RULES, ...EN_RULES]) {
      expect(groupCount(rule.pattern), rule.pattern).toBe(engineCount(rule.pattern));
    }
  });
});
