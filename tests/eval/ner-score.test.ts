// Hand-computed examples for the NER scorer and the harness's flattening, with a stub analyzer
// standing in for the real one.
import { describe, expect, it } from 'vitest';
import {
  COARSE_TYPES,
  KLUE_TYPES,
  keepMapped,
  mapTypes,
  prf,
  score,
  splitPart,
} from '../../bench/ner-score.mjs';
import type { ScoredDocument } from '../../bench/ner-score.mjs';
import { evaluate, flattenMentions, parseGold } from '../../bench/eval-entities.mjs';
import type { AnalyzedRecord } from '../../bench/eval-entities.mjs';

const doc = (id: string, ...entities: [number, number, string][]): ScoredDocument => ({
  id,
  entities: entities.map(([start, end, type]) => ({ start, end, type })),
});

describe('prf', () => {
  it('computes precision, recall and F1 and treats 0/0 as 0', () => {
    expect(prf(3, 2, 1)).toMatchObject({ precision: 0.6, recall: 0.75 });
    expect(prf(3, 2, 1).f1).toBeCloseTo(2 / 3, 12);
    expect(prf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 4, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('score', () => {
  it('gives 1.0 for a perfect prediction', () => {
    const r = score([doc('a', [0, 2, 'person'])], [doc('a', [0, 2, 'person'])]);
    expect(r.micro).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.errors).toEqual([]);
  });

  it('scores a mixed two-document example as computed by hand', () => {
    const gold = [
      doc('a', [0, 2, 'person'], [3, 5, 'place'], [6, 8, 'company']),
      doc('b', [0, 3, 'place']),
    ];
    const pred = [
      doc('b', [0, 3, 'place'], [4, 6, 'person']),
      doc('a', [0, 2, 'person'], [3, 5, 'place'], [9, 11, 'company']),
    ];
    const r = score(gold, pred);
    expect(r.perType.person).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.perType.person.f1).toBeCloseTo(2 / 3, 12);
    expect(r.perType.place).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1, support: 2 });
    expect(r.perType.company).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0, support: 1 });
    expect(r.micro).toMatchObject({
      tp: 3,
      fp: 2,
      fn: 1,
      precision: 0.6,
      recall: 0.75,
      support: 4,
    });
    expect(r.micro.f1).toBeCloseTo(2 / 3, 12);
    expect(r.macro.types).toEqual(['company', 'person', 'place']);
    expect(r.macro.precision).toBeCloseTo(0.5, 12);
    expect(r.macro.recall).toBeCloseTo(2 / 3, 12);
    expect(r.macro.f1).toBeCloseTo((2 / 3 + 1 + 0) / 3, 12);
    expect(r.untyped).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(r.documents).toBe(2);
  });

  it('counts a right span with the wrong type as fp + fn typed, but a hit untyped', () => {
    const r = score([doc('a', [0, 2, 'person'])], [doc('a', [0, 2, 'place'])]);
    expect(r.perType.person).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.perType.place).toMatchObject({ tp: 0, fp: 1, fn: 0, support: 0 });
    expect(r.micro).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.untyped).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.errors).toEqual([
      {
        id: 'a',
        error: 'fp',
        entity: { start: 0, end: 2, type: 'place' },
        kind: 'type',
        other: { start: 0, end: 2, type: 'person' },
      },
      {
        id: 'a',
        error: 'fn',
        entity: { start: 0, end: 2, type: 'person' },
        kind: 'type',
        other: { start: 0, end: 2, type: 'place' },
      },
    ]);
  });

  it('gives no credit to overlapping but unequal spans, typed or untyped', () => {
    // gold 미국 에너지부 (0-7) vs predicted 미국 (0-2) and 에너지부 (3-7)
    const r = score(
      [doc('a', [0, 7, 'government'])],
      [doc('a', [0, 2, 'place'], [3, 7, 'government'])],
    );
    expect(r.micro).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(r.untyped).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(r.errors.map((e) => [e.error, e.kind])).toEqual([
      ['fp', 'boundary'],
      ['fp', 'boundary'],
      ['fn', 'boundary'],
    ]);
  });

  it('credits one gold span once: a duplicated prediction is a false positive', () => {
    const r = score([doc('a', [0, 2, 'person'])], [doc('a', [0, 2, 'person'], [0, 2, 'person'])]);
    expect(r.micro).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.untyped).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches the right type among tied predictions of one span, whatever their order', () => {
    const gold = [doc('a', [0, 2, 'person'])];
    for (const pred of [
      doc('a', [0, 2, 'place'], [0, 2, 'person']),
      doc('a', [0, 2, 'person'], [0, 2, 'place']),
    ]) {
      const r = score(gold, [pred]);
      expect(r.perType.person).toMatchObject({ tp: 1, fp: 0, fn: 0 });
      expect(r.perType.place).toMatchObject({ tp: 0, fp: 1, fn: 0 });
      expect(r.untyped).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    }
  });

  it('treats a gold document without predictions as predicting nothing', () => {
    const r = score([doc('a', [0, 2, 'person'], [3, 4, 'place']), doc('b')], []);
    expect(r.micro).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: 0, recall: 0 });
    expect(r.documents).toBe(2);
  });

  it('counts predictions in an entity-free gold sentence against precision', () => {
    const r = score(
      [doc('a', [0, 2, 'person']), doc('b')],
      [doc('a', [0, 2, 'person']), doc('b', [5, 8, 'company'])],
    );
    expect(r.micro).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });

  it('rejects predictions for unknown documents and duplicate ids', () => {
    expect(() => score([doc('a')], [doc('z', [0, 1, 'place'])])).toThrow(/not in the gold set/);
    expect(() => score([doc('a'), doc('a')], [])).toThrow(/duplicate gold/);
    expect(() => score([doc('a')], [doc('a'), doc('a')])).toThrow(/duplicate predicted/);
  });

  it('folds organisation kinds into organization with COARSE_TYPES', () => {
    const gold = [doc('a', [0, 2, 'company'], [3, 5, 'person'])];
    const pred = [doc('a', [0, 2, 'government'], [3, 5, 'person'])];
    expect(score(gold, pred).micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    const coarse = score(mapTypes(gold, COARSE_TYPES), mapTypes(pred, COARSE_TYPES));
    expect(coarse.micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(Object.keys(coarse.perType)).toEqual(['organization', 'person']);
  });
});

describe('harness', () => {
  const text = '바이두와 알리바바가 베이징에서';
  const jsonl = [
    JSON.stringify({
      id: 's1',
      text,
      entities: [
        { start: 0, end: 3, type: 'company', text: '바이두' },
        { start: 5, end: 9, type: 'company', text: '알리바바' },
        { start: 11, end: 14, type: 'place', text: '베이징' },
      ],
    }),
    JSON.stringify({ text: '아무 이름도 없다', entities: [] }),
    '',
  ].join('\n');

  it('parses gold JSONL, naming documents without an id by their line', () => {
    const gold = parseGold(jsonl);
    expect(gold.map((d) => d.id)).toEqual(['s1', 'line-2']);
    expect(gold[0].entities).toHaveLength(3);
  });

  it('rejects gold whose entity text does not match its offsets', () => {
    const bad = JSON.stringify({
      text,
      entities: [{ start: 0, end: 2, type: 'company', text: '바이두' }],
    });
    expect(() => parseGold(bad, 'bad.jsonl')).toThrow(/bad.jsonl:1: entity text/);
    const outside = JSON.stringify({ text: 'ab', entities: [{ start: 1, end: 5, type: 'place' }] });
    expect(() => parseGold(outside)).toThrow(/bad entity/);
  });

  it('flattens every mention with its entity type and counts lying offsets', () => {
    const record: AnalyzedRecord = {
      entities: [
        {
          type: 'company',
          mentions: [
            { text: '바이두', start: 0, end: 3 },
            { text: '알리바바', start: 5, end: 8 }, // wrong end: the text is 4 characters
          ],
        },
        { type: 'place', mentions: [{ text: '베이징', start: 11, end: 14 }] },
      ],
    };
    const flat = flattenMentions(text, record);
    expect(flat.badOffsets).toBe(1);
    expect(flat.entities.map((e) => [e.start, e.end, e.type])).toEqual([
      [0, 3, 'company'],
      [5, 8, 'company'],
      [11, 14, 'place'],
    ]);
  });

  it('evaluates a stub analyzer end to end, passing options and ids through', async () => {
    const seen: { id: string; options: Record<string, unknown> }[] = [];
    const stub = {
      analyze(input: string, options: { id: string } & Record<string, unknown>): AnalyzedRecord {
        seen.push({ id: options.id, options });
        if (input !== text)
          return { entities: [{ type: 'person', mentions: [{ text: '아무', start: 0, end: 2 }] }] };
        return {
          entities: [
            { type: 'company', mentions: [{ text: '바이두', start: 0, end: 3 }] },
            { type: 'institute', mentions: [{ text: '알리바바', start: 5, end: 9 }] },
          ],
        };
      },
    };
    const result = await evaluate(parseGold(jsonl), stub, { analyzeOptions: { lang: 'ko' } });
    expect(seen.map((s) => s.id)).toEqual(['s1', 'line-2']);
    expect(seen[0].options.lang).toBe('ko');
    // s1: 바이두 tp; 알리바바 typed as institute → fp institute + fn company; 베이징 fn.
    // line-2: 아무 fp person.
    const r = result.report;
    expect(r.micro).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(r.perType.company).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(r.perType.institute).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(r.untyped).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(result.chars).toBe(text.length + '아무 이름도 없다'.length);
    expect(result.badOffsets).toBe(0);

    const coarse = await evaluate(parseGold(jsonl), stub, { coarse: true });
    expect(coarse.report.perType.organization).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('KLUE scheme', () => {
  it('maps organisation kinds to OG, people to PS, places to LC and drops what KLUE does not tag', () => {
    const pred = doc(
      'a',
      [0, 2, 'company'],
      [3, 5, 'government'],
      [6, 8, 'person'],
      [9, 11, 'model'],
    );
    const gold = doc('a', [0, 2, 'OG'], [3, 5, 'OG'], [6, 8, 'PS'], [12, 14, 'DT']);
    const g = keepMapped([gold], KLUE_TYPES);
    const p = keepMapped([pred], KLUE_TYPES);
    expect(g[0].entities.map((e) => e.type)).toEqual(['OG', 'OG', 'PS']);
    expect(p[0].entities.map((e) => e.type)).toEqual(['OG', 'OG', 'PS']);
    expect(score(g, p).micro).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });

  it('keeps every 4th document blind and the rest for tuning', () => {
    const docs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expect(splitPart(docs, 'blind')).toEqual(['d', 'h']);
    expect(splitPart(docs, 'tune')).toEqual(['a', 'b', 'c', 'e', 'f', 'g', 'i']);
    expect(splitPart(docs, 'all')).toEqual(docs);
  });
});
