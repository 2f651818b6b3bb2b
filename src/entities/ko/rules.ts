/**
 * Korean name candidates from words and morphemes: listed names, organisation suffixes, person
 * titles, proper nouns, Latin names, quoted and parenthesised names, typed by the cue tables.
 */
import type { EntityType, Span, Token } from '../../types.js';
import { fromMatch, uniform, type Candidate } from '../shared/candidate.js';
import {
  KO_FUSED_NOT_PLACE,
  KO_LOANWORD_ENDINGS,
  KO_PAREN_ROLE,
  KO_TITLE_AFFILIATIONS,
  KO_MODEL_VERSION,
  KO_FOLLOWING_TYPE_NOUNS,
  KO_INTERNATIONAL_PREFIX,
  KO_LIST_HEAD_ENDINGS,
  KO_NAMELESS_APPELLATIONS,
  KO_ORG_SUFFIXES,
  KO_PERSON_TITLES,
  KO_COUNTRY_ABBREVIATIONS,
  KO_HOME_COUNTRY,
  KO_GENERIC_BODIES,
  KO_SURNAMES,
  KO_NAME_PARTICLE,
  KO_NOT_SURNAMES,
  KO_TYPE_NOUNS,
  KO_MEDIA_TAILS,
  KO_BODY_HEADS,
  KO_MILITARY_WORDS,
  KO_TEAM_ENDINGS,
  type SuffixRule,
} from './cues.js';
import {
  FOLLOWING_KIND_WORDS,
  FOREIGN_GIVEN_NAMES,
  NOT_NAMES,
  PERSON_TITLES,
  startsWithSurname,
} from './word-sets.js';
import { EndingTable, type EndingHit } from '../shared/endings.js';
import { guessLatin } from '../shared/latin.js';
import type { Lexicon, LexiconMatch } from '../shared/lexicon.js';
import { modelTailLength } from '../shared/model-tail.js';
import { OffsetIndex } from '../shared/offset-index.js';
import { scratchInt32, scratchUint8 } from '../shared/scratch.js';
import { allHan, allLatinName, hasLatin, isHangul, isLatin } from '../shared/script.js';
import { bodyUnits, commonBodies } from './bodies.js';
import { attachedNames, personWithTitle } from './attached-titles.js';
import { actingPlaces } from './parties.js';
import { platformRoles } from './platforms.js';
import { modelMentions } from './models.js';
import { namelessPeople } from './people.js';
import { placeSequences } from './places.js';
import { splitWords, type Word } from './words.js';
import { indexOfWithin } from '../../text/search.js';

/** A parenthesis right after a word: `상탕(商湯)`, `마이크로소프트(MS)`. */
interface Paren {
  open: number;
  close: number;
  content: string;
  /** Index of the word the parenthesis follows. */
  owner: number;
}

/** A quoted stretch: `'챗GPT'`, `“Yi-34B”`. */
interface Quote {
  start: number;
  end: number;
  text: string;
}

const QUOTE_PAIRS: Record<string, string> = {
  "'": "'",
  '"': '"',
  '‘': '’',
  '“': '”',
  '「': '」',
  '『': '』',
};
const QUOTE_SEARCH = new RegExp(`[${Object.keys(QUOTE_PAIRS).join('')}]`, 'g');
/** Marks of a former name inside a parenthesis: `(舊페이스북)`, `(옛 페이스북)`. */
const FORMER = /^(?:舊|구|옛|前|전)\s?/;
const COPYRIGHT = /(?:©|ⓒ|Ⓒ|\([cC]\)|Copyright|저작권자)\s*$/;
const COPYRIGHT_ANY = /©|ⓒ|Ⓒ|\([cC]\)|Copyright|저작권자/;

/** One number for a span, for map keys (offsets stay far below 2^26). */
function spanKey(start: number, end: number): number {
  return start * 0x4000000 + end;
}
/** `군`, the armed forces after a country (`파키스탄군`). */
const ARMY = '군'.charCodeAt(0);
/** Tags of a morpheme that the dictionary split out of a word it does not know. */
const ODD_INSIDE = /^(V|E|MM|MAG|MAJ|IC|J)/;
/** Tags a morpheme carrying an organisation suffix may have (`20대`'s counter 대 is NNBC). */
const SUFFIX_POS = /^(NNG|NNP|NNB$|XSN|SH|SL|UNKNOWN)/;

export function koreanCandidates(
  text: string,
  regions: Span[],
  tokens: Token[],
  lexicon: Lexicon,
  matches: LexiconMatch[],
): Candidate[] {
  const out: Candidate[] = [];
  let allWords: Word[] = [];
  for (const region of regions) {
    const words = splitWords(text, region, tokens);
    const inRegion = matches
      .filter((m) => m.start >= region.start && m.end <= region.end)
      .sort((a, b) => a.start - b.start);
    new RegionDetector(text, region, words, lexicon, inRegion, out).run();
    // one region (most articles): its words are the article's, not copied
    if (regions.length === 1) allWords = words;
    else for (const w of words) allWords.push(w);
  }
  repeatNames(allWords, out);
  const sure = out.filter((c) => !c.weak);
  for (const c of commonBodies(text, allWords, sure, lexicon)) out.push(uniform(c));
  actingPlaces(text, allWords, out);
  platformRoles(text, allWords, out, lexicon);
  return out;
}

/**
 * A name once established in the article is a name wherever it stands as a word again
 * (`대형사인 바이두가` makes the later `바이두의` a mention too).
 */
function repeatNames(words: Word[], out: Candidate[]): void {
  const known = new Map<string, Candidate>();
  const starts = new Set<number>();
  for (const c of out) {
    starts.add(c.start);
    if (c.weak || c.text.length < 2) continue;
    if (!c.text.includes(' ')) {
      if (!known.has(c.text)) known.set(c.text, c);
    } else if (c.type === 'person') {
      // a foreigner named later by one part of the name (`도쿠다 시게오` … `도쿠다`)
      const parts = c.text.split(' ');
      for (const part of [parts[0], parts[parts.length - 1]]) {
        if (part.length >= 2 && !known.has(part)) known.set(part, { ...c, entry: undefined });
      }
    }
  }
  // length and first-character tests turn away most words without hashing their text
  const firsts = new Set<number>();
  let shortest = Infinity;
  let longest = 0;
  for (const name of known.keys()) {
    firsts.add(name.charCodeAt(0));
    shortest = Math.min(shortest, name.length);
    longest = Math.max(longest, name.length);
  }
  for (const w of words) {
    const n = w.text.length;
    if (n < shortest || n > longest || !firsts.has(w.text.charCodeAt(0))) continue;
    const c = known.get(w.text);
    if (!c || starts.has(w.start)) continue;
    out.push(
      uniform({
        start: w.start,
        end: w.end,
        text: w.text,
        type: c.type,
        source: c.source,
        entry: c.entry,
      }),
    );
  }
}

/** The detector's arrays, reused from one region to the next (see scratch.ts). */
const BY_START = scratchInt32();
const BY_END = scratchInt32();
const LISTED_STARTS = scratchUint8();

class RegionDetector {
  private readonly byStart: OffsetIndex;
  private readonly byEnd: OffsetIndex;
  private readonly parens: Paren[] = [];
  private readonly parenByOwner = new Map<number, Paren>();
  private readonly parenByClose = new Map<number, Paren>();
  private readonly quotes: Quote[] = [];
  /** Candidates of this region by start offset. */
  private readonly atStart = new Map<number, Candidate>();
  /** For each listed match (by start), the furthest end of it and the matches before it. */
  private readonly maxEnd: number[] = [];
  /** Whether the region holds a copyright mark at all (most do not). */
  private readonly hasCopyright: boolean;
  /** Listed names by `spanKey(start, end)`, with whether each is ambiguous. */
  private readonly listedSpans = new Map<number, boolean>();
  /** The first listed match of each span, by `spanKey(start, end)`. */
  private readonly matchAt = new Map<number, LexiconMatch>();
  /** 1 at the offsets (from the region's start) where a listed match starts. */
  private readonly listedStarts: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly region: Span,
    private readonly words: Word[],
    private readonly lexicon: Lexicon,
    private readonly matches: LexiconMatch[],
    private readonly out: Candidate[],
  ) {
    this.byStart = new OffsetIndex(region.start, region.end, BY_START);
    this.byEnd = new OffsetIndex(region.start, region.end, BY_END);
    for (let i = 0; i < words.length; i++) {
      this.byStart.set(words[i].start, i);
      this.byEnd.set(words[i].end, i);
    }
    let furthest = -1;
    this.listedStarts = LISTED_STARTS(region.end - region.start + 1);
    for (const m of matches) {
      this.listedStarts[m.start - region.start] = 1;
      const key = spanKey(m.start, m.end);
      this.listedSpans.set(key, m.ambiguous === true);
      if (!this.matchAt.has(key)) this.matchAt.set(key, m);
      furthest = Math.max(furthest, m.end);
      this.maxEnd.push(furthest);
    }
    this.hasCopyright = COPYRIGHT_ANY.test(text.slice(region.start, region.end));
    this.findParens();
    this.findQuotes();
  }

  /**
   * Whether a listed name spans exactly `start..end` (true: an ambiguous one), or undefined. Asked
   * of most words; the start is checked first, so that words where no name starts are not hashed.
   */
  private listedSpan(start: number, end: number): boolean | undefined {
    return this.listedStarts[start - this.region.start] === 1
      ? this.listedSpans.get(spanKey(start, end))
      : undefined;
  }

  /** The first listed match spanning exactly `start..end`. */
  private listedMatch(start: number, end: number): LexiconMatch | undefined {
    return this.listedStarts[start - this.region.start] === 1
      ? this.matchAt.get(spanKey(start, end))
      : undefined;
  }

  /** A listed name covers `start..end`. */
  private listedAround(start: number, end: number): boolean {
    // the furthest end among the matches starting at or before `start`
    let lo = 0;
    let hi = this.matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.matches[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] >= end;
  }

  run(): void {
    this.listed();
    this.modelVersions();
    for (let i = 0; i < this.words.length; i++) {
      this.suffixed(i);
      this.latin(i);
      this.proper(i);
      this.fusedPlace(i);
      this.titled(i);
      this.copyright(i);
    }
    this.fullNames();
    this.regnalNumbers();
    this.teamsAndForces();
    this.countryPrefixes();
    this.mediaTails();
    this.quoted();
    this.appositions();
    this.kindsAfter();
    this.lists();
    this.parenRoles();
    this.parenAliases();
    for (const c of placeSequences(this.text, this.words, this.out)) this.add(c);
    for (const c of bodyUnits(this.text, this.words, this.out)) this.add(c);
    for (const c of modelMentions(this.text, this.words, this.matches, this.lexicon)) this.add(c);
    for (const c of attachedNames(this.text, this.words)) this.add(c);
    this.nameless();
  }

  /**
   * `박씨`, `김모(33)씨`, `김 대표`: the surname is the mention, so a longer person reading of the
   * same word (`김모`, `박씨` as a name) gives way to it.
   */
  private nameless(): void {
    const found = namelessPeople(this.text, this.region, this.words, this.out);
    if (found.length === 0) return;
    const starts = new Set(found.map((c) => c.start));
    for (const o of this.out) {
      if (o.type === 'person' && starts.has(o.start) && o.source !== 'gazetteer') {
        o.end = o.start;
        o.text = '';
      }
    }
    for (const c of found) this.add(c);
  }

  // ---- detectors -------------------------------------------------------------------------

  /** Gazetteer names, kept only where they are whole words (not `메타` in `메타버스`). */
  private listed(): void {
    for (const m of this.matches) {
      const wi = this.byStart.get(m.start);
      const wj = this.byEnd.get(m.end);
      const latin = allLatinName(m.text.replace(/\s/g, ''));
      let whole = wi !== undefined && wj !== undefined;
      if (!whole && latin) {
        // Latin names may sit inside a Korean word (`OpenAI가` is split, `GPT` in `챗GPT` is not)
        const a = this.text.charCodeAt(m.start - 1);
        const b = this.text.charCodeAt(m.end);
        whole = !isLatin(a) && !isLatin(b) && !(b >= 0x30 && b <= 0x39) && wj !== undefined;
        if (whole && wi === undefined && isHangul(a)) whole = false;
      }
      if (!whole) continue;
      // a listed form that is here one word of another kind (`달리` the adverb, not DALL-E)
      const own = wi !== undefined ? this.words[wi].tokens : undefined;
      if (
        own &&
        own.length === 1 &&
        own[0].start === m.start &&
        own[0].end === m.end &&
        !/^(N|S)/.test(own[0].pos)
      ) {
        continue;
      }
      this.add(fromMatch(m));
    }
  }

  /**
   * `제미나이 2.0`, `어니 4.0을`, `클로드 3.5 소네트`, `제미나이 1.5 프로`: a version (with its tier
   * and size) after a listed model belongs to the mention and settles that the name is the model
   * (`어니` alone is also a given name).
   */
  private modelVersions(): void {
    const count = this.out.length;
    for (let k = 0; k < count; k++) {
      const c = this.out[k];
      if (c.type !== 'model' || c.source !== 'gazetteer') continue;
      const rest = this.text.slice(c.end, c.end + 32);
      // a listed name that ends in its version (`GPT-4`) takes only a tier or a size after it
      const v = /\d[a-z]?$/.test(c.text) ? '' : KO_MODEL_VERSION.exec(rest)?.[0];
      if (v === undefined) continue;
      const len = v.length + modelTailLength(rest.slice(v.length));
      if (len === 0) continue;
      const end = c.end + len;
      this.add({ ...c, end, text: this.text.slice(c.start, end), weak: false });
    }
  }

  /** Organisation names by their ending: `한빛바이오로직스`, `산업부`, `베이징 즈위엔인공지능연구원`. */
  private suffixed(i: number): void {
    const w = this.words[i];
    // `지위엔(智源)연구원`: a name, its Hanja in parentheses, then the suffix, in one word
    const paren = w.prev === ')' ? this.parenByClose.get(w.start - 1) : undefined;
    const head =
      paren && this.words[paren.owner].wordEnd === paren.open ? this.words[paren.owner] : undefined;
    const full = head ? head.text + w.text : w.text;
    const hit = matchSuffix(full);
    if (!hit) return;
    const { ending: suffix, value: rule } = hit;
    const partLen = full.length - suffix.length;
    let start = head ? head.start : w.start;
    let sure: boolean;
    if (partLen === 0) {
      // the suffix as a word of its own after a name: `삼성 그룹`, `OpenAI 재단`
      if (!rule.standalone) return;
      const p = this.prevAdjacent(i);
      if (p === undefined || !this.nameLike(p)) return;
      start = this.words[p].start;
      sure = true;
    } else {
      const part = full.slice(0, partLen);
      if (!/[\p{L}]/u.test(part) || /\d$/.test(part)) return;
      const partTokens = head
        ? [...head.tokens, ...tokensBefore(w, w.end - suffix.length)]
        : tokensBefore(w, w.end - suffix.length);
      const suffixToken = w.tokens.find(
        (t) => t.start <= w.end - suffix.length && t.end > w.end - suffix.length,
      );
      if (suffixToken && !SUFFIX_POS.test(suffixToken.pos)) return;
      // `박종대 씨`, `강길부 의원`: a word the dictionary knows whole as a person's name, before
      // `씨` or a title, ends in a syllable of the name, not in an ending (`고용부는` stays a body)
      if (
        suffixToken?.features[0] === '인명' &&
        suffixToken.start < w.end - suffix.length &&
        this.beforePersonWord(i)
      ) {
        return;
      }
      const nameish = head !== undefined || looksForeign(partTokens, part);
      const ownMorpheme =
        !suffixToken ||
        suffixToken.start === w.end - suffix.length ||
        suffixToken.pos.startsWith('NNP') ||
        (rule.insideWord === true &&
          suffixToken.end === w.end &&
          suffixToken.end - suffixToken.start >= 3);
      if (rule.strength === 'strong') sure = true;
      else if (rule.strength === 'syllable') sure = nameish || (partLen >= 2 && ownMorpheme);
      else sure = nameish;
      if (w.tail === '들' && suffix === '연구원') return;
    }
    // a name written before it in separate words: `베이징 즈위엔인공지능연구원`, `중커위엔(中科院) 자동화연구소`
    start = this.extendLeft(this.byStart.get(start) ?? i, start);
    const mentionText = this.text.slice(start, w.end);
    const inner = head && paren ? [paren.content] : undefined;
    this.add({
      start,
      end: w.end,
      text: mentionText,
      type:
        rule.type === 'government' && mentionText.startsWith(KO_INTERNATIONAL_PREFIX)
          ? 'organization'
          : rule.type,
      source: 'suffix',
      weak: !sure,
      innerAliases: inner,
    });
  }

  /** The word after word `i` is `씨` or a title (`박종대 씨`, `강길부 의원`). */
  private beforePersonWord(i: number): boolean {
    const w = this.words[i];
    const next = this.words[i + 1];
    if (w.tail !== '' || !next || next.start !== w.wordEnd + 1) return false;
    return KO_NAMELESS_APPELLATIONS.includes(next.text) || endsWithTitle(next.text);
  }

  /** Latin names in Korean text: `iFLYTEK`, `01.AI`, `36Kr`, `Yi-34B`, `Llama 2`. */
  private latin(i: number): void {
    const w = this.words[i];
    if (!hasLatin(w.text)) return;
    // the Latin run at the end of the word (`챗GPT` → `GPT`), or the whole word
    let s = w.text.length;
    while (s > 0 && /[A-Za-z0-9.\-&+]/.test(w.text[s - 1])) s--;
    const run = w.text.slice(s);
    if (!run || !/[A-Za-z]/.test(run)) return;
    let end = w.end;
    let runText = run;
    const next = this.words[i + 1];
    if (next && next.start === w.wordEnd + 1 && this.text[w.wordEnd] === ' ' && w.tail === '') {
      // `Llama 2`, `Stability AI`: a version number or `AI` as the next word
      if (/^\d+(?:\.\d+)?$/.test(next.text) && /^[A-Z][a-z]+$/.test(run)) {
        end = next.end;
        runText = `${run} ${next.text}`;
        this.add({
          start: w.start + s,
          end,
          text: runText,
          type: 'model',
          source: 'pattern',
          weak: true,
        });
        return;
      }
    }
    const g = guessLatin(run);
    if (!g.type) return;
    this.add({
      start: w.start + s,
      end,
      text: runText,
      type: g.type,
      source: 'pattern',
      weak: !g.sure,
    });
  }

  /** Proper nouns the dictionary knows as people or places: `윤석열`, `베이징`. */
  private proper(i: number): void {
    const w = this.words[i];
    // most words start with no proper noun; their features are then not read at all
    if (w.tokens.length === 0 || w.tokens[0].pos !== 'NNP' || NOT_NAMES.has(w.text)) return;
    const cls = w.tokens[0].features[0];
    if (!w.tokens.every((t) => t.pos === 'NNP' && t.features[0] === cls)) return;
    if (w.tokens[0].start !== w.start || w.tokens[w.tokens.length - 1].end !== w.end) return;
    if (cls === '지명') {
      this.add({ start: w.start, end: w.end, text: w.text, type: 'place', source: 'proper' });
    } else if (cls === '인명' && (personName(w) || this.foreignSurname(w))) {
      this.add({ start: w.start, end: w.end, text: w.text, type: 'person', source: 'proper' });
    }
  }

  /**
   * `미국산`, `이라크측`, `베이징올림픽`: a place written together with a following common noun is
   * still the place. Not a demonym or a language (`미국인`, `중국어`: compounds, not names).
   */
  private fusedPlace(i: number): void {
    const w = this.words[i];
    const toks = w.tokens;
    if (toks.length < 2) return;
    const first = toks[0];
    if (first.start !== w.start || first.pos !== 'NNP' || first.end - first.start < 2) return;
    const rest = this.text.slice(first.end, w.end);
    if (KO_FUSED_NOT_PLACE.has(rest)) return;
    for (let k = 1; k < toks.length; k++) if (!/^(NNG|NNB|XSN)/.test(toks[k].pos)) return;
    const listed = this.lexicon.lookup(first.surface);
    // an ambiguous listed form (`인도` is also a sidewalk) needs more than this
    const place = listed
      ? listed.type === 'place' && !listed.ambiguous?.includes(first.surface)
      : first.features[0] === '지명';
    if (!place) return;
    this.add({
      start: first.start,
      end: first.end,
      text: first.surface,
      type: 'place',
      source: 'proper',
      entry: listed,
    });
  }

  /**
   * A foreign name the dictionary knows as a person (`페더러는`, `매케인이`): three syllables or
   * more (shorter ones are too often words), not a listed name of another kind.
   */
  private foreignSurname(w: Word): boolean {
    if (w.text.length < 2 || w.text.length > 6 || NOT_NAMES.has(w.text)) return false;
    // `맥콤브에서`: people are not where things happen
    if (w.tail.startsWith('에서')) return false;
    // two syllables are too often words: only with a particle, not a noun the dictionary mistags
    if (w.text.length === 2 && (!KO_NAME_PARTICLE.test(w.tail) || KO_NOT_SURNAMES.has(w.text)))
      return false;
    if (!/^[\uac00-\ud7a3]+$/.test(w.text)) return false;
    // `에코시스템`: a word ending in a common loanword is a thing, whatever the dictionary says
    if (KO_LOANWORD_ENDINGS.test(w.text)) return false;
    return this.listedSpan(w.start, w.end) === undefined && !this.listedAround(w.start, w.end);
  }

  /** A name before a title: `길재식 기자`, `이경무 서울대 교수`, `홍은택 카카오 대표`. */
  private titled(i: number): void {
    const t = this.words[i];
    // `앞서 A씨는`, `달아난 김씨`: the person's name is on the title's own word
    if (!endsWithTitle(t.text) || personWithTitle(t)) return;
    const p = this.prevAdjacent(i);
    if (p === undefined) return;
    const q = this.prevAdjacent(p);
    const korean = personName(this.words[p]);
    // a foreign-looking word after a Korean name is its affiliation, not more of the name
    // (`김도윤 루멘스택 대표`): Korean names do not run on into transliterations
    const afterKorean = !korean && q !== undefined && personName(this.words[q]);
    if (korean || (!afterKorean && this.foreignName(p))) {
      this.addPerson(this.nameStart(p), p);
      return;
    }
    // an affiliation between the name and the title (`셀소 아모림 브라질 외무장관`)
    if (
      q !== undefined &&
      (personName(this.words[q]) || this.foreignName(q)) &&
      (this.nameLike(p) || (afterKorean && this.foreignName(p)))
    ) {
      this.addPerson(this.nameStart(q), q);
      const org = this.atStart.get(this.words[p].start);
      if (org) org.weak = false;
      else {
        // `김도윤 루멘스택 대표`: the title says what kind of body the affiliation is
        const type = affiliationType(t.text);
        const a = this.words[p];
        if (type && !NOT_NAMES.has(a.text))
          this.add({ start: a.start, end: a.end, text: a.text, type, source: 'cue' });
      }
    }
  }

  /**
   * Foreign full names written as several words (`데이비드 애친슨`, `마틴 루터 킹 주니어`): a run of
   * name words is one person when one of them is already a person or a title follows the run.
   */
  private fullNames(): void {
    const persons = new Set(this.out.filter((c) => c.type === 'person').map((c) => c.start));
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i].tail !== '' || !this.givenNameWord(i)) continue;
      let j = i;
      let closed = false;
      while (
        j + 1 < this.words.length &&
        this.words[j].tail === '' &&
        this.prevAdjacent(j + 1) === j
      ) {
        if (!afterFunctionWord(this.words[j], this.words[j + 1]) && this.givenNameWord(j + 1)) {
          j++;
          continue;
        }
        // a family name carrying the particle ends the run after a known given name (`모니카 베스라의`)
        if (this.knownGivenName(i) && this.lastNameWithParticle(j + 1)) {
          j++;
          closed = true;
        }
        break;
      }
      if (j === i) continue;
      let known = closed;
      for (let k = i; k <= j; k++) if (persons.has(this.words[k].start)) known = true;
      const after =
        this.words[j].tail === '' && this.prevAdjacent(j + 1) === j ? this.words[j + 1] : undefined;
      if (known || (after && endsWithTitle(after.text))) this.addPerson(i, j);
      i = j;
    }
  }

  /** A given name a reader knows as one: listed, or the dictionary's 인명 (`마이클`, `모니카`). */
  private knownGivenName(i: number): boolean {
    const w = this.words[i];
    if (FOREIGN_GIVEN_NAMES.has(w.text)) return true;
    return (
      w.tokens.length > 0 && w.tokens.every((t) => t.pos === 'NNP' && t.features[0] === '인명')
    );
  }

  /** A transliterated family name followed by a particle (not a place's `에서`). */
  private lastNameWithParticle(i: number): boolean {
    const w = this.words[i];
    if (w.tail === '' || !KO_NAME_PARTICLE.test(w.tail)) return false;
    if (w.text.length < 2 || w.text.length > 6 || !/^[\uac00-\ud7a3]+$/.test(w.text)) return false;
    if (NOT_NAMES.has(w.text) || KO_NOT_SURNAMES.has(w.text) || matchSuffix(w.text)) return false;
    if (w.tokens.some((t) => t.features[0] === '지명')) return false;
    if (this.listedSpan(w.start, w.end) !== undefined || this.listedAround(w.start, w.end))
      return false;
    return looksForeign(w.tokens, w.text);
  }

  /** `베네딕토 16세`, `니콜라이 2세`: a regnal number after a person's name belongs to it. */
  private regnalNumbers(): void {
    for (const c of this.out.filter((x) => x.type === 'person' && !x.weak)) {
      const wi = this.byEnd.get(c.end);
      if (wi === undefined || this.words[wi].tail !== '' || this.prevAdjacent(wi + 1) !== wi)
        continue;
      const m = /^(\d{1,2})세$/.exec(this.words[wi + 1].text);
      if (!m || Number(m[1]) > 30) continue;
      const end = this.words[wi + 1].end;
      this.add({ ...c, end, text: this.text.slice(c.start, end), aliasOf: undefined });
    }
  }

  /**
   * A country written before a body's own name is part of it (`미국 교통보안청`, `영국 국방부`,
   * `미 의회`). A listed body then keeps its type but not its canonical name, which names another
   * country's body (`국방부` alone is Korea's ministry).
   */
  private countryPrefixes(): void {
    const bodies = this.out.filter(
      (c) => c.type === 'government' || c.type === 'organization' || c.type === 'institute',
    );
    for (const c of bodies) {
      const wi = this.byStart.get(c.start);
      if (wi === undefined || KO_GENERIC_BODIES.has(c.text)) continue;
      const p = this.prevAdjacent(wi);
      if (p === undefined || this.words[p].tail !== '') continue;
      const country = this.words[p];
      if (!this.isCountry(country)) continue;
      const keepsEntry = c.entry !== undefined && KO_HOME_COUNTRY.has(country.text);
      this.add({
        start: country.start,
        end: c.end,
        text: this.text.slice(country.start, c.end),
        type: c.type,
        source: 'cue',
        ...(keepsEntry ? { entry: c.entry } : {}),
      });
    }
  }

  /**
   * A listed place and the word after it: a team when the word is a transliterated plural or
   * club word (`뉴욕 양키스`, `맨체스터 유나이티드`), the armed forces when it is `군` (`세르비아 군`);
   * fused, `파키스탄군` is the army too.
   */
  private teamsAndForces(): void {
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      // `…군` by code: a one-character string per word was garbage for every article
      const army = w.text.length > 2 && w.text.charCodeAt(w.text.length - 1) === ARMY;
      if (army && this.lexicon.lookup(w.text.slice(0, -1))?.type === 'place') {
        this.add({ ...this.spanOf(i, i), type: 'government', source: 'cue' });
        continue;
      }
      if (w.tail !== '' || !this.isListedPlace(w)) continue;
      const n = i + 1 < this.words.length && this.prevAdjacent(i + 1) === i ? i + 1 : undefined;
      if (n === undefined) continue;
      const next = this.words[n];
      if (KO_MILITARY_WORDS.has(next.text)) {
        this.add({ ...this.spanOf(i, n), type: 'government', source: 'cue' });
      } else if (
        KO_TEAM_ENDINGS.test(next.text) &&
        next.text.length >= 2 &&
        this.listedSpan(next.start, next.end) === undefined &&
        !next.tokens.some((t) => t.features[0] === '지명') &&
        this.nameLike(n)
      ) {
        this.add({ ...this.spanOf(i, n), type: 'organization', source: 'cue' });
      }
    }
  }

  /** `NHK 방송`, `이타르타스 통신`: the medium's word after a media name is part of it. */
  private mediaTails(): void {
    for (const c of this.out.filter((x) => x.type === 'media' && !x.weak)) {
      const wi = this.byEnd.get(c.end);
      if (wi === undefined || this.words[wi].tail !== '') continue;
      const n = wi + 1 < this.words.length && this.prevAdjacent(wi + 1) === wi ? wi + 1 : undefined;
      if (n === undefined || !KO_MEDIA_TAILS.has(this.words[n].text)) continue;
      const end = this.words[n].end;
      this.add({ ...c, end, text: this.text.slice(c.start, end), aliasOf: undefined });
    }
  }

  private spanOf(first: number, last: number): { start: number; end: number; text: string } {
    const start = this.words[first].start;
    const end = this.words[last].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  private isListedPlace(w: Word): boolean {
    const m = this.listedMatch(w.start, w.end);
    return m !== undefined && m.entry.type === 'place' && !m.ambiguous;
  }

  private isCountry(w: Word): boolean {
    if (KO_COUNTRY_ABBREVIATIONS.has(w.text)) return true;
    const m = this.listedMatch(w.start, w.end);
    return m?.entry.type === 'place';
  }

  /** A word that can be part of a foreign personal name: the dictionary's 인명 or unknown Hangul. */
  private givenNameWord(i: number): boolean {
    const w = this.words[i];
    // one morpheme the dictionary knows, not a proper noun: a common word (most words), never
    // part of a name below, so answered before the word is looked up in any table
    const only = w.tokens.length === 1 ? w.tokens[0] : undefined;
    if (only && !only.unknown && only.pos !== 'NNP' && !FOREIGN_GIVEN_NAMES.has(w.text))
      return false;
    if (w.text.length > 6 || NOT_NAMES.has(w.text) || PERSON_TITLES.has(w.text)) return false;
    const last = w.tokens[w.tokens.length - 1];
    if (last && /^(J|E)/.test(last.pos)) return false;
    let name: boolean;
    if (FOREIGN_GIVEN_NAMES.has(w.text)) name = true;
    else if (
      w.tokens.length > 0 &&
      w.tokens.every((t) => t.pos === 'NNP' && t.features[0] === '인명')
    )
      name = /^[\uac00-\ud7a3]+$/.test(w.text);
    // adverbs, determiners and interjections are never parts of a name (`이어 마틴`)
    else if (w.text.length < 2 || w.tokens.some((t) => /^(MAG|MM|IC|MAJ)/.test(t.pos)))
      name = false;
    else if (w.tokens.length === 1 && !w.tokens[0].unknown && w.tokens[0].pos !== 'NNP')
      name = false;
    else name = this.foreignName(i);
    // listed names (places, companies) end a run; checked last, it is the costly test
    return (
      name && this.listedSpan(w.start, w.end) === undefined && !this.listedAround(w.start, w.end)
    );
  }

  /** A transliterated foreign name: Hangul the dictionary does not know, not a place or listed name. */
  private foreignName(i: number): boolean {
    const w = this.words[i];
    if (w.tail !== '' || w.text.length < 2 || w.text.length > 6) return false;
    if (!/^[\uac00-\ud7a3]+$/.test(w.text) || NOT_NAMES.has(w.text)) return false;
    // `유엔주재 대사`: stationed at a place, not a name
    if (w.text.endsWith('주재')) return false;
    if (w.tokens.some((t) => t.features[0] === '지명') || matchSuffix(w.text)) return false;
    if (this.listedAround(w.start, w.end)) return false;
    return this.nameLike(i);
  }

  /** A given name written before a family name (`셀소 아모림`, `데이비드 애친슨`). */
  private nameStart(i: number): number {
    const p = this.prevAdjacent(i);
    // `그러나 매닝 일병`, `이어 황교안 장관`: a verb or adverb reads as odd pieces, but is no name
    if (p === undefined || functionWord(this.words[p])) return i;
    // a title before the name is not part of it (`(총장 유한길)`)
    return !endsWithTitle(this.words[p].text) && this.foreignName(p) ? p : i;
  }

  /** `Copyright © 전자신문`, `ⓒ 연합뉴스`: the publisher. */
  private copyright(i: number): void {
    const w = this.words[i];
    if (!this.hasCopyright) return;
    const before = this.text.slice(Math.max(this.region.start, w.start - 16), w.start);
    if (!COPYRIGHT.test(before) || !/\p{L}/u.test(w.text)) return;
    this.add({ start: w.start, end: w.end, text: w.text, type: 'media', source: 'cue' });
  }

  /** Quoted names typed by the words around them: `언어모델인 'Yi-34B'`, `'라마2'모델`. */
  private quoted(): void {
    for (const q of this.quotes) {
      const existing = this.atStart.get(q.start);
      if (existing && existing.end === q.end && existing.source === 'gazetteer') continue;
      let type = this.typeBefore(q.start - 1);
      if (!type) type = this.typeAfter(q.end + 1);
      if (!type) {
        const g = allLatinName(q.text) ? guessLatin(q.text) : undefined;
        if (g?.sure) type = g.type;
      }
      // `'클로드 3.5 소네트'`: a quoted name opening with a listed model is a model
      if (!type && this.atStart.get(q.start)?.type === 'model') type = 'model';
      if (!type || q.text.length > 30) continue;
      // `‘인디맥(IndyMac)’`: the name is before the parenthesis, which holds its alias
      const open = q.text.endsWith(')') ? q.text.indexOf('(') : -1;
      const end = open > 0 ? q.start + q.text.slice(0, open).trimEnd().length : q.end;
      if (open > 0) {
        const named = this.atStart.get(q.start);
        if (named && named.end === end && named.source === 'gazetteer') continue;
      }
      this.add({ start: q.start, end, text: this.text.slice(q.start, end), type, source: 'cue' });
    }
  }

  /** `신생기업인 01.AI`, `대형사인 바이두`, `미디어 '36Kr'`: the noun before names the kind. */
  private appositions(): void {
    for (let i = 0; i + 1 < this.words.length; i++) {
      const w = this.words[i];
      if (w.tail !== '' && w.tail !== '인' && w.tail !== '이자') continue;
      const type = typeNounAtEnd(w.text);
      if (!type) continue;
      const n = this.words[i + 1];
      const gap = this.text.slice(w.wordEnd, n.start);
      if (gap !== ' ' && gap !== " '" && gap !== ' "' && gap !== ' ‘' && gap !== ' “') continue;
      if (gap.length === 2) continue; // quoted names are typed in quoted()
      this.typeAt(i + 1, type);
    }
  }

  /**
   * `양키스 구단`, `페덱스 사`: a kind word written after a name types it and stays outside it.
   * (Fused `루비사는` is left alone: `베르사` is a storm, and the dictionary reads `루비` as a
   * common noun, so a fused 사 says too little.)
   */
  private kindsAfter(): void {
    for (let i = 0; i + 1 < this.words.length; i++) {
      const next = this.words[i + 1];
      if (this.words[i].tail !== '' || !FOLLOWING_KIND_WORDS.has(next.text)) continue;
      if (this.prevAdjacent(i + 1) === i) this.typeAt(i, KO_FOLLOWING_TYPE_NOUNS[next.text]);
    }
  }

  /**
   * `노타(대표 채명수)`, `서울대(총장 유홍림)`: a role and a name in parentheses after a word make
   * the word a body of the kind the role says and the name a person — business news introduces
   * companies this way.
   */
  private parenRoles(): void {
    for (const p of this.parens) {
      const m = KO_PAREN_ROLE.exec(p.content);
      if (!m) continue;
      const owner = this.words[p.owner];
      if (owner.wordEnd !== p.open || owner.tail !== '') continue;
      const type = affiliationType(m[1]) ?? 'organization';
      const existing = this.atStart.get(owner.start);
      if (existing && existing.end === owner.end) {
        if (existing.source !== 'gazetteer') {
          existing.type = type;
          existing.source = 'cue';
        }
        existing.weak = false;
      } else if (!existing) {
        this.add({ start: owner.start, end: owner.end, text: owner.text, type, source: 'cue' });
      }
      const start = p.close - m[2].length;
      this.add({ start, end: p.close, text: m[2], type: 'person', source: 'cue' });
    }
  }

  /** `벤처기업으론 A, B, C 등`: every item of a list headed by a kind takes that kind. */
  private lists(): void {
    for (let i = 0; i + 1 < this.words.length; i++) {
      const w = this.words[i];
      // the kind noun first: its table turns away most words by their last syllable
      const type = w.tail === '' ? null : typeNounAtEnd(w.text);
      if (!type || !KO_LIST_HEAD_ENDINGS.includes(w.tail)) continue;
      let j = i + 1;
      for (let items = 0; j < this.words.length && items < 12; items++) {
        const item = this.words[j];
        if (item.text === '등' || item.text === '및') break;
        const last = this.typeAt(j, type);
        j = last + 1;
        let end = this.words[last];
        let after = end.wordEnd;
        // an item's parenthetical alias (`상탕(商湯),`) is part of the item
        const paren = end.next === '(' ? this.parenByOwner.get(last) : undefined;
        if (paren) {
          while (j < this.words.length && this.words[j].start < paren.close) j++;
          after = paren.close + 1;
          const glued = this.words[j]?.start === after ? this.words[j] : undefined;
          if (glued) {
            end = glued;
            after = glued.wordEnd;
            j++;
          } else end = { ...end, tail: '' };
        }
        // the list goes on after `,`, `·`, `와/과`, or the word `및`
        const sep = end.tail === '' ? this.text[after] : '';
        const joined = ['와', '과', '이나', '나', '랑', '하고'].includes(end.tail);
        if (j < this.words.length && this.words[j].text === '및') j++;
        else if (!(sep === ',' || sep === '·' || sep === 'ㆍ' || joined)) break;
      }
    }
  }

  /** `상탕(商湯)`, `마이크로소프트(MS)`, `메타(舊페이스북)`: the parenthesis names the same thing. */
  private parenAliases(): void {
    for (const p of this.parens) {
      const owner = this.words[p.owner];
      // a candidate ending right at the word the parenthesis follows
      const c = this.out.find(
        (x) => x.end === owner.end && x.start >= this.region.start && x.start <= owner.start,
      );
      const content = p.content.replace(FORMER, '');
      const cStart = p.close - content.length;
      if (!content || content.length > 30 || /[,，、·]/.test(content)) continue;
      if (!(
        allHan(content) ||
        allLatinName(content.replace(/ /g, '')) ||
        /^[\uac00-\ud7a3]{2,12}$/.test(content)
      ))
        continue;
      const inner = this.atStart.get(cStart);
      if (c && c.innerAliases?.includes(p.content)) continue;
      // `에코시스템(생태계)`: a gloss in common Korean words translates, it does not name
      if (!inner && this.commonNounsBetween(p.owner + 1, cStart, p.close)) continue;
      // `로블스(쿠바)`, `시몽(프랑스)`: a place after a person or body is its country
      if (c && c.type !== 'place' && inner?.type === 'place' && inner.end === p.close) continue;
      if (c) {
        if (inner && inner.end === p.close) {
          inner.aliasOf = this.out.indexOf(c);
          if (!inner.type || inner.source !== 'gazetteer') inner.type = c.type;
        } else {
          this.add({
            start: cStart,
            end: p.close,
            text: content,
            type: c.type,
            source: c.source,
            weak: c.weak,
            aliasOf: this.out.indexOf(c),
          });
        }
      } else if (
        inner &&
        inner.end === p.close &&
        !inner.weak &&
        (inner.source === 'gazetteer' || this.nameLike(p.owner))
      ) {
        const idx = this.add({
          start: owner.start,
          end: owner.end,
          text: owner.text,
          type: inner.type,
          source: inner.source,
        });
        inner.aliasOf = idx;
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** Gives the name starting at word `i` the type `type`, creating it if it looks like a name; returns the last word index of the item. */
  private typeAt(i: number, type: EntityType): number {
    const w = this.words[i];
    const existing = this.atStart.get(w.start);
    if (existing) {
      // a cue settles an unsure kind; it does not overrule a listed or a sure specific one
      const open = existing.weak || !existing.type || existing.type === 'organization';
      if (open && (existing.source !== 'gazetteer' || existing.type === type)) existing.type = type;
      if (existing.type === type) {
        existing.weak = false;
        if (existing.source !== 'gazetteer') existing.source = 'cue';
      }
      const last = this.byEnd.get(existing.end);
      return last !== undefined && last >= i ? last : i;
    }
    if (!TYPED_TAILS.has(w.tail)) return i;
    if (!this.nameLike(i) || NOT_NAMES.has(w.text)) return i;
    this.add({ start: w.start, end: w.end, text: w.text, type, source: 'cue' });
    return i;
  }

  private add(written: Candidate): number {
    const c = uniform(written);
    const prev = this.atStart.get(c.start);
    if (!prev || prev.end < c.end || (prev.end === c.end && prev.weak && !c.weak))
      this.atStart.set(c.start, c);
    this.out.push(c);
    return this.out.length - 1;
  }

  private addPerson(first: number, last: number): void {
    const start = this.words[first].start;
    const end = this.words[last].end;
    const existing = this.atStart.get(start);
    if (existing && existing.end === end) {
      if (existing.source !== 'gazetteer') existing.type = 'person';
      existing.weak = false;
      return;
    }
    this.add({ start, end, text: this.text.slice(start, end), type: 'person', source: 'cue' });
  }

  /**
   * Whether the text from `start` to `end` is Hangul the dictionary reads as common nouns; its
   * words are looked for from word `from` on.
   */
  private commonNounsBetween(from: number, start: number, end: number): boolean {
    if (!/^[\uac00-\ud7a3 ]+$/.test(this.text.slice(start, end))) return false;
    let seen = false;
    for (let k = from; k < this.words.length && this.words[k].start < end; k++) {
      const w = this.words[k];
      if (w.end <= start) continue;
      for (const t of w.tokens) {
        if (t.end <= start || t.start >= end) continue;
        if (t.unknown || !/^(NNG|NNB|XSN)/.test(t.pos)) return false;
        seen = true;
      }
    }
    return seen;
  }

  /** The word before `i` when only one space separates them. */
  private prevAdjacent(i: number): number | undefined {
    if (i === 0 || i >= this.words.length) return undefined;
    const p = this.words[i - 1];
    return this.words[i].start === p.wordEnd + 1 && this.text.charCodeAt(p.wordEnd) === 0x20
      ? i - 1
      : undefined;
  }

  /** Moves `start` left over name words written before a suffixed name (no particle between). */
  private extendLeft(i: number, start: number): number {
    for (let steps = 0; steps < 2; steps++) {
      const gapStart = start - 1;
      if (this.text[gapStart] !== ' ') break;
      let p: number | undefined;
      const paren =
        this.text[gapStart - 1] === ')' ? this.parenByClose.get(gapStart - 1) : undefined;
      if (paren) p = paren.owner;
      else p = this.byEnd.get(gapStart);
      if (p === undefined || p >= i) break;
      const pw = this.words[p];
      if (!paren && pw.tail !== '') break;
      if (paren && this.words[p].wordEnd !== paren.open) break;
      // `2일(현지시간) 영국 국방부`, `위해 청와대`, `그러나 유럽중앙은행`: no name before it
      if (functionWord(pw)) break;
      const isPlace =
        pw.tokens.length > 0 && pw.tokens.every((t) => t.pos === 'NNP' && t.features[0] === '지명');
      const listed = this.listedSpan(pw.start, pw.end) !== undefined;
      const head = KO_BODY_HEADS.has(pw.text);
      if (!(isPlace || listed || paren || head || this.nameLike(p)) || NOT_NAMES.has(pw.text))
        break;
      // a person before an affiliation is not part of it (`이경무 서울대 교수`)
      if (
        !paren &&
        !head &&
        (personName(pw) ||
          pw.tokens.some(
            (t) => t.features[0] === '인명' && t.end === pw.end && t.start === pw.start,
          ))
      )
        break;
      if (!head && matchSuffix(pw.text)) break;
      // `개발사 온유생명과학`: a kind noun before a name describes it
      if (typeNounAtEnd(pw.text)) break;
      start = pw.start;
      i = p;
    }
    return start;
  }

  /** Looks like a name rather than a dictionary word. */
  private nameLike(i: number): boolean {
    const w = this.words[i];
    if (w.text.length < 2 || NOT_NAMES.has(w.text)) return false;
    if (this.listedSpan(w.start, w.end) === false) return true;
    if (allLatinName(w.text)) return /[A-Z0-9]/.test(w.text);
    if (w.next === '(') {
      const p = this.parenByOwner.get(i);
      if (p && (allHan(p.content) || allLatinName(p.content.replace(/ /g, '')))) return true;
    }
    return looksForeign(w.tokens, w.text);
  }

  private typeBefore(pos: number): EntityType | null {
    // the word right before a quote, separated by a space or nothing
    let e = pos;
    while (e > this.region.start && this.text[e - 1] === ' ') e--;
    const wi = this.wordEndingAt(e);
    if (wi === undefined) return null;
    const w = this.words[wi];
    if (w.tail !== '' && w.tail !== '인' && w.tail !== '이자') return null;
    return typeNounAtEnd(w.text);
  }

  private typeAfter(pos: number): EntityType | null {
    let s = pos;
    while (s < this.region.end && this.text[s] === ' ') s++;
    const wi = this.byStart.get(s);
    if (wi === undefined) return null;
    const w = this.words[wi];
    return KO_FOLLOWING_TYPE_NOUNS[w.text] ?? null;
  }

  private wordEndingAt(pos: number): number | undefined {
    for (let k = this.words.length - 1; k >= 0; k--) {
      if (this.words[k].wordEnd === pos) return k;
      if (this.words[k].wordEnd < pos) break;
    }
    return undefined;
  }

  private findParens(): void {
    this.words.forEach((w, i) => {
      if (w.next !== '(') return;
      const open = w.wordEnd;
      const close = indexOfWithin(
        this.text,
        ')',
        open + 1,
        Math.min(this.region.end + 1, open + 41),
      );
      if (close < 0) return;
      const content = this.text.slice(open + 1, close);
      if (content.includes('(') || content.includes('\n')) return;
      const p: Paren = { open, close, content, owner: i };
      this.parens.push(p);
      this.parenByOwner.set(i, p);
      this.parenByClose.set(close, p);
    });
  }

  private findQuotes(): void {
    const t = this.text;
    // Searched only up to the region's end, and a closing quote only as far as it may be.
    const hay = t.slice(0, this.region.end);
    QUOTE_SEARCH.lastIndex = this.region.start;
    for (let found = QUOTE_SEARCH.exec(hay); found; found = QUOTE_SEARCH.exec(hay)) {
      const i = found.index;
      const closeCh = QUOTE_PAIRS[t[i]];
      const j = indexOfWithin(t, closeCh, i + 1, Math.min(this.region.end, i + 42));
      if (j < 0) continue;
      const content = t.slice(i + 1, j);
      if (!content.trim() || content.includes('\n') || content !== content.trim()) {
        continue;
      }
      this.quotes.push({ start: i + 1, end: j, text: content });
      QUOTE_SEARCH.lastIndex = j + 1;
    }
  }
}

const SUFFIXES = new EndingTable(KO_ORG_SUFFIXES);
const TYPE_NOUNS = new EndingTable(KO_TYPE_NOUNS);
const AFFILIATIONS = new EndingTable(KO_TITLE_AFFILIATIONS);
/** Particles a name a cue types may carry (`기업 뱅크샐러드도`); others end the cue's reach. */
const TYPED_TAILS = new Set([
  '',
  '는',
  '은',
  '가',
  '이',
  '와',
  '과',
  '의',
  '를',
  '을',
  '도',
  '만',
  '에서',
  '로',
  '으로',
]);
const TITLES = new EndingTable(Object.fromEntries([...KO_PERSON_TITLES].map((t) => [t, true])));
/** Words repeat across an article and a corpus: whether an exception holds is remembered. */
const exceptMemo = new Map<string, boolean>();

function matchSuffix(word: string): EndingHit<SuffixRule> | undefined {
  const hit = SUFFIXES.longest(word);
  const except = hit?.value.except;
  if (!hit || !except) return hit;
  let excepted = exceptMemo.get(word);
  if (excepted === undefined) {
    const endings = hit.value.exceptEndings === true;
    excepted = except.some((e) => word === e || (endings && word.endsWith(e)));
    if (exceptMemo.size > 50_000) exceptMemo.clear();
    exceptMemo.set(word, excepted);
  }
  return excepted ? undefined : hit;
}

function typeNounAtEnd(word: string): EntityType | null {
  return TYPE_NOUNS.longest(word)?.value ?? null;
}

/** The kind of body a title is held in (`대표` → company), by the title's ending. */
function affiliationType(title: string): EntityType | null {
  return AFFILIATIONS.longest(title)?.value ?? null;
}

/** A title, with at most two syllables before it in the same word (`정책실장`, `외무장관`). */
function endsWithTitle(word: string): boolean {
  return TITLES.longest(word, 2) !== undefined;
}

/** A Korean personal name: two to four syllables starting with a family name, no particle. */
function personName(w: Word): boolean {
  if (w.tail !== '' || w.text.length < 2 || w.text.length > 4 || NOT_NAMES.has(w.text))
    return false;
  for (let k = 0; k < w.text.length; k++) if (!isHangul(w.text.charCodeAt(k))) return false;
  if (!(startsWithSurname(w.text) || KO_SURNAMES.has(w.text.slice(0, 2)))) return false;
  // four syllables are a two-syllable family name and a given name (`남궁민수`), not `유엔주재`
  if (w.text.length === 4 && !KO_SURNAMES.has(w.text.slice(0, 2))) return false;
  // `이스탄불`, `이란` start with a family name too
  if (w.tokens.some((t) => t.features[0] === '지명')) return false;
  // `지난달` is 지나(verb)+ㄴ+달: no name starts with a verb
  if (w.tokens.length > 0 && w.tokens[0].pos.startsWith('V')) return false;
  // a single common noun (`정부`, `업계`) is not a name; names come out as NNP or split oddly
  if (w.tokens.length === 1 && w.tokens[0].pos !== 'NNP' && w.text.length === 2) return false;
  // nor is a longer word the dictionary knows whole as a common noun (`이재민`, `이용자`,
  // `전세계`): names it does not list come out unknown or in pieces
  if (w.tokens.length === 1 && w.tokens[0].pos.startsWith('NNG') && !w.tokens[0].unknown) {
    return false;
  }
  return !matchSuffix(w.text);
}

/**
 * `이어 황교안`, `분한 김준현 씨`, `알려진 김정은`: a verb or adverb before a Korean full name, which
 * reads as odd pieces of a transliteration, is not a given name before it.
 */
function afterFunctionWord(before: Word, name: Word): boolean {
  return name.text.length >= 3 && functionWord(before) && personName(name);
}

/** A word made of verbs, endings, adverbs, conjunctions or numbers only: never part of a name. */
function functionWord(w: Word): boolean {
  if (/^\d/.test(w.text)) return true;
  return w.tokens.length > 0 && w.tokens.every((t) => FUNCTION_POS.test(t.pos));
}
const FUNCTION_POS = /^(V|E|MAG|MAJ|MM|IC|J|SN|NNBC|XS)/;

function tokensBefore(w: Word, pos: number): Token[] {
  return w.tokens.filter((t) => t.start < pos);
}

/**
 * A part the dictionary does not know as a common word: a proper noun, an unknown word, Latin or
 * Hanja letters, or a word it could only split into odd pieces (`중/커/위/엔` for 중커위엔).
 */
function looksForeign(tokens: Token[], text: string): boolean {
  if (tokens.length === 0) return /[\p{L}]/u.test(text);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.unknown || t.pos === 'NNP' || t.pos === 'SL' || t.pos === 'SH') return true;
    if (ODD_INSIDE.test(t.pos)) return true;
  }
  return false;
}
