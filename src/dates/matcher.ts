/**
 * Where the date rules match: their patterns joined into a few regular expressions, each compiled
 * the first time a stretch of text could match one of its rules, and the groups' matches merged
 * into what one expression joining every rule would find.
 */
import type { Rule } from './rule.js';

/**
 * Rules that share a first-character kind and a `requires` test, joined in one expression.
 * Compiling the expression of every rule took 25–40 ms of a process's first analysis (V8
 * compiles it twice: to bytecode, then to machine code on the next call); a Korean paragraph
 * without Latin letters never compiles the English rules that need one.
 */
class RuleGroup {
  /** The index in `CompiledRules.rules` of each rule of the group, in rule order. */
  readonly members: number[];
  /** The index in a match of each member's outer group. */
  readonly offsets: number[] = [];
  /** How many groups of its own each member's pattern has. */
  readonly groupCounts: number[];
  /** The union of the members' `starts`, and their patterns joined. */
  private readonly starts: string;
  private readonly source: string;
  /** Whether a stretch holds a character a match can start with: one cheap test first. */
  private readonly startTest: RegExp;
  private regex: RegExp | null = null;

  constructor(
    rules: Rule[],
    members: number[],
    private readonly requires: RegExp | undefined,
  ) {
    this.members = members;
    this.groupCounts = members.map((i) => groupCount(rules[i].pattern));
    let next = 1;
    for (const n of this.groupCounts) {
      this.offsets.push(next);
      next += 1 + n;
    }
    this.starts = [...new Set(members.map((i) => rules[i].starts))].join('');
    this.source = members.map((i) => `(${rules[i].pattern})`).join('|');
    this.startTest = new RegExp(`[${this.starts}]`, 'u');
  }

  /** Whether a match is possible in `slice` at all (false skips the group there). */
  applies(slice: string): boolean {
    return this.startTest.test(slice) && (this.requires === undefined || this.requires.test(slice));
  }

  /** The first match at or after `from`, or null. */
  exec(slice: string, from: number): RegExpExecArray | null {
    this.regex ??= compile(`(?=[${this.starts}])(?:${this.source})`);
    this.regex.lastIndex = from;
    return this.regex.exec(slice);
  }

  /** Which member matched: its position among the members. */
  matched(m: RegExpExecArray): number {
    for (let k = 0; k < this.members.length; k++) if (m[this.offsets[k]] !== undefined) return k;
    return -1;
  }
}

/**
 * V8 compiles a regular expression at its first use to bytecode and, at its second, again to
 * machine code, unless the first subject is long (1,000 characters or more): then it compiles to
 * machine code at once. For these large expressions the bytecode alone costs more than the
 * machine code (the first analysis of a process: ~40 ms of CPU here for both, ~18 for machine
 * code alone), so the first use is a scan of a long run of spaces, where no rule can start.
 */
const WARM_UP = ' '.repeat(1000);

function compile(source: string): RegExp {
  // One cheap test (the lookahead) rejects most positions before any rule is tried.
  const regex = new RegExp(source, 'gu');
  regex.exec(WARM_UP);
  return regex;
}

export interface CompiledRules {
  rules: Rule[];
  groups: RuleGroup[];
}

/**
 * The capturing groups of a pattern, read off its source: `(` outside a character class and not
 * escaped, unless it opens `(?:`, a lookahead or a lookbehind (a named group `(?<n>` counts).
 * Compiling every rule's pattern to ask the engine cost ~10 ms of the first analysis.
 */
export function groupCount(pattern: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (pattern[i + 1] !== '?') n++;
      else if (pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!') n++;
    }
  }
  return n;
}

/** A rule that may start with a digit only (`0-9`, `1-4`). */
const DIGIT_STARTS = /^[0-9-]+$/;

/**
 * The groups: rules whose matches start with a digit apart from the others (Korean text always
 * has both, and one large expression costs more to compile than two halves), and rules with a
 * `requires` test by that test.
 */
export function compileRules(rules: Rule[]): CompiledRules {
  const byKey = new Map<string, { members: number[]; requires: RegExp | undefined }>();
  rules.forEach((rule, i) => {
    const key = `${rule.requires?.source ?? ''}\u0000${DIGIT_STARTS.test(rule.starts)}`;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { members: [], requires: rule.requires }));
    group.members.push(i);
  });
  const groups = [...byKey.values()].map((g) => new RuleGroup(rules, g.members, g.requires));
  return { rules, groups };
}

/**
 * Calls `visit` with each match in `slice`, left to right, as one expression of every rule,
 * tried in order at each position, would find them: the leftmost match of all groups, the
 * earliest rule on a tie, then on past its end. A group's match that starts past that end is
 * still its first from there, so only the groups left behind search again.
 */
export function forEachMatch(
  c: CompiledRules,
  slice: string,
  visit: (rule: Rule, m: RegExpExecArray, groups: (string | undefined)[]) => void,
): void {
  // filled by loops, not `filter` and `map`: an inlined `map` makes arrays of another elements
  // kind than the builtin, and the reads below, optimised on one kind, went back to the
  // interpreter on meeting the other
  const active: RuleGroup[] = [];
  const next: (RegExpExecArray | null)[] = [];
  for (const g of c.groups) {
    if (!g.applies(slice)) continue;
    active.push(g);
    next.push(g.exec(slice, 0));
  }
  while (true) {
    let best = -1;
    let bestRule = 0;
    let member = 0;
    for (let k = 0; k < active.length; k++) {
      const m = next[k];
      if (m === null) continue;
      const which = active[k].matched(m);
      const rule = active[k].members[which];
      const bm = best < 0 ? null : next[best];
      if (!bm || m.index < bm.index || (m.index === bm.index && rule < bestRule)) {
        best = k;
        bestRule = rule;
        member = which;
      }
    }
    if (best < 0) return;
    const g = active[best];
    const m = next[best] as RegExpExecArray;
    // (No pattern matches the empty string; were one to, the scan would still move on.)
    const end = Math.max(m.index + m[0].length, m.index + 1);
    for (let k = 0; k < active.length; k++) {
      const other = next[k];
      if (other !== null && other.index < end) next[k] = active[k].exec(slice, end);
    }
    visit(
      c.rules[bestRule],
      m,
      m.slice(g.offsets[member], g.offsets[member] + 1 + g.groupCounts[member]),
    );
  }
}
