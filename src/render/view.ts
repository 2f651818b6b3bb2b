/**
 * One record as an HTML fragment: the text with every entity mention, money figure and date
 * highlighted, then tables of money, dates and entities. Reads the record only; every string from
 * it is escaped.
 */
import type { ArticleRecord, DateMention, Entity, Money, MoneyBase } from '../types.js';
import { KIND_NAMES } from './assets.js';
import {
  dateTip,
  describeAmount,
  describeBounds,
  describeChange,
  entityTip,
  moneyTip,
} from './describe.js';
import { escapeAttr, escapeText } from './escape.js';
import { nestPieces, type Highlight, type Piece } from './segments.js';

interface Mark extends Highlight {
  kind: string;
  tip: string;
  /** The entity's index, so its list button can find its mentions. */
  entity?: number;
}

/** Every span the record highlights: mentions, figures and their equivalents, dates. */
export function highlightsOf(record: ArticleRecord): Mark[] {
  const marks: Mark[] = [];
  record.entities.forEach((e: Entity, i) => {
    e.mentions.forEach((m, j) => {
      marks.push({
        start: m.start,
        end: m.end,
        key: `e${i}.${j}`,
        kind: e.type,
        tip: entityTip(e),
        entity: i,
      });
    });
  });
  record.money.forEach((m: Money, i) => {
    marks.push({ start: m.start, end: m.end, key: `m${i}`, kind: 'money', tip: moneyTip(m) });
    m.equivalents.forEach((q: MoneyBase, j) => {
      marks.push({
        start: q.start,
        end: q.end,
        key: `m${i}.${j}`,
        kind: 'money',
        tip: moneyTip(q),
      });
    });
  });
  (record.dates ?? []).forEach((d: DateMention, i) => {
    marks.push({ start: d.start, end: d.end, key: `d${i}`, kind: 'date', tip: dateTip(d) });
  });
  return marks;
}

function openTag(p: Piece<Mark>): string {
  const m = p.span;
  const entity = m.entity !== undefined ? ` data-entity="${m.entity}"` : '';
  // Only a span's first piece takes focus, so the keyboard visits each highlight once.
  const focus = p.part === 0 ? ' tabindex="0"' : '';
  const tip = escapeAttr(m.tip);
  return `<mark class="k-${m.kind}" data-key="${m.key}"${entity} data-tip="${tip}" title="${tip}"${focus}>`;
}

/** The text with its highlights as nested `<mark>`s; text outside the record's spans is escaped as is. */
export function highlightedText(text: string, marks: readonly Mark[]): string {
  const out: string[] = [];
  const open: Piece<Mark>[] = [];
  let pos = 0;
  const closeUntil = (limit: number) => {
    while (open.length > 0 && open[open.length - 1]!.end <= limit) {
      const top = open.pop()!;
      out.push(escapeText(text.slice(pos, top.end)), '</mark>');
      pos = top.end;
    }
  };
  for (const p of nestPieces(marks, text.length)) {
    closeUntil(p.start);
    out.push(escapeText(text.slice(pos, p.start)), openTag(p));
    pos = p.start;
    open.push(p);
  }
  closeUntil(Infinity);
  out.push(escapeText(text.slice(pos)));
  return out.join('');
}

const cell = (s: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${escapeText(s)}</td>`;

function moneyTable(record: ArticleRecord): string {
  if (record.money.length === 0) return '';
  const rows = record.money.map((m) => {
    const subject = m.subject
      ? m.subject.entity !== null && record.entities[m.subject.entity]
        ? `${m.subject.text} (${record.entities[m.subject.entity]!.canonical ?? record.entities[m.subject.entity]!.name})`
        : m.subject.text
      : '';
    const period = m.period
      ? `${m.period.text}${m.period.value ? ` = ${m.period.value}` : ''}`
      : '';
    return (
      '<tr>' +
      cell(m.text) +
      cell(describeAmount(m), 'num') +
      cell(describeBounds(m), 'num') +
      cell([...m.qualifiers, m.per ?? ''].filter(Boolean).join(', ')) +
      cell(m.equivalents.map((e) => `${e.text} = ${describeAmount(e)}`).join('; '), 'num') +
      cell(subject) +
      cell(m.measure ?? '') +
      cell(period) +
      cell(describeChange(m, record.money)) +
      '</tr>'
    );
  });
  return (
    '<h3>Money</h3><table><thead><tr><th scope="col">figure</th><th scope="col">value</th>' +
    '<th scope="col">bounds</th><th scope="col">qualifiers</th><th scope="col">equivalents</th>' +
    '<th scope="col">subject</th><th scope="col">measure</th><th scope="col">period</th>' +
    `<th scope="col">change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function datesTable(record: ArticleRecord): string {
  const dates = record.dates ?? [];
  if (dates.length === 0) return '';
  const rows = dates.map(
    (d) =>
      '<tr>' +
      cell(d.text) +
      cell(d.value ?? '', 'num') +
      cell(d.grain) +
      cell(
        [d.relative ? 'relative' : '', d.approximate ? 'approximate' : '']
          .filter(Boolean)
          .join(', '),
      ) +
      '</tr>',
  );
  return (
    '<h3>Dates</h3><table><thead><tr><th scope="col">expression</th><th scope="col">value</th>' +
    `<th scope="col">grain</th><th scope="col">flags</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function entityTable(record: ArticleRecord): string {
  if (record.entities.length === 0) return '';
  const rows = record.entities.map(
    (e, i) =>
      '<tr>' +
      `<td><button type="button" class="ent k-${e.type}" data-entity="${i}" aria-pressed="false">${escapeText(e.name)}</button></td>` +
      cell(e.canonical ?? '') +
      cell(e.type) +
      cell(e.id ?? '') +
      cell(e.aliases.join(', ')) +
      cell(String(e.mentions.length), 'num') +
      '</tr>',
  );
  return (
    '<h3>Entities</h3><p class="meta">Press a name to outline its mentions in the text.</p>' +
    '<table><thead><tr><th scope="col">name</th><th scope="col">canonical</th><th scope="col">type</th>' +
    '<th scope="col">id</th><th scope="col">aliases</th><th scope="col">mentions</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function legend(): string {
  const items = KIND_NAMES.map((k) => `<li><span class="swatch k-${k}">${k}</span></li>`).join('');
  return `<ul class="legend" aria-label="Highlight colours">${items}</ul>`;
}

/** One record as a `<section>`: heading, highlighted text, then tables. */
export function recordView(record: ArticleRecord): string {
  const title = record.title?.text ?? record.id;
  const counts = `${record.entities.length} entities, ${record.money.length} money figures, ${(record.dates ?? []).length} dates`;
  const meta = [record.id, record.lang, record.published ?? null, counts].filter((x) => x);
  const body =
    record.text === undefined
      ? '<p class="meta">The record has no text (it was written with --no-text); only its tables are shown.</p>'
      : `<div class="text" lang="${escapeAttr(record.lang === 'und' ? '' : record.lang)}">${highlightedText(record.text, highlightsOf(record))}</div>`;
  const error = record.error
    ? `<p class="error" role="alert">${escapeText(`${record.error.code}: ${record.error.message}`)}</p>`
    : '';
  return (
    `<section class="doc" aria-label="${escapeAttr(title)}">` +
    `<h2>${escapeText(title)}</h2><p class="meta">${escapeText(meta.join(' · '))}</p>` +
    error +
    legend() +
    body +
    moneyTable(record) +
    datesTable(record) +
    entityTable(record) +
    '</section>'
  );
}
