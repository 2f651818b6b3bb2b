/**
 * A date rule: a pattern and what its match means. The scanner joins every rule's pattern into
 * one regular expression, so the text is read once whatever the number of rules.
 */
import type { Frame } from './frame.js';

/**
 * Korean dates are read as parts that join left to right, coarse to fine (`2007년` `12월`
 * `19일` `오후 3시`): a part may follow the previous one when its rank is higher. English
 * rules read a whole expression and stand alone.
 */
export const RANK = {
  direction: 0,
  year: 1,
  subYear: 2,
  week: 3,
  day: 4,
  weekday: 5,
  time: 6,
  whole: 99,
} as const;

export interface Rule {
  /** For reading and for the corpus tests' messages. */
  name: string;
  /** A regular expression source; its capture groups are handed to `build`. */
  pattern: string;
  rank: number;
  /**
   * The characters a match can start with, as the inside of a character class: the scanner
   * skips every other position at the cost of one test (the corpora catch a missing one).
   */
  starts: string;
  /**
   * Something every stretch of text holding a match holds (English rules: a Latin letter); where
   * it finds nothing the rule is not tried, and its expression not even compiled.
   */
  requires?: RegExp;
  /** A part that means nothing alone: `지난` before a date, a bare `3시` after a day. */
  needs?: 'next' | 'day';
  /** The frame the match says, or null when on a closer look it is not a date. */
  build(groups: (string | undefined)[], text: string, start: number): Frame | null;
}

const squeeze = (w: string) => w.replace(/\s+/g, '');

/**
 * Words and what each means. Its pattern is an alternation, longest first (so that `지난해`
 * wins over `지난`), where a space written in a word may or may not be in the text (`지난 달`).
 */
export class WordTable<T> {
  readonly pattern: string;
  private readonly byWord: Map<string, T>;

  constructor(entries: Record<string, T>) {
    const list = Object.keys(entries);
    this.byWord = new Map(list.map((w) => [squeeze(w), entries[w]]));
    this.pattern = list
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?'))
      .join('|');
  }

  /** The first characters of the words, for `Rule.starts`. */
  get starts(): string {
    return [...new Set([...this.byWord.keys()].map((w) => w[0]))].join('');
  }

  get(word: string | undefined): T | undefined {
    return word === undefined ? undefined : this.byWord.get(squeeze(word));
  }
}
