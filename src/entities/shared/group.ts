/**
 * Groups mentions into entities: one per real-world thing, joining repeats, parenthetical
 * aliases, short and long forms, listed names and English surname-only repeats.
 */
import type { Entity, EntityType, Mention } from '../../types.js';
import { SOURCE_RANK, type Candidate } from './candidate.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { joinNameless } from './nameless.js';
import { hasHan, hasHangul, hasLatin } from './script.js';

/** The form a mention is compared by: parentheses dropped, spaces collapsed. */
export function normalForm(s: string): string {
  if (!s.includes('(') && !/\s\s|^\s|\s$|[^\S ]/.test(s)) return s;
  return s
    .replace(/\s*\([^)]*\)(\s*)/g, (_m, after: string) => (after ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function compact(s: string): string {
  return normalForm(s).replace(/ /g, '').toLowerCase();
}

interface Node {
  c: Candidate;
  entry: LexiconEntry | undefined;
  parent: number;
  /** `normalForm` and `compact` of the text, computed once. */
  form: string;
  key: string;
  /** Latin letters and no Hangul: compared word by word. */
  latinOnly: boolean;
  /** The words of `form`, split when first compared (pairs of mentions are many). */
  words: string[] | undefined;
}

function wordsOf(n: Node): string[] {
  n.words ??= n.form.split(' ');
  return n.words;
}

export function groupMentions(
  mentions: Candidate[],
  all: Candidate[],
  lexicon: Lexicon,
  lang: string,
): Entity[] {
  // an article with no mention at all passes an empty array of another elements kind, which
  // would send the code below back to the interpreter
  if (mentions.length === 0) return [];
  // Arrays here are filled by loops, not `map`: an array `map` makes in optimised code is of
  // another elements kind than the builtin's, and code optimised on one went back to the
  // interpreter on meeting the other (twice per run, each time a costly recompile).
  const nodes: Node[] = [];
  // the listed entry of each group, kept at its root
  const rootEntry: (LexiconEntry | undefined)[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const c = mentions[i];
    const form = normalForm(c.text);
    const entry = c.entry ?? lookup(lexicon, form);
    nodes.push({
      c,
      entry,
      parent: i,
      form,
      key: form.replace(/ /g, '').toLowerCase(),
      latinOnly: hasLatin(c.text) && !hasHangul(c.text),
      words: undefined,
    });
    rootEntry.push(entry);
  }
  const find = (i: number): number => {
    while (nodes[i].parent !== i) {
      nodes[i].parent = nodes[nodes[i].parent].parent;
      i = nodes[i].parent;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const ea = rootEntry[ra];
    const eb = rootEntry[rb];
    if (ea && eb && ea !== eb) return;
    nodes[rb].parent = ra;
    rootEntry[ra] = ea ?? eb;
  };
  // the same listed name (by type and canonical name), or the same written form
  const byEntry = new Map<EntityType, Map<string, number>>();
  const byKey = new Map<string, number>();
  nodes.forEach((n, i) => {
    // people without a full name are joined by what the text says of them, not by the surname
    if (n.c.nameless) return;
    let seen = byKey;
    let key = n.key;
    if (n.entry) {
      seen = byEntry.get(n.entry.type) ?? new Map<string, number>();
      byEntry.set(n.entry.type, seen);
      key = n.entry.canonical;
    }
    const prev = seen.get(key);
    if (prev === undefined) seen.set(key, i);
    else union(prev, i);
  });
  joinNameless(mentions, union);
  // a parenthetical alias and the name it follows
  let index: Map<Candidate, number> | undefined;
  nodes.forEach((n, i) => {
    if (n.c.aliasOf === undefined) return;
    index ??= new Map(mentions.map((c, k) => [c, k]));
    const target = all[n.c.aliasOf];
    if (!target) return;
    // the name the alias was written after, or the mention that took its place (`미국
    // 연방예금보험공사` over `연방예금보험공사`)
    let j = index.get(target);
    if (j === undefined) {
      const k = nodes.findIndex((m) => m.c.start <= target.start && m.c.end >= target.end);
      if (k >= 0) j = k;
    }
    if (j !== undefined) union(j, i);
  });
  // inner aliases (`智源` in `지위엔(智源)연구원`) written elsewhere on their own
  nodes.forEach((n, i) => {
    for (const a of n.c.innerAliases ?? []) {
      nodes.forEach((m, j) => {
        if (j !== i && m.key === compact(a)) union(i, j);
      });
    }
  });
  // short and long forms of one name: `즈위엔인공지능연구원` in `베이징 즈위엔인공지능연구원`,
  // `Cook` after `Tim Cook`, `Zentrix` before `Zentrix Holdings Inc.`
  for (let i = 0; i < nodes.length; i++) {
    // only a short, unlisted form can be another mention's short form
    if (nodes[i].entry || nodes[i].key.length < 2 || nodes[i].c.nameless) continue;
    for (let j = 0; j < nodes.length; j++) {
      if (i === j || nodes[j].key.length <= nodes[i].key.length || find(i) === find(j)) continue;
      if (sameThing(nodes[i], nodes[j])) union(j, i);
    }
  }

  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(n);
    else groups.set(r, [n]);
  });
  const entities: Entity[] = [];
  for (const g of groups.values()) entities.push(toEntity(g, lang));
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** `short` is a shorter way of writing `long` (same kind, no conflicting listed names). */
function sameThing(short: Node, long: Node): boolean {
  if (short.entry) return false;
  const a = short.key;
  const b = long.key;
  if (a.length >= b.length || a.length < 2) return false;
  const ta = short.c.type;
  const tb = long.entry?.type ?? long.c.type;
  if (ta && tb && ta !== tb) return false;
  if (short.latinOnly) {
    const sw = wordsOf(short);
    const lw = wordsOf(long);
    if (tb === 'person') return sw.length === 1 && lw.length > 1 && lw[lw.length - 1] === sw[0];
    // an organisation's first words: `Zentrix` for `Zentrix Holdings Inc.`
    return sw.length < lw.length && sw.every((w, k) => lw[k] === w) && tb !== 'place';
  }
  if (tb === 'person') {
    const parts = wordsOf(long);
    const part = short.form;
    return parts.length > 1 && (parts[0] === part || parts[parts.length - 1] === part);
  }
  if (tb === 'place') return false;
  return a.length >= 3 && b.endsWith(a);
}

/** A model's version after its listed name: `Ernie 4.0`, `Llama 3.1`, `Qwen 2.5`. */
const MODEL_VERSION = / v?\d{1,2}(?:\.\d{1,2})?$/;

function lookup(lexicon: Lexicon, n: string): LexiconEntry | undefined {
  const listed =
    lexicon.lookup(n) ?? (n.includes(' ') ? lexicon.lookup(n.replace(/ /g, '')) : undefined);
  if (listed || !n.includes(' ')) return listed;
  const version = MODEL_VERSION.exec(n);
  const model = version ? lexicon.lookup(n.slice(0, version.index)) : undefined;
  return model?.type === 'model' ? model : undefined;
}

function toEntity(group: Node[], lang: string): Entity {
  if (group.length === 1) return singleEntity(group[0]);
  group.sort((a, b) => a.c.start - b.c.start);
  const entry = group.find((n) => n.entry)?.entry;
  const mentions: Mention[] = group.map((n) => ({
    text: n.c.text,
    start: n.c.start,
    end: n.c.end,
  }));
  const type: EntityType = entry?.type ?? bestType(group) ?? 'organization';
  const forms = new Map<string, number>();
  for (const n of group) forms.set(n.form, (forms.get(n.form) ?? 0) + 1);
  // Korean text prefers Hangul forms, then ones without Hanja (`메타` over `舊페이스북`)
  const fit = (f: string): number =>
    lang === 'ko' ? Number(hasHangul(f)) * 2 + Number(!hasHan(f)) : Number(!hasHangul(f));
  const preferred = [...forms.entries()].sort(
    (a, b) =>
      fit(b[0]) - fit(a[0]) ||
      (type === 'person' ? b[0].length - a[0].length : 0) ||
      b[1] - a[1] ||
      b[0].length - a[0].length,
  );
  const name = preferred[0][0];
  const aliases = new Set<string>();
  for (const [f] of preferred) if (f !== name) aliases.add(f);
  for (const n of group) for (const a of n.c.innerAliases ?? []) if (a !== name) aliases.add(a);
  let canonical: string | null = entry?.canonical ?? null;
  // A person known only by a surname or a letter (`김씨`, `A씨`) has no English name to give.
  const nameless = group.every((n) => n.c.nameless);
  if (!canonical && !nameless) {
    const latin = [...forms.keys()].filter((f) => !hasHangul(f) && hasLatin(f));
    // an acronym beside a Korean name (`한국전자통신연구원(ETRI)`) is an alias, not the English name
    const full = latin.filter((f) => !/^[A-Z]{2,5}$/.test(f) || latin.length === forms.size);
    if (full.length) canonical = full.sort((a, b) => b.length - a.length)[0];
  }
  return {
    name,
    canonical,
    type,
    id: entry?.wikidata ?? null,
    aliases: [...aliases],
    mentions,
  };
}

/**
 * `toEntity` of a group of one mention, most groups: its form is the name, with no other forms
 * to rank or count.
 */
function singleEntity(n: Node): Entity {
  const { c, entry, form: name } = n;
  const aliases: string[] = [];
  for (const a of c.innerAliases ?? []) if (a !== name && !aliases.includes(a)) aliases.push(a);
  let canonical: string | null = entry?.canonical ?? null;
  // a Latin form is its own English name; a nameless person has none
  if (!canonical && !c.nameless && !hasHangul(name) && hasLatin(name)) canonical = name;
  return {
    name,
    canonical,
    type: entry?.type ?? c.type ?? 'organization',
    id: entry?.wikidata ?? null,
    aliases,
    mentions: [{ text: c.text, start: c.start, end: c.end }],
  };
}

function bestType(group: Node[]): EntityType | null {
  let best: Candidate | undefined;
  for (const n of group) {
    if (!n.c.type) continue;
    if (!best || SOURCE_RANK[n.c.source] > SOURCE_RANK[best.source]) best = n.c;
  }
  return best?.type ?? null;
}
