/**
 * Whose money a figure is: the nearest mention before it in its sentence that stands as the
 * clause's topic or subject (`삼성전자는`, `Samsung said`), owns the measure (`삼성전자의 매출`,
 * `Apple's revenue`), or heads the measure word bare (`삼성전자 3분기 영업이익`). A party noun
 * with a particle (`중국 정부는`) is a subject that is not a named entity. Nothing qualifying →
 * null: a wrong subject is worse than none.
 */
import type { EntityType, MoneyMeasure, MoneySubject, Span, TextSpan } from '../types.js';
import { KO_INVESTIGATORS, KO_THRESHOLD_WORDS, type PartyKind } from './cue-words.js';
import type { MeasureFound } from './measure.js';
import type { Figure, MentionRef, SentenceContext } from './sentence-context.js';

/**
 * How a mention stands to the figure's clause: `recipient` (`구글에 과징금`) and `object`
 * (`허 전 회장을 … 벌금`) name the one fined.
 */
type Role = 'topic' | 'possessive' | 'bare' | 'recipient' | 'object' | null;

interface Candidate extends TextSpan {
  entity: number | null;
  type: EntityType | null;
  role: Role;
  /** For a party noun: a body or people. */
  kind?: PartyKind;
}

/** Things that do not own money: the figure is about their price or market, not theirs. */
const NOT_OWNERS = new Set<EntityType>(['product', 'model']);
/** Who may sell at a price (`AT&T`): not a country, a government, or a buyer (`주민들은 … 내야`). */
const SELLERS = new Set<EntityType | null>(['company', 'organization', 'institute', 'media']);

/** Measures a country owns as a party. */
const TRADE = new Set<MoneyMeasure | null>(['exports', 'imports']);

const KO_CLOSERS = /^[’'"”)\]」』]*/;
/**
 * A title between a person's name and its particle (`부시 미 대통령은`, `허 전 회장을`), or `씨`
 * after a surname spanned alone (`정씨는`, `A씨는`).
 */
const KO_TITLE =
  /^(?:\s*씨|\s+(?:(?:미|전|현|신임|당시|前)\s+)?(?:대통령|부회장|회장|사장|대표|후보|캠프|의원|상원의원|하원의원|장관|총리|감독|선수|총재|위원장|의장|원장|시장|지사|씨))/;
/** `왕씨 등은`: the first of several named still stands as the topic. */
const KO_TOPIC = /^(?:들|\s*등)?(?:은|는|이|가|도|측은|측이|측도|의\s+경우)(?=[\s,]|$)/;
const KO_POSSESSIVE = /^들?(?:의|측의)(?=\s)/;
/** `유튜브에 대한 … 소송`: what a claim is about, not who receives money. */
const KO_RECIPIENT = /^(?:에|에게|에게는|에는)(?=\s)(?!\s+대(?:한|해))/;
/** A cost done to someone (`회사에 200억원대의 손해를 끼친`): the one it is done to bears it. */
/** A relative clause that makes the one it describes the seller of a price. */
const KO_SELLING = /판매|팔/;
const KO_INFLICTING = /끼치|끼친|끼쳐|끼쳤|끼칠|입히|입힌|입혀|입혔/;
const KO_OBJECT = /^(?:을|를)(?=\s)/;
/** A verb after a fine that makes the topic its imposer, not its payer (`법원은 … 부과했다`). */
const KO_IMPOSING = /부과|구형|선고|물리|매기|명령/;
/** Between a figure and the name its relative clause describes (`를 받는`, `에 판매하겠다고 한`). */
const RELATIVE_CLAUSE = /^[을를이가에]?\s*(?:[가-힣]+\s+)?[가-힣]*(?:는|은|한|던|된|인)\s+$/;
/** Between a possessive and the figure or its measure word: no clause of its own. */
const KO_CLAUSE_PARTICLE = /[은는이가을를에의]\s/;

const EN_POSSESSIVE = /^['’]s?\b/;
const EN_AFTER_PREPOSITION =
  /\b(?:in|at|on|from|to|by|with|for|of|than|against|into|over|like|including|about|between|versus|vs\.?|and|or|as)\s+(?:the\s+)?$/i;
const EN_SPEAKER = /^,?\s+(?:said|says|told|added|noted|according)\b/i;
/** Where an English clause starts: the owner of a figure after `, while` is named after it. */
const EN_CLAUSE_BREAK = /[;:]|,\s+(?:while|whereas|but|and|although|though|as)\b/gi;

function koreanRole(ctx: SentenceContext, s: Span, person: boolean): Role {
  let rest = ctx.text.slice(s.end, s.end + 16).replace(KO_CLOSERS, '');
  if (person) rest = rest.replace(KO_TITLE, '');
  if (KO_TOPIC.test(rest)) return 'topic';
  // A headline's topic is set off by a comma: `삼성전자, 3분기 영업이익 10조원`.
  if (s.start === ctx.span.start && rest.startsWith(',')) return 'topic';
  if (KO_POSSESSIVE.test(rest)) return 'possessive';
  if (KO_RECIPIENT.test(rest)) return 'recipient';
  if (KO_OBJECT.test(rest)) return 'object';
  if (/^\s/.test(rest)) return 'bare';
  return null;
}

function englishRole(ctx: SentenceContext, m: MentionRef): Role {
  const rest = ctx.text.slice(m.end, m.end + 6);
  if (EN_POSSESSIVE.test(rest)) return 'possessive';
  const before = ctx.text.slice(Math.max(ctx.span.start, m.start - 20), m.start);
  if (EN_AFTER_PREPOSITION.test(before)) return null;
  if (m.type === 'person' && EN_SPEAKER.test(ctx.text.slice(m.end, m.end + 12))) return null;
  return m.type === 'place' ? null : 'topic';
}

/**
 * A Korean possessive owns the figure only when it governs it: `삼성전자의 3분기 영업이익은
 * 10조원`, `비아콤의 10억 달러 손해배상`, not `정부의 연구학자들이 이 1억 달러짜리 설비`.
 */
function governs(ctx: SentenceContext, s: Span, found: MeasureFound, f: Figure): boolean {
  if (!ctx.korean) return true;
  const from = ctx.text.indexOf('의', s.end) + 1;
  const hit = found.hit;
  const to = hit && hit.start >= from && hit.end <= f.money.start ? hit.start : f.money.start;
  const gap = ctx.text.slice(from, to);
  return gap.length <= 16 && !KO_CLAUSE_PARTICLE.test(gap);
}

function inflicted(ctx: SentenceContext, f: Figure, found: MeasureFound): boolean {
  return found.measure === 'cost' && KO_INFLICTING.test(ctx.text.slice(f.end, f.end + 16));
}

const THRESHOLD = new Set(KO_THRESHOLD_WORDS.map((w) => w.replace(/\s+/g, '')));

const INVESTIGATOR = new RegExp(`(?:${KO_INVESTIGATORS.join('|')})$`);

/** The mention may own the figure in its role (`중국의 시장 규모` is not China's money). */
function owns(ctx: SentenceContext, c: Candidate, found: MeasureFound, f: Figure): boolean {
  const { role, type } = c;
  if (role === null || (type !== null && NOT_OWNERS.has(type))) return false;
  if (ctx.korean && found.measure !== 'budget' && INVESTIGATOR.test(c.text)) return false;
  if (found.measure === 'price' && !(SELLERS.has(type) || c.kind === 'body')) return false;
  if (role === 'recipient' && inflicted(ctx, f, found)) return true;
  if (role === 'recipient' || role === 'object') {
    return found.measure === 'fine' && (type === null || type === 'person' || type === 'company');
  }
  // A country is a party to its own trade (`한국 우표수출은 70달러`), elsewhere only a place.
  const place = type === 'place' && !TRADE.has(found.measure);
  if (role === 'possessive') return !place && governs(ctx, c, found, f);
  if (role === 'bare') {
    // Only a name heading its figure's measure word: `삼성전자 (3분기) 영업이익 10조원`.
    const hit = found.hit;
    return (
      type !== null &&
      !place &&
      type !== 'person' &&
      hit !== null &&
      hit.start >= c.end &&
      hit.end <= f.money.start &&
      hit.start - c.end <= 12
    );
  }
  return true;
}

/** Words before a party noun that do not belong to its phrase (`일부 텍사스 송전회사들`). */
const DETERMINERS = new Set(['이', '그', '저', '일부', '모든', '각', '이들', '여러', '한', '해당']);

/**
 * `중국 정부는`, `텍사스 송전회사들이`, `아이 엄마는`: a party noun ending its word, with a
 * particle, and the name or bare noun before it that qualifies it.
 */
function partyCandidates(ctx: SentenceContext, after: number, before: number): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (const p of ctx.parties) {
    if (p.end > before) break;
    if (p.start < after) continue;
    if (ctx.mentions.some((m) => m.start <= p.start && p.end <= m.end)) continue;
    let start = p.start;
    while (start > ctx.span.start && /[가-힣]/.test(text[start - 1])) start--;
    const qualifier = ctx.mentions.find(
      (m) => m.end <= start && /^\s?$/.test(text.slice(m.end, start)),
    );
    if (qualifier) start = qualifier.start;
    else {
      const lead = text.slice(Math.max(ctx.span.start, start - 8), start);
      const word = /([가-힣A-Za-z]{1,6})\s$/.exec(lead);
      if (word && !DETERMINERS.has(word[1]) && !/[은는이가을를의에도로한된던인]$/.test(word[1])) {
        start -= word[0].length;
      }
    }
    const end = text[p.end] === '들' ? p.end + 1 : p.end;
    const role = koreanRole(ctx, { start: p.start, end }, false);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      entity: null,
      type: null,
      role,
      kind: p.value,
    });
  }
  return out;
}

export function subjectOf(
  ctx: SentenceContext,
  f: Figure,
  found: MeasureFound,
): MoneySubject | null {
  // A sentence that does not say what the money is does not say whose it is either, reliably.
  if (found.measure === null) return null;
  const hit = found.hit;
  if (hit && THRESHOLD.has(ctx.text.slice(hit.start, hit.end).replace(/\s+/g, ''))) return null;
  const from = Math.max(
    ctx.korean ? ctx.span.start : englishClauseStart(ctx, f),
    bracketStart(ctx, f),
  );
  const candidates = candidatesBefore(ctx, f, found, from);
  const pick = ctx.korean
    ? (koreanPick(ctx, f, found, candidates) ??
      namedAfter(ctx, f, found) ??
      headingAfter(ctx, f, found))
    : englishPick(candidates, found);
  return pick && { entity: pick.entity, text: pick.text, start: pick.start, end: pick.end };
}

function candidatesBefore(
  ctx: SentenceContext,
  f: Figure,
  found: MeasureFound,
  from: number,
): Candidate[] {
  const all: Candidate[] = [];
  for (const m of ctx.mentions) {
    if (m.end > f.money.start) break;
    if (m.start < from) continue;
    const role = ctx.korean ? koreanRole(ctx, m, m.type === 'person') : englishRole(ctx, m);
    all.push({ ...m, role });
  }
  if (ctx.korean) {
    all.push(...partyCandidates(ctx, from, f.money.start).filter((c) => c.start >= from));
  }
  return all.filter((c) => owns(ctx, c, found, f)).sort((a, b) => a.start - b.start);
}

/**
 * `연봉으로 1000만 달러를 받는 할리데이는`: with no owner before it, a figure in a relative
 * clause belongs to the name the clause describes.
 */
function namedAfter(ctx: SentenceContext, f: Figure, found: MeasureFound): Candidate | null {
  const limit = Math.min(ctx.span.end, f.end + 24);
  const after: Candidate[] = ctx.mentions
    .filter((m) => m.start >= f.end && m.start <= limit)
    .map((m) => ({ ...m, role: koreanRole(ctx, m, m.type === 'person') }));
  // `연봉 6천600만원 이상인 미혼 직장인은`: a party noun is described the same way.
  after.push(...partyCandidates(ctx, f.end, limit + 8).filter((c) => c.start <= limit));
  after.sort((a, b) => a.start - b.start);
  for (const c of after) {
    const between = ctx.text.slice(f.end, c.start);
    if (!RELATIVE_CLAUSE.test(between)) continue;
    if (c.role !== 'topic') return null;
    // `1유로에 판매하겠다고 한 부모`: the clause itself says the one described sells.
    const seller = found.measure === 'price' && KO_SELLING.test(between);
    return seller || owns(ctx, c, found, f) ? c : null;
  }
  return null;
}

/**
 * `570억원 이상의 국민연금 재정`: a name heading the measure word the figure modifies owns it,
 * as it would before the figure.
 */
function headingAfter(ctx: SentenceContext, f: Figure, found: MeasureFound): Candidate | null {
  const hit = found.hit;
  if (!hit || hit.start < f.end) return null;
  const m = ctx.mentions.find(
    (x) => x.start >= f.end && x.end <= hit.start && /^\s*$/.test(ctx.text.slice(x.end, hit.start)),
  );
  if (!m || m.type === 'place' || m.type === 'person' || NOT_OWNERS.has(m.type)) return null;
  if (!/^\s*(?:[가-힣]*\s+)?(?:의\s+)?$/.test(ctx.text.slice(f.end, m.start))) return null;
  return { ...m, role: 'bare' };
}

/**
 * A figure inside brackets or quotation marks is read in them: `01.AI는 … 유니콘(기업가치 10억
 * 달러 이상의 비상장사)` glosses a word, `갈리아니 부회장은 … “오늘은 1억5천만 유로였다가`
 * quotes speech; the name outside owns neither.
 */
function bracketStart(ctx: SentenceContext, f: Figure): number {
  let depth = 0;
  let quoted = -1;
  for (let i = f.money.start - 1; i >= ctx.span.start; i--) {
    const c = ctx.text[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (c === '”' && quoted < 0) quoted = -2;
    else if (c === '“' && quoted === -1) quoted = i + 1;
  }
  return quoted >= 0 ? quoted : ctx.span.start;
}

function englishClauseStart(ctx: SentenceContext, f: Figure): number {
  let start = ctx.span.start;
  EN_CLAUSE_BREAK.lastIndex = ctx.span.start;
  for (let m = EN_CLAUSE_BREAK.exec(ctx.text); m && m.index < f.money.start;) {
    start = m.index + m[0].length;
    m = EN_CLAUSE_BREAK.exec(ctx.text);
  }
  return start;
}

/**
 * Korean: a possessive that governs the figure (`애플의 매출 10조원`); for a fine, the one fined
 * (`구글에 과징금`), and never the court or prosecutor that imposes it; else the nearest topic, a
 * person only where pay is the measure or no organisation is named (`김 대표는 "매출이
 * 10조원"`: the company's revenue, not the speaker's).
 */
function koreanPick(
  ctx: SentenceContext,
  f: Figure,
  found: MeasureFound,
  candidates: Candidate[],
): Candidate | null {
  const last = (role: Role): Candidate | undefined =>
    candidates.filter((c) => c.role === role).pop();
  const possessive = last('possessive');
  if (possessive) return possessive;
  if (inflicted(ctx, f, found)) {
    const bearer = last('recipient');
    if (bearer) return bearer;
  }
  if (found.measure === 'fine') {
    const fined = last('recipient') ?? last('object');
    if (fined) return fined;
    if (KO_IMPOSING.test(ctx.text.slice(f.end, f.end + 16))) return null;
  }
  const rest = candidates.filter((c) => c.role === 'topic' || c.role === 'bare');
  if (rest.length === 0) return null;
  const nearest = rest[rest.length - 1];
  if (found.measure === 'wage' || nearest.type !== 'person') return nearest;
  return rest.filter((c) => c.type !== 'person' && c.type !== null).pop() ?? nearest;
}

/**
 * English names the owner first (`Microsoft agreed to buy Activision for $68.7 billion`), unless
 * a possessive names it at the measure (`Samsung said Apple's revenue`); a fine is the fined
 * one's (`The EU fined Google €2.4 billion`).
 */
function englishPick(candidates: Candidate[], found: MeasureFound): Candidate | null {
  if (candidates.length === 0) return null;
  const possessive = candidates.filter((c) => c.role === 'possessive').pop();
  if (possessive) return possessive;
  if (found.measure === 'fine') return candidates[candidates.length - 1];
  const first = candidates[0];
  if (found.measure === 'wage' || first.type !== 'person') return first;
  return candidates.find((c) => c.type !== 'person') ?? first;
}
