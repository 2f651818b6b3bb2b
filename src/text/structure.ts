/**
 * Article structure from plain text: headline, byline, body paragraphs and the trailing
 * boilerplate (copyright notice and related-headline lists), all as spans into the text.
 */
import type { Byline, Span, TextSpan } from '../types.js';
import {
  BYLINE_RULES,
  COPYRIGHT_RULES,
  RELATED_LIST_ITEM,
  RIGHTS_NOTICE,
  STAMP_LINE,
  type BylineRule,
} from './byline-rules.js';
import { splitLines, trimSpan } from './lines.js';

export interface ArticleStructure {
  title: TextSpan | null;
  byline: Byline;
  /** Non-empty body lines (paragraphs), trimmed. */
  paragraphs: Span[];
  /** Lines that carry the byline or the copyright notice. */
  bylineLines: Span[];
  /** From the copyright notice or related-article list to the end, when there is one. */
  boilerplate: Span | null;
}

export interface StructureOptions {
  /** A headline given out of band (JSONL `title`); used when the text repeats it at the start. */
  title?: string;
}

/** The longest first line we still read as a headline. */
const MAX_TITLE_LENGTH = 200;

export function parseStructure(text: string, options: StructureOptions = {}): ArticleStructure {
  const lines = splitLines(text)
    .map((l) => trimSpan(text, l))
    .filter((l) => l.end > l.start);
  const str = (s: Span) => text.slice(s.start, s.end);
  const byline: Byline = { reporter: null, email: null, publisher: null };
  const bylineLines: Span[] = [];

  // Trailing boilerplate: a copyright notice, or a list of related headlines after a byline.
  let bodyEnd = lines.length;
  let k = bodyEnd - 1;
  while (k >= 0 && RELATED_LIST_ITEM.test(str(lines[k]))) k--;
  const listStart = k + 1;
  let tail = bodyEnd;
  while (k >= 0 && isNotice(str(lines[k]))) {
    const publisher = copyrightPublisher(str(lines[k]));
    if (publisher && !byline.publisher) byline.publisher = publisher;
    bylineLines.unshift(lines[k]);
    tail = k;
    k--;
  }
  if (tail === bodyEnd && listStart < bodyEnd && k >= 0 && standaloneByline(str(lines[k]))) {
    tail = listStart;
  }
  bodyEnd = tail;
  const boilerplate: Span | null =
    tail < lines.length ? { start: lines[tail].start, end: lines[lines.length - 1].end } : null;

  // Closing bylines just above the boilerplate.
  while (bodyEnd > 0) {
    const line = str(lines[bodyEnd - 1]);
    const hit = standaloneByline(line);
    if (!hit) break;
    mergeByline(byline, hit.groups);
    bylineLines.unshift(lines[bodyEnd - 1]);
    bodyEnd--;
  }

  // Headline and page furniture at the top.
  let bodyStart = 0;
  let title: TextSpan | null = null;
  const given = options.title?.trim();
  if (given && lines.length > 0) {
    const at = text.indexOf(given, lines[0].start);
    if (at >= 0 && at === lines[0].start) {
      title = { start: at, end: at + given.length, text: given };
      bodyStart = 1;
    }
  } else if (lines.length >= 2 && bodyEnd >= 2 && readsAsHeadline(str(lines[0]))) {
    title = { ...lines[0], text: str(lines[0]) };
    bodyStart = 1;
  }
  while (bodyStart < bodyEnd) {
    const line = str(lines[bodyStart]);
    if (STAMP_LINE.test(line)) {
      bodyStart++;
      continue;
    }
    const hit = standaloneByline(line);
    if (!hit) break;
    mergeByline(byline, hit.groups);
    bylineLines.push(lines[bodyStart]);
    bodyStart++;
  }

  const paragraphs = lines.slice(bodyStart, bodyEnd);
  // Datelines and bracketed credits open the first paragraph: `(서울=연합뉴스) 홍길동 기자 =`.
  if (paragraphs.length > 0) {
    for (const rule of BYLINE_RULES) {
      if (rule.standalone) continue;
      const m = rule.pattern.exec(str(paragraphs[0]));
      if (m) {
        mergeByline(byline, m.groups);
        break;
      }
    }
  }
  bylineLines.sort((a, b) => a.start - b.start);
  return { title, byline, paragraphs, bylineLines, boilerplate };
}

function isNotice(line: string): boolean {
  return copyrightPublisher(line) !== null || RIGHTS_NOTICE.test(line);
}

function copyrightPublisher(line: string): string | null {
  for (const rule of COPYRIGHT_RULES) {
    const p = rule.exec(line)?.groups?.publisher?.trim();
    if (p) return p;
  }
  return null;
}

function standaloneByline(
  line: string,
): { rule: BylineRule; groups: Record<string, string | undefined> } | null {
  for (const rule of BYLINE_RULES) {
    if (!rule.standalone) continue;
    const m = rule.pattern.exec(line);
    if (m) return { rule, groups: m.groups ?? {} };
  }
  return null;
}

function mergeByline(byline: Byline, groups: Record<string, string | undefined> | undefined): void {
  if (!groups) return;
  if (groups.reporter && !byline.reporter) byline.reporter = groups.reporter.trim();
  if (groups.email && !byline.email) byline.email = groups.email.trim();
  if (groups.publisher && !byline.publisher) byline.publisher = groups.publisher.trim();
}

/** Headlines are short and do not close like a sentence (`…했다.`). */
function readsAsHeadline(line: string): boolean {
  if (line.length > MAX_TITLE_LENGTH) return false;
  if (STAMP_LINE.test(line) || standaloneByline(line)) return false;
  if (/[.。]$/.test(line) && !/(\.\.\.|…)$/.test(line)) return false;
  return true;
}
