/**
 * The gazetteer: hand-kept names of companies, institutes, government bodies, media, AI models
 * and places (data/gazetteer/*.json) plus the user's own, indexed for exact lookup and for a
 * longest-match scan over running Korean or English text. It raises precision and supplies
 * canonical English names; finding names it does not know is the entity rules' job.
 */
import type { EntityType, GazetteerEntry, Span, UserWord } from '../../types.js';
import { legalHead } from './legal-forms.js';
import { clipSpans } from '../shared/clip-spans.js';
import { SinmunError } from '../../errors.js';
import { CodeTrie, NO_CODE, NO_NODE, type StartFilter } from './code-trie.js';
import { casingAccepts, isWordEnd, isWordStart } from './boundaries.js';
import {
  type EntrySource,
  readBuiltIn,
  readBuiltInSync,
  readEntryFile,
  readEntryFileSync,
  validateEntries,
} from './entries.js';

/** A gazetteer entry with every optional field filled in and its forms gathered. */
export interface GazetteerEntryResolved {
  /** Stable key: `type:canonical-slug` (`company:baidu`). */
  key: string;
  canonical: string;
  type: EntityType;
  ko: string[];
  aliases: string[];
  wikidata: string | null;
  ambiguous: string[];
  /** Every surface form as written in the data: canonical, Korean names, aliases. */
  forms: string[];
  /** The same forms normalised for matching (see `normaliseForm`). */
  normalisedForms: string[];
  /** Where the entry came from: a data file path or `user entries`. */
  sources: string[];
}

export interface GazetteerMatch {
  entry: GazetteerEntryResolved;
  /** UTF-16 offsets into the scanned text; particles after a Korean name are outside. */
  start: number;
  end: number;
  text: string;
  /** The form, as written in the data, that this text matched. */
  matched: string;
  /**
   * True when the matched form is marked ambiguous in the entry, or is shared by several entries
   * (`상무부`: the US and the Chinese ministry); such a match needs context support.
   */
  ambiguous: boolean;
  /** Every entry sharing the matched form, `entry` first. */
  candidates: GazetteerEntryResolved[];
}

const USER_SOURCE = 'user entries';
const WHITESPACE = /\s/u;

/** Folds full-width ASCII, dash and quote variants to their plain forms; keeps case. */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code >= 0x2010 && code <= 0x2013) return '-';
  if (code === 0x2018 || code === 0x2019) return "'";
  return ch;
}

function foldChar(ch: string): string {
  const plain = foldWidth(ch);
  const lower = plain.toLowerCase();
  return lower.length === plain.length ? lower : plain;
}

const HANGUL_ONLY = /^[\uac00-\ud7a3]+$/;

/**
 * The matching key of a form: NFC, full-width folded, lower case, whitespace removed — so that
 * `오픈 AI` and `오픈AI`, `OpenAI` and `OPENAI` share one key.
 */
export function normaliseForm(form: string): string {
  // Hangul syllables alone are already NFC and have no case, width or spaces to fold
  if (HANGUL_ONLY.test(form)) return form;
  const simple = plainForm(form);
  if (simple !== undefined) return simple;
  const plain = form
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[\uff01-\uff5e\u2010-\u2013\u2018\u2019]/g, foldWidth);
  const lower = plain.toLowerCase();
  if (lower.length === plain.length) return lower;
  let out = '';
  for (const ch of plain) out += foldChar(ch);
  return out;
}

/**
 * `normaliseForm` of a form of ASCII and Hangul syllables only (most mentions: `삼성 전자`,
 * `OpenAI`), by one loop instead of normalising and three passes of replacing; undefined for
 * any other form. Such text is NFC, has nothing to fold, and lower-cases letter for letter.
 */
function plainForm(form: string): string | undefined {
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) continue;
    if (c >= 0x80) return undefined;
    if ((c >= 0x41 && c <= 0x5a) || c === 0x20 || (c >= 0x09 && c <= 0x0d)) changed = true;
  }
  if (!changed) return form;
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : form[i];
  }
  return out;
}

/** Positions (in characters of the normalised key) that follow a space in the written form. */
function spaceOffsets(form: string): number[] {
  const offsets: number[] = [];
  if (!/\s/u.test(form)) return offsets;
  let count = 0;
  let pendingSpace = false;
  for (const ch of form.normalize('NFC')) {
    if (WHITESPACE.test(ch)) {
      pendingSpace = count > 0;
      continue;
    }
    if (pendingSpace) offsets.push(count);
    pendingSpace = false;
    count += foldChar(ch).length;
  }
  return offsets;
}

function slug(canonical: string): string {
  return canonical
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

export interface Terminal {
  /** Entries sharing this key, in data order. */
  entries: GazetteerEntryResolved[];
  /** Space positions of any written form with this key: a gap there is always fine. */
  spaces: Set<number>;
  /** The forms with this key, in data order, spaces removed for the casing check. */
  forms: { entry: GazetteerEntryResolved; form: string; bare: string }[];
  /** Entries that mark a form with this key ambiguous. */
  markedAmbiguous: Set<GazetteerEntryResolved>;
}

const HAS_LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;

/**
 * The text as normalised characters, each remembering where it came from. One is kept per
 * gazetteer and refilled for every region: growing four arrays for every character of every
 * article was much of the scan's cost.
 */
class Stream {
  /** Code point of each normalised character, or `NO_CHAR` where folding gave several. */
  codes = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** 0: no gap before this character; 1: spaces; 2: a line break. */
  gap = new Int32Array(1024);
  length = 0;

  push(code: number, start: number, end: number, gap: number): void {
    if (this.length === this.codes.length) {
      this.codes = doubled(this.codes);
      this.start = doubled(this.start);
      this.end = doubled(this.end);
      this.gap = doubled(this.gap);
    }
    const k = this.length++;
    this.codes[k] = code;
    this.start[k] = start;
    this.end[k] = end;
    this.gap[k] = gap;
  }
}

function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Matches no trie edge: trie edges are single code points. */
const NO_CHAR = -1;

/** The code point of a one-code-point string, else `NO_CHAR`. */
function codeOf(ch: string): number {
  const code = ch.codePointAt(0) ?? NO_CHAR;
  return ch.length === (code > 0xffff ? 2 : 1) ? code : NO_CHAR;
}

/**
 * The text is NFC without normalising it: every character is one NFC leaves alone whatever
 * stands around it (no combining marks, jamo or compatibility characters). Most articles are;
 * normalising each one to compare was a copy of the article per region.
 */
function plainlyNfc(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0xac00 && c <= 0xd7a3)) continue;
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x3000 && c <= 0x3029)) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) continue;
    return false;
  }
  return true;
}

function buildStream(text: string, from: number, to: number, stream: Stream): void {
  stream.length = 0;
  const slice = text.slice(from, to);
  const isNfc = plainlyNfc(text, from, to) || slice.normalize('NFC') === slice;
  let gap = 0;
  const push = (chunk: string, start: number, end: number) => {
    const c = chunk.charCodeAt(0);
    if (chunk.length === 1 && c >= 0xac00 && c <= 0xd7a3) {
      // Hangul syllables are already NFC and have no case or width to fold
      stream.push(c, start, end, gap);
      gap = 0;
      return;
    }
    for (const ch of chunk.normalize('NFC')) {
      stream.push(codeOf(foldChar(ch)), start, end, gap);
      gap = 0;
    }
  };
  const take = (segment: string, index: number) => {
    if (WHITESPACE.test(segment)) {
      gap = Math.max(gap, segment === '\n' || segment === '\r' ? 2 : 1);
      return;
    }
    push(segment, from + index, from + index + segment.length);
  };
  if (isNfc) {
    // a plain loop over code points: this runs on every character of every article, so Hangul,
    // ASCII and the usual spaces are handled inline
    for (let index = 0; index < slice.length;) {
      const c = slice.charCodeAt(index);
      if ((c >= 0xac00 && c <= 0xd7a3) || (c > 0x20 && c < 0x7f)) {
        stream.push(c >= 0x41 && c <= 0x5a ? c + 32 : c, from + index, from + index + 1, gap);
        gap = 0;
        index++;
        continue;
      }
      if (c === 0x20 || c === 0x09) {
        if (gap === 0) gap = 1;
        index++;
        continue;
      }
      const width = c >= 0xd800 && c <= 0xdbff && index + 1 < slice.length ? 2 : 1;
      take(width === 1 ? slice[index] : slice.slice(index, index + 2), index);
      index += width;
    }
  } else {
    for (const { segment, index } of new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(
      slice,
    ))
      take(segment, index);
  }
}

/** Spaces inside a match are fine where a form has them, or between pieces of 2+ characters. */
function gapsAccepted(stream: Stream, first: number, last: number, spaces: Set<number>): boolean {
  const gaps: number[] = [];
  for (let k = first + 1; k <= last; k++) {
    if (stream.gap[k] === 2) return false;
    if (stream.gap[k] === 1) gaps.push(k - first);
  }
  const length = last - first + 1;
  return gaps.every((offset, m) => {
    if (spaces.has(offset)) return true;
    const before = offset - (m > 0 ? gaps[m - 1] : 0);
    const after = (m + 1 < gaps.length ? gaps[m + 1] : length) - offset;
    return before >= 2 && after >= 2;
  });
}

/** Terminals by normalised key: a Map when indexed here, decoded on demand from a snapshot. */
export interface TerminalIndex {
  readonly size: number;
  get(key: string): Terminal | undefined;
  has(key: string): boolean;
  [Symbol.iterator](): Iterator<[string, Terminal]>;
}

/** Entries by key, in data order: a Map when indexed here, decoded on demand from a snapshot. */
export interface EntryIndex {
  readonly size: number;
  get(key: string): GazetteerEntryResolved | undefined;
  values(): IterableIterator<GazetteerEntryResolved>;
}

/** What a gazetteer is made of once indexed: what a snapshot stores (see snapshot.ts). */
export interface GazetteerIndex {
  byKey: EntryIndex;
  index: TerminalIndex;
  trie: CodeTrie<Terminal>;
  /** The trie's start filter, when made earlier (a snapshot stores it); else made from the trie. */
  starts?: StartFilter;
}

export class Gazetteer {
  private readonly byKey: EntryIndex;
  private readonly index: TerminalIndex;
  /**
   * The keys as a character trie: a scan walks it one character at a time and stops as soon as
   * what it read begins no key, without building key strings.
   */
  private readonly trie: CodeTrie<Terminal>;
  /** The keys' first two characters, asked before the trie at each word start. */
  private readonly starts: StartFilter;
  private readonly stream = new Stream();
  /** Where keys end along one trie walk (a walk is as long as the longest key). */
  private readonly endLast: number[] = [];
  private readonly endTerminal: Terminal[] = [];

  private constructor(parts: GazetteerIndex) {
    this.byKey = parts.byKey;
    this.index = parts.index;
    this.trie = parts.trie;
    this.starts = parts.starts ?? parts.trie.startFilter();
  }

  /** A gazetteer over an index made earlier (a snapshot's), without indexing anything again. */
  static fromIndex(parts: GazetteerIndex): Gazetteer {
    return new Gazetteer(parts);
  }

  /** The indexed parts, for a snapshot. */
  toIndex(): GazetteerIndex {
    return { byKey: this.byKey, index: this.index, trie: this.trie, starts: this.starts };
  }

  /** Merges and indexes entries: built-in sources first, then the user's, which may extend them. */
  static build(sources: EntrySource[], userSources: EntrySource[] = []): Gazetteer {
    return new Gazetteer(new IndexBuilder(sources, userSources).parts());
  }

  /** Built-in data plus user entries (an array, or a path to a JSON file holding an array). */
  static async load(extra?: string | GazetteerEntry[]): Promise<Gazetteer> {
    const builtIn = await readBuiltIn();
    const user =
      typeof extra === 'string' ? [await readEntryFile(extra)] : Gazetteer.userArray(extra);
    return Gazetteer.build(builtIn, user);
  }

  static loadSync(extra?: string | GazetteerEntry[]): Gazetteer {
    const builtIn = readBuiltInSync();
    const user =
      typeof extra === 'string' ? [readEntryFileSync(extra)] : Gazetteer.userArray(extra);
    return Gazetteer.build(builtIn, user);
  }

  private static userArray(extra: GazetteerEntry[] | undefined): EntrySource[] {
    if (extra === undefined) return [];
    return [{ source: USER_SOURCE, entries: validateEntries(extra, USER_SOURCE) }];
  }

  get size(): number {
    return this.byKey.size;
  }

  /** All entries, in data order. */
  entries(): GazetteerEntryResolved[] {
    return [...this.byKey.values()];
  }

  get(key: string): GazetteerEntryResolved | undefined {
    return this.byKey.get(key);
  }

  /** The entry a form names exactly (case, width and spacing aside); the preferred one if shared. */
  lookup(surface: string): GazetteerEntryResolved | undefined {
    return this.index.get(normaliseForm(surface))?.entries[0];
  }

  /** Every entry a form names (more than one for shared forms such as `상무부`). */
  lookupAll(surface: string): GazetteerEntryResolved[] {
    return [...(this.index.get(normaliseForm(surface))?.entries ?? [])];
  }

  /**
   * Leftmost-longest scan for known names. A match starts at a word start (or after a Hanja
   * prefix such as `舊`), ends before a space, punctuation or particles, and obeys the casing
   * rule for Latin letters. With `regions`, only text inside them is scanned.
   */
  findAll(text: string, regions?: Span[]): GazetteerMatch[] {
    const spans = regions
      ? clipSpans(regions, text.length, false)
      : [{ start: 0, end: text.length }];
    const matches: GazetteerMatch[] = [];
    for (const region of spans) this.scan(text, region, matches);
    return matches;
  }

  /**
   * Korean names for the morphology user dictionary, so that `마이크로소프트` is one proper noun
   * rather than 마이크/로/소프트. Names with spaces are left out (a dictionary word cannot span
   * a space), and so are ambiguous forms: teaching `무한대` as a proper noun would break the
   * ordinary word.
   */
  koreanWords(): UserWord[] {
    const words = new Map<string, UserWord>();
    for (const entry of this.byKey.values()) {
      for (const name of entry.ko) {
        if (!/[\uac00-\ud7a3]/.test(name) || WHITESPACE.test(name)) continue;
        if (
          entry.ambiguous.includes(name) ||
          this.index.get(normaliseForm(name))!.entries.length > 1
        ) {
          continue;
        }
        const surface = name.normalize('NFC');
        if (words.has(surface)) continue;
        const word: UserWord = { surface, pos: 'NNP' };
        if (entry.type === 'place') word.semanticClass = '지명';
        if (entry.type === 'person') word.semanticClass = '인명';
        words.set(surface, word);
      }
    }
    return [...words.values()];
  }

  private scan(text: string, region: Span, out: GazetteerMatch[]): void {
    const stream = this.stream;
    buildStream(text, region.start, region.end, stream);
    const n = stream.length;
    let i = 0;
    while (i < n) {
      // the word-start test first: it turns away most positions more cheaply than the trie;
      // then the first two characters, which begin no key at most word starts
      const node =
        this.startsWord(text, stream, i, region.start) && this.mayStartKey(stream, i)
          ? this.trie.first(stream.codes[i])
          : NO_NODE;
      const match = node !== NO_NODE ? this.longestAt(text, region, stream, i, node) : undefined;
      if (match) {
        out.push(match.match);
        i = match.next;
      } else {
        i++;
      }
    }
  }

  /** Some key starts with the character at `i` alone or with it and the next. */
  private mayStartKey(stream: Stream, i: number): boolean {
    const first = stream.codes[i];
    if (this.starts.mayStart(first, NO_CODE)) return true;
    return i + 1 < stream.length && this.starts.mayStart(first, stream.codes[i + 1]);
  }

  /** `isWordStart`, answered without it after a space or inside a Hangul word (most positions). */
  private startsWord(text: string, stream: Stream, i: number, regionStart: number): boolean {
    if (stream.gap[i] > 0) return true;
    const at = stream.start[i];
    // (regionStart >= 0, so `at - 1` is never read out of bounds)
    if (at > regionStart) {
      const before = text.charCodeAt(at - 1);
      if (before >= 0xac00 && before <= 0xd7a3) return false;
    }
    return isWordStart(text, at, regionStart);
  }

  private longestAt(
    text: string,
    region: Span,
    stream: Stream,
    first: number,
    firstNode: number,
  ): { match: GazetteerMatch; next: number } | undefined {
    // the keys ending along the walk, in the instance's arrays: a walk starts at nearly every
    // word, and one small object per key end was much of the scan's garbage
    const endLast = this.endLast;
    const endTerminal = this.endTerminal;
    let count = 0;
    for (let k = first, node = firstNode; node !== NO_NODE; k++) {
      const terminal = this.trie.terminal(node);
      if (terminal) {
        endLast[count] = k;
        endTerminal[count++] = terminal;
      }
      if (k + 1 >= stream.length) break;
      node = this.trie.child(node, stream.codes[k + 1]);
    }
    for (let e = count - 1; e >= 0; e--) {
      const last = endLast[e];
      const terminal = endTerminal[e];
      const start = stream.start[first];
      const end = stream.end[last];
      // the right boundary first: it turns away most shorter keys, before anything is sliced
      if (!isWordEnd(text, end, region.end)) continue;
      if (!gapsAccepted(stream, first, last, terminal.spaces)) continue;
      const written = text.slice(start, end);
      const found = this.accept(terminal, written);
      if (!found) continue;
      const { entry, matched } = found;
      const shared = terminal.entries.length > 1;
      const markedAmbiguous = terminal.markedAmbiguous.has(entry);
      const candidates = [entry, ...terminal.entries.filter((other) => other !== entry)];
      return {
        match: {
          entry,
          start,
          end,
          text: written,
          matched,
          ambiguous: shared || markedAmbiguous,
          candidates,
        },
        next: last + 1,
      };
    }
    return undefined;
  }

  /** The first entry (and its form) whose spelling and casing fit the text (its end is a word end). */
  private accept(
    terminal: Terminal,
    written: string,
  ): { entry: GazetteerEntryResolved; matched: string } | undefined {
    // Hangul-only text has no casing to check: the first form with the key is the match
    if (!HAS_LATIN.test(written)) {
      return { entry: terminal.forms[0].entry, matched: terminal.forms[0].form };
    }
    const plainWritten = [...written].map(foldWidth).join('').replace(/\s+/g, '');
    for (const { entry, form, bare } of terminal.forms) {
      if (casingAccepts(bare, plainWritten)) return { entry, matched: form };
    }
    return undefined;
  }
}

/** Merges entries by key and indexes every form: the work a snapshot saves at start-up. */
class IndexBuilder {
  private readonly byKey = new Map<string, GazetteerEntryResolved>();
  private readonly index = new Map<string, Terminal>();

  constructor(sources: EntrySource[], userSources: EntrySource[]) {
    for (const { source, entries } of sources) {
      for (const entry of entries) this.add(entry, source, false);
    }
    for (const { source, entries } of userSources) {
      for (const entry of entries) this.add(entry, source, true);
    }
    for (const entry of this.byKey.values()) this.indexEntry(entry);
    // `Semiconductor Manufacturing International Corp` is the listed `… Corporation`: the name
    // before a form's legal designator is a form too, where no entry has it already
    for (const entry of this.byKey.values()) {
      for (const form of [...entry.forms]) {
        const head = legalHead(form);
        if (head === undefined || this.index.has(normaliseForm(head))) continue;
        entry.forms.push(head);
        entry.normalisedForms.push(normaliseForm(head));
        this.indexForm(entry, head, normaliseForm(head));
      }
    }
  }

  parts(): GazetteerIndex {
    const trie = CodeTrie.build(
      Array.from(this.index, ([key, terminal]): [number[], Terminal] => [
        Array.from(key, codeOf),
        terminal,
      ]),
    );
    return { byKey: this.byKey, index: this.index, trie };
  }

  private add(entry: GazetteerEntry, source: string, fromUser: boolean): void {
    const key = `${entry.type}:${slug(entry.canonical)}`;
    const existing = this.byKey.get(key);
    if (existing && !fromUser) {
      throw new SinmunError(
        'INVALID_INPUT',
        `${source}: entry "${entry.canonical}" duplicates ${key} from ${existing.sources.join(', ')}`,
      );
    }
    const base: GazetteerEntryResolved = existing ?? {
      key,
      canonical: entry.canonical,
      type: entry.type,
      ko: [],
      aliases: [],
      wikidata: null,
      ambiguous: [],
      forms: [],
      normalisedForms: [],
      sources: [],
    };
    // A user entry with the key of a built-in one extends it: more names, a corrected id.
    const union = (a: string[], b: string[] | undefined) => [...new Set([...a, ...(b ?? [])])];
    base.ko = union(base.ko, entry.ko);
    base.aliases = union(base.aliases, entry.aliases);
    base.ambiguous = union(base.ambiguous, entry.ambiguous);
    if (entry.wikidata) base.wikidata = entry.wikidata;
    base.forms = union([base.canonical], [...base.ko, ...base.aliases]);
    if (!base.sources.includes(source)) base.sources.push(source);
    this.byKey.set(key, base);
  }

  private indexEntry(entry: GazetteerEntryResolved): void {
    const keys = entry.forms.map(normaliseForm);
    entry.normalisedForms = [...new Set(keys)];
    entry.forms.forEach((form, f) => this.indexForm(entry, form, keys[f]));
  }

  private indexForm(entry: GazetteerEntryResolved, form: string, key: string): void {
    if (key === '') return;
    let terminal = this.index.get(key);
    if (!terminal) {
      terminal = { entries: [], spaces: new Set(), forms: [], markedAmbiguous: new Set() };
      this.index.set(key, terminal);
    }
    if (!terminal.entries.includes(entry)) terminal.entries.push(entry);
    terminal.forms.push({ entry, form, bare: form.replace(/\s+/g, '') });
    if (entry.ambiguous.some((a) => normaliseForm(a) === key)) terminal.markedAmbiguous.add(entry);
    for (const offset of spaceOffsets(form)) terminal.spaces.add(offset);
  }
}
