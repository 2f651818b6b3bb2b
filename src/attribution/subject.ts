/**
 * Whose money a figure is: the nearest mention before it in its sentence that stands as the
 * clause's topic or subject (`삼성전자는`, `Samsung said`), owns the measure (`삼성전자의 매출`,
 * `Apple's revenue`), or heads the measure word bare (`삼성전자 3분기 영업이익`). A party noun
 * with a particle (`중국 정부는`) is a subject that is not a named entity. Nothing qualifying →
 * null: a wrong subject is worse than none.
 */
import type { EntityType, MoneyMeasure, MoneySubject, Span, TextSpan } from '../types.js';
import type { MeasureFound } from './measure.js';
import type { Figure, MentionRef, SentenceContext } from './sentence-context.js';

/** How a mention stands to the figure's clause; `recipient` is `구글에 과징금`, the one fined. */
type Role = 'topic' | 'possessive' | 'bare' | 'recipient' | null;

interface Candidate extends TextSpan {
  entity: number | null;
  type: EntityType | null;
  role: Role;
}

/** Things that do not own money: the figure is about their price or market, not theirs. */
const NOT_OWNERS = new Set<EntityType>(['product', 'model']);

const KO_CLOSERS = /^[’'"”)\]」』]*/;
const KO_TOPIC = /^들?(?:은|는|이|가|도|측은|측이|측도)(?=[\s,]|$)/;
const KO_POSSESSIVE = /^들?(?:의|측의)(?=\s)/;
const KO_RECIPIENT = /^(?:에|에게|에게는|에는|에\s*대해)(?=\s)/;

const EN_POSSESSIVE = /^['’]s?\b/;
const EN_AFTER_PREPOSITION =
  /\b(?:in|at|on|from|to|by|with|for|of|than|against|into|over|like|including|about|between|versus|vs\.?|and|or|as)\s+(?:the\s+)?$/i;
const EN_SPEAKER = /^,?\s+(?:said|says|told|added|noted|according)\b/i;
/** Where an English clause starts: the owner of a figure after `, while` is named after it. */
const EN_CLAUSE_BREAK = /[;:]|,\s+(?:while|whereas|but|and|although|though|as)\b/gi;

/** Text just after a span, the distance a particle or possessive can be. */
const after = (ctx: SentenceContext, s: Span): string => ctx.text.slice(s.end, s.end + 6);

function koreanRole(ctx: SentenceContext, s: Span): Role {
  const rest = after(ctx, s).replace(KO_CLOSERS, '');
  if (KO_TOPIC.test(rest)) return 'topic';
  // A headline's topic is set off by a comma: `삼성전자, 3분기 영업이익 10조원`.
  if (s.start === ctx.span.start && rest.startsWith(',')) return 'topic';
  if (KO_POSSESSIVE.test(rest)) return 'possessive';
  if (KO_RECIPIENT.test(rest)) return 'recipient';
  if (/^\s/.test(rest)) return 'bare';
  return null;
}

function englishRole(ctx: SentenceContext, m: MentionRef): Role {
  const rest = after(ctx, m);
  if (EN_POSSESSIVE.test(rest)) return 'possessive';
  const before = ctx.text.slice(Math.max(ctx.span.start, m.start - 20), m.start);
  if (EN_AFTER_PREPOSITION.test(before)) return null;
  if (m.type === 'person' && EN_SPEAKER.test(ctx.text.slice(m.end, m.end + 12))) return null;
  return m.type === 'place' ? null : 'topic';
}

/** The mention may own the figure in its role (`중국의 시장 규모` is not China's money). */
function owns(m: MentionRef, role: Role, found: MeasureFound, f: Figure): boolean {
  if (role === null || NOT_OWNERS.has(m.type)) return false;
  if (role === 'recipient') return found.measure === 'fine';
  if (role === 'possessive') return m.type !== 'place';
  if (role === 'bare') {
    // Only a name heading its figure's measure word: `삼성전자 (3분기) 영업이익 10조원`.
    const hit = found.hit;
    return (
      m.type !== 'place' &&
      m.type !== 'person' &&
      hit !== null &&
      hit.start >= m.end &&
      hit.end <= f.money.start &&
      hit.start - m.end <= 12
    );
  }
  return true;
}

/**
 * `중국 정부는`, `텍사스 송전회사들이`: a party noun ending its word, with a particle, and the name
 * before it when that qualifies it.
 */
function partyCandidates(ctx: SentenceContext, f: Figure): Candidate[] {
  const out: Candidate[] = [];
  for (const p of ctx.parties) {
    if (p.end > f.money.start) break;
    const role = koreanRole(ctx, p);
    if (role !== 'topic' && role !== 'possessive') continue;
    if (ctx.mentions.some((m) => m.start <= p.start && p.end <= m.end)) continue;
    let start = p.start;
    while (start > ctx.span.start && /[가-힣]/.test(ctx.text[start - 1])) start--;
    const qualifier = ctx.mentions.find(
      (m) => m.end <= start && /^\s?$/.test(ctx.text.slice(m.end, start)),
    );
    if (qualifier) start = qualifier.start;
    const end = ctx.text[p.end] === '들' ? p.end + 1 : p.end;
    out.push({ start, end, text: ctx.text.slice(start, end), entity: null, type: null, role });
  }
  return out;
}

export function subjectOf(
  ctx: SentenceContext,
  f: Figure,
  found: MeasureFound,
): MoneySubject | null {
  const from = Math.max(
    ctx.korean ? ctx.span.start : englishClauseStart(ctx, f),
    bracketStart(ctx, f),
  );
  const candidates: Candidate[] = [];
  for (const m of ctx.mentions) {
    if (m.end > f.money.start) break;
    if (m.start < from) continue;
    const role = ctx.korean ? koreanRole(ctx, m) : englishRole(ctx, m);
    if (owns(m, role, found, f)) candidates.push({ ...m, role });
  }
  if (ctx.korean) candidates.push(...partyCandidates(ctx, f));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.start - b.start);
  const pick = ctx.korean ? preferred(candidates, found.measure) : englishPick(candidates, found);
  return { entity: pick.entity, text: pick.text, start: pick.start, end: pick.end };
}

/**
 * A figure inside brackets is read in them: `01.AI는 … 유니콘(기업가치 10억 달러 이상의 비상장사)`
 * glosses a word, and the name outside does not own the gloss's figure.
 */
function bracketStart(ctx: SentenceContext, f: Figure): number {
  let depth = 0;
  for (let i = f.money.start - 1; i >= ctx.span.start; i--) {
    const c = ctx.text[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return ctx.span.start;
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
 * The nearest candidate; the one fined for a fine; a person only where pay is the measure or no
 * organisation is named (`김 대표는 "매출이 10조원"`: the company's revenue, not the speaker's).
 */
function preferred(candidates: Candidate[], measure: MoneyMeasure | null): Candidate {
  const recipient = candidates.filter((c) => c.role === 'recipient').pop();
  if (recipient) return recipient;
  const nearest = candidates[candidates.length - 1];
  if (measure === 'wage' || nearest.type !== 'person') return nearest;
  const organisation = candidates.filter((c) => c.type !== 'person').pop();
  return organisation ?? nearest;
}

/**
 * English names the owner first (`Microsoft agreed to buy Activision for $68.7 billion`), unless
 * a possessive names it at the measure (`Samsung said Apple's revenue`); a fine is the fined
 * one's (`The EU fined Google €2.4 billion`).
 */
function englishPick(candidates: Candidate[], found: MeasureFound): Candidate {
  const possessive = candidates.filter((c) => c.role === 'possessive').pop();
  if (possessive) return possessive;
  if (found.measure === 'fine') return candidates[candidates.length - 1];
  const first = candidates[0];
  if (found.measure === 'wage' || first.type !== 'person') return first;
  return candidates.find((c) => c.type !== 'person') ?? first;
}
