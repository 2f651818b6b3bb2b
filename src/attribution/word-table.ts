/**
 * A table of words (some of several words) compiled once into one leftmost-longest pattern, so
 * that cue and measure tables stay data and a sentence is scanned once per table.
 */
import type { Span } from '../types.js';

export interface WordEntry<V> {
  words: readonly string[];
  value: V;
}

export interface WordHit<V> extends Span {
  value: V;
}

export interface WordTableOptions {
  /** Latin words: case-insensitive and only whole words (`sales`, never `wholesales`). */
  latin?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class WordTable<V> {
  private readonly pattern: RegExp;
  private readonly values = new Map<string, V>();
  private readonly latin: boolean;

  constructor(entries: readonly WordEntry<V>[], options: WordTableOptions = {}) {
    this.latin = options.latin ?? false;
    const words: string[] = [];
    for (const e of entries) {
      for (const w of e.words) {
        this.values.set(this.key(w), e.value);
        words.push(w);
      }
    }
    // Longest first, so that `투자 유치` wins over `투자` and `operating profit` over `profit`.
    words.sort((a, b) => b.length - a.length);
    // A space in a table word stands for any run of spaces, or none in Korean (`투자유치`).
    const gap = this.latin ? '\\s+' : '\\s*';
    const body = words.map((w) => w.split(' ').map(escape).join(gap)).join('|');
    const source = this.latin ? `\\b(?:${body})\\b` : `(?:${body})`;
    this.pattern = new RegExp(source, this.latin ? 'gi' : 'g');
  }

  private key(word: string): string {
    const k = word.replace(/\s+/g, '');
    return this.latin ? k.toLowerCase() : k;
  }

  /**
   * Every occurrence in `[from, to)` of `text`, in reading order, none overlapping. The pattern
   * runs on the slice alone: run on the whole text, a window with no hit would search on to the
   * text's end, and one long line of figures would cost figures × length.
   */
  findAll(text: string, from: number, to: number): WordHit<V>[] {
    const hits: WordHit<V>[] = [];
    const part = text.slice(from, to);
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(part); m; m = this.pattern.exec(part)) {
      const value = this.values.get(this.key(m[0]));
      if (value !== undefined) {
        hits.push({ start: from + m.index, end: from + m.index + m[0].length, value });
      }
    }
    return hits;
  }
}
