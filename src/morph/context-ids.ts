import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SinmunError } from '../errors.js';

/**
 * One field of a rule's pattern: `*`, an exact field, or `(A|B|…)`, whose alternatives are split
 * once here — splitting them at every comparison was most of the cost of compiling the
 * gazetteer's ~2,600 user words at every start.
 */
interface FieldPattern {
  raw: string;
  any: boolean;
  alternatives: ReadonlySet<string> | null;
}

/** One line of a rewrite or pos-id rule: a CSV pattern and what it maps to. */
interface Rule {
  pattern: FieldPattern[];
  target: string;
}

function fieldPattern(raw: string): FieldPattern {
  const grouped = raw.length >= 3 && raw.startsWith('(') && raw.endsWith(')');
  return {
    raw,
    any: raw === '*',
    alternatives: grouped ? new Set(raw.slice(1, -1).split('|')) : null,
  };
}

/** MeCab's pattern match: `*`, an exact field, or `(A|B|…)`. */
function fieldMatches(pattern: FieldPattern, value: string): boolean {
  return pattern.any || pattern.raw === value || pattern.alternatives?.has(value) === true;
}

function firstMatch(rules: readonly Rule[], fields: readonly string[]): Rule | undefined {
  return rules.find(
    (r) =>
      r.pattern.length <= fields.length && r.pattern.every((p, i) => fieldMatches(p, fields[i])),
  );
}

function parseRules(lines: readonly string[]): Rule[] {
  return lines.map((line) => {
    const [pattern, target] = line.trim().split(/\s+/);
    return { pattern: pattern.split(',').map(fieldPattern), target: target ?? '' };
  });
}

/**
 * The context ids and part-of-speech id mecab-dict-index would give an entry, computed the way
 * it does: rewrite the features with `rewrite.def`, look the result up in `left-id.def` /
 * `right-id.def`, and match `pos-id.def`.
 */
export class ContextIds {
  private readonly left: Rule[] = [];
  private readonly right: Rule[] = [];
  private readonly posRules: Rule[];
  private readonly leftIds = new Map<string, number>();
  private readonly rightIds = new Map<string, number>();

  constructor(dictionaryPath: string) {
    const read = (name: string): string[] => {
      try {
        return readFileSync(path.join(dictionaryPath, name), 'utf8').split(/\r?\n/);
      } catch (err) {
        throw new SinmunError(
          'DICTIONARY_NOT_FOUND',
          `${name} is needed for user words and was not found in ${dictionaryPath}`,
          { cause: err },
        );
      }
    };
    let section: Rule[] | null = null;
    for (const line of read('rewrite.def')) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      if (t === '[left rewrite]') section = this.left;
      else if (t === '[right rewrite]') section = this.right;
      else if (t.startsWith('[')) section = null;
      else if (section) section.push(...parseRules([t]));
    }
    for (const [file, map] of [
      ['left-id.def', this.leftIds],
      ['right-id.def', this.rightIds],
    ] as const) {
      for (const line of read(file)) {
        const sp = line.indexOf(' ');
        if (sp > 0) map.set(line.slice(sp + 1).trim(), Number(line.slice(0, sp)));
      }
    }
    this.posRules = parseRules(read('pos-id.def').filter((l) => l.trim() !== ''));
  }

  /** Left and right context ids and posid for a full feature list (8 fields). */
  idsFor(fields: readonly string[]): { left: number; right: number; posid: number } | null {
    const left = this.leftIds.get(this.rewrite(this.left, fields) ?? '');
    const right = this.rightIds.get(this.rewrite(this.right, fields) ?? '');
    const pos = firstMatch(this.posRules, fields);
    if (left === undefined || right === undefined) return null;
    return { left, right, posid: pos ? Number(pos.target) : 0 };
  }

  private rewrite(rules: readonly Rule[], fields: readonly string[]): string | null {
    const rule = firstMatch(rules, fields);
    if (!rule) return null;
    return rule.target.replace(/\$(\d+)/g, (_, n: string) => fields[Number(n) - 1] ?? '');
  }
}
