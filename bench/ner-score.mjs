// Pure NER scoring: exact-span precision/recall/F1, per type, micro and macro, typed and untyped.
// Kept apart from the harness (eval-entities.mjs) so that it can be unit-tested with hand-made
// examples and no analyzer.
//
// Matching is one-to-one: a gold span can be credited to at most one prediction, so a duplicated
// prediction costs precision. A right span with the wrong type is a false positive of the predicted
// type and a false negative of the gold type in the typed score, and a hit in the untyped score.

const key = (e) => `${e.start}:${e.end}`;

/** P/R/F1 from counts; 0/0 counts as 0, as in seqeval and conlleval. */
export function prf(tp, fp, fn) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Pairs predictions with gold spans one-to-one. `sameClass(g, p)` decides whether a pair may match
 * (besides equal offsets). Returns the matched, unmatched-gold and unmatched-predicted entities.
 */
function match(goldEntities, predEntities, sameClass) {
  const open = new Map();
  for (const g of goldEntities) {
    const k = key(g);
    if (!open.has(k)) open.set(k, []);
    open.get(k).push(g);
  }
  const hits = [];
  const falsePos = [];
  for (const p of predEntities) {
    const candidates = open.get(key(p)) ?? [];
    const i = candidates.findIndex((g) => sameClass(g, p));
    if (i >= 0) hits.push({ gold: candidates.splice(i, 1)[0], pred: p });
    else falsePos.push(p);
  }
  const falseNeg = [...open.values()].flat();
  return { hits, falsePos, falseNeg };
}

/** Explains why a false positive or negative missed, from the other side's spans. */
function diagnose(entity, others) {
  const sameSpan = others.find((o) => o.start === entity.start && o.end === entity.end);
  if (sameSpan) return { kind: 'type', other: sameSpan };
  const overlap = others.find((o) => o.start < entity.end && entity.start < o.end);
  if (overlap) return { kind: 'boundary', other: overlap };
  return { kind: 'none', other: null };
}

/**
 * Scores predictions against gold.
 *
 * @param gold      documents `{ id, text?, entities: [{ start, end, type }] }`
 * @param predicted documents with the same ids (order free); a gold id without predictions counts
 *                  as predicting nothing; predicted ids absent from gold are an error
 * @returns `{ perType, micro, macro, untyped, documents, errors }` where `perType[type]` and
 *          `micro`/`untyped` are `{ tp, fp, fn, precision, recall, f1, support }`, `macro` is
 *          `{ precision, recall, f1, types }` averaged over every type seen in gold or predictions,
 *          and `errors` lists every false positive and negative with a diagnosis
 */
export function score(gold, predicted) {
  const predById = new Map();
  for (const doc of predicted) {
    if (predById.has(doc.id)) throw new Error(`duplicate predicted document id ${doc.id}`);
    predById.set(doc.id, doc.entities);
  }
  const goldIds = new Set();
  const counts = new Map();
  const bump = (type, field) => {
    if (!counts.has(type)) counts.set(type, { tp: 0, fp: 0, fn: 0 });
    counts.get(type)[field] += 1;
  };
  const untyped = { tp: 0, fp: 0, fn: 0 };
  const errors = [];

  for (const doc of gold) {
    if (goldIds.has(doc.id)) throw new Error(`duplicate gold document id ${doc.id}`);
    goldIds.add(doc.id);
    const preds = predById.get(doc.id) ?? [];
    const typed = match(doc.entities, preds, (g, p) => g.type === p.type);
    for (const { gold: g } of typed.hits) bump(g.type, 'tp');
    for (const p of typed.falsePos) {
      bump(p.type, 'fp');
      errors.push({ id: doc.id, error: 'fp', entity: p, ...diagnose(p, doc.entities) });
    }
    for (const g of typed.falseNeg) {
      bump(g.type, 'fn');
      errors.push({ id: doc.id, error: 'fn', entity: g, ...diagnose(g, preds) });
    }
    const spans = match(doc.entities, preds, () => true);
    untyped.tp += spans.hits.length;
    untyped.fp += spans.falsePos.length;
    untyped.fn += spans.falseNeg.length;
  }
  for (const id of predById.keys()) {
    if (!goldIds.has(id)) throw new Error(`predicted document ${id} is not in the gold set`);
  }

  const perType = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type);
    perType[type] = { ...prf(c.tp, c.fp, c.fn), support: c.tp + c.fn };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const types = Object.keys(perType);
  const mean = (field) =>
    types.length === 0 ? 0 : types.reduce((s, t) => s + perType[t][field], 0) / types.length;
  return {
    perType,
    micro: { ...prf(total.tp, total.fp, total.fn), support: total.tp + total.fn },
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1'), types },
    untyped: { ...prf(untyped.tp, untyped.fp, untyped.fn), support: untyped.tp + untyped.fn },
    documents: gold.length,
    errors,
  };
}

/** Renames types on both sides (e.g. every organisation kind to `organization`) before scoring. */
export function mapTypes(docs, typeMap) {
  return docs.map((doc) => ({
    ...doc,
    entities: doc.entities.map((e) => ({ ...e, type: typeMap[e.type] ?? e.type })),
  }));
}

/** The contract's organisation kinds folded into one class, for comparison with PS/LC/OG sets. */
export const COARSE_TYPES = Object.freeze({
  company: 'organization',
  institute: 'organization',
  government: 'organization',
  media: 'organization',
  organization: 'organization',
});

/**
 * sinmun's types in KLUE-NER's classes. Organisation kinds are OG, people PS, places LC. KLUE tags
 * no artifacts (its fine scheme's AF_* never reach the coarse OG/PS/LC/DT/TI/QT), so models and
 * products have no class and are left out of the score, like KLUE's DT/TI/QT.
 */
export const KLUE_TYPES = Object.freeze({
  company: 'OG',
  institute: 'OG',
  government: 'OG',
  media: 'OG',
  organization: 'OG',
  person: 'PS',
  place: 'LC',
});

/** Maps types with `typeMap` and drops entities whose type it does not name. */
export function keepMapped(docs, typeMap) {
  return docs.map((doc) => ({
    ...doc,
    entities: doc.entities.flatMap((e) => {
      const type = typeMap[e.type] ?? (Object.values(typeMap).includes(e.type) ? e.type : null);
      return type === null ? [] : [{ ...e, type }];
    }),
  }));
}

/**
 * The blind quarter of a gold file: every 4th document (the 4th, 8th, …). Fixed before any error
 * was read; `tune` is the other three quarters.
 */
export function splitPart(docs, part) {
  if (part === 'all') return docs;
  const blind = (i) => i % 4 === 3;
  return docs.filter((_, i) => (part === 'blind' ? blind(i) : !blind(i)));
}
