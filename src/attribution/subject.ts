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

type Role = 'topic' | 'possessive' | 'bare' | null;

interface Candidate extends TextSpan {
  entity: number | null;
  type: EntityType | null;
}

/** Things that do not own money: the figure is about their price or market, not theirs. */
const NOT_OWNERS = new Set<EntityType>(['product', 'model']);

const KO_CLOSERS = /^[’'"”)\]」』]*/;
const KO_TOPIC = /^(?:은|는|이|가|도|측은|측이|측도|측의)(?=[\s,]|$)/;
const KO_POSSESSIVE = /^의(?=\s)/;

const EN_POSSESSIVE = /^['’]s?\b/;
const EN_AFTER_PREPOSITION =
  /\b(?:in|at|on|from|to|by|with|for|of|than|against|into|over|like|including|about|between|versus|vs\.?|and|or|as)\s+(?:the\s+)?$/i;
const EN_SPEAKER = /^,?\s+(?:said|says|told|added|noted|according)\b/i;

/** Text just after a span, the distance a particle or possessive can be. */
const after = (ctx: SentenceContext, s: Span): string => ctx.text.slice(s.end, s.end + 6);

function koreanRole(ctx: SentenceContext, s: Span): Role {
  const rest = after(ctx, s).replace(KO_CLOSERS, '');
  if (KO_TOPIC.test(rest)) return 'topic';
  if (KO_POSSESSIVE.test(rest)) return 'possessive';
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

/** `중국 정부는`: a party noun with a particle, and the name before it when it qualifies it. */
function partyCandidates(ctx: SentenceContext, f: Figure): Candidate[] {
  const out: Candidate[] = [];
  for (const p of ctx.parties) {
    if (p.end > f.money.start) break;
    const role = koreanRole(ctx, p);
    if (role !== 'topic' && role !== 'possessive') continue;
    if (ctx.mentions.some((m) => m.start <= p.start && p.end <= m.end)) continue;
    const qualifier = ctx.mentions.find(
      (m) => m.end <= p.start && /^\s?$/.test(ctx.text.slice(m.end, p.start)),
    );
    const start = qualifier ? qualifier.start : p.start;
    out.push({
      start,
      end: p.end,
      text: ctx.text.slice(start, p.end),
      entity: null,
      type: null,
    });
  }
  return out;
}

export function subjectOf(
  ctx: SentenceContext,
  f: Figure,
  found: MeasureFound,
): MoneySubject | null {
  const candidates: Candidate[] = [];
  for (const m of ctx.mentions) {
    if (m.end > f.money.start) break;
    const role = ctx.korean ? koreanRole(ctx, m) : englishRole(ctx, m);
    if (owns(m, role, found, f)) candidates.push(m);
  }
  if (ctx.korean) candidates.push(...partyCandidates(ctx, f));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.start - b.start);
  const pick = preferred(candidates, found.measure);
  return { entity: pick.entity, text: pick.text, start: pick.start, end: pick.end };
}

/**
 * The nearest candidate; a person only where pay is the measure or no organisation is named
 * (`김 대표는 "매출이 10조원"`: the company's revenue, not the speaker's).
 */
function preferred(candidates: Candidate[], measure: MoneyMeasure | null): Candidate {
  const nearest = candidates[candidates.length - 1];
  if (measure === 'wage' || nearest.type !== 'person') return nearest;
  const organisation = candidates.filter((c) => c.type !== 'person').pop();
  return organisation ?? nearest;
}
