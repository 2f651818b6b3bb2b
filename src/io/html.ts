import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { lazyRequire } from '../lazy-require.js';

// Loaded with the first HTML page: linkedom alone costs ~0.2 s to load.
const loadLinkedom = lazyRequire<{ parseHTML: typeof parseHTML }>('linkedom');
const loadReadability = lazyRequire<{ Readability: typeof Readability }>('@mozilla/readability');

export { looksLikeHtml } from './html-detect.js';

/** What a news page yields: the article as plain text (the record's `text`) and its metadata. */
export interface HtmlArticle {
  /** Headline on the first line, then one paragraph per line; offsets point into this. */
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
}

/** Elements that end a line of text, as a browser lays them out. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Elements whose content is never article text. */
const SKIP = new Set([
  'button',
  'iframe',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
]);
/** Page chrome that is never the story; dropped before extraction (Readability keeps a bare <nav>). */
const PAGE_CHROME = 'script, style, noscript, template, nav, footer, aside, form, iframe';

/** Page metadata that carries the publication time, most specific first. */
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[property="og:regDate"]',
  'meta[name="dcterms.date"]',
];

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface DomNode {
  nodeType: number;
  localName?: string;
  data?: string;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of a DOM subtree: one line per block, inline whitespace collapsed as a browser does. */
function blockText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child.nodeType === 3) {
        current += child.data ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child.localName ?? '').toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

interface DomElement {
  remove(): void;
  closest(selector: string): unknown;
}

/** Removes navigation and the like, and site headers (not an article's own <header>). */
function removeChrome(document: LinkedomDocument): void {
  for (const el of Array.from(document.querySelectorAll(PAGE_CHROME)) as DomElement[]) el.remove();
  for (const el of Array.from(document.querySelectorAll('header')) as DomElement[]) {
    if (!el.closest('article, main')) el.remove();
  }
}

function findPublished(document: LinkedomDocument): string | null {
  for (const selector of PUBLISHED_SELECTORS) {
    const value = clean(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return clean(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/**
 * Takes the article out of a news page: Mozilla Readability (the extractor behind Firefox's
 * reader view) picks the content over linkedom's DOM, and the page's metadata gives the date.
 * The headline becomes the first line and a byline the body lacks becomes the last, so that the
 * record's spans can point at them.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { parseHTML } = loadLinkedom();
  const { Readability } = loadReadability();
  const { document } = parseHTML(html);
  const published = findPublished(document);
  removeChrome(document);
  const lang = clean(document.documentElement?.getAttribute('lang'));
  const fallbackTitle = clean(document.querySelector('title')?.textContent);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ReadabilityDocument, {
      charThreshold: 200,
    }).parse();
  } catch {
    article = null;
  }
  let body: string;
  if (article?.content) {
    const { document: content } = parseHTML(
      `<!doctype html><html><body>${article.content}</body></html>`,
    );
    body = blockText(content.body as unknown as DomNode);
  } else {
    const { document: page } = parseHTML(html);
    removeChrome(page);
    body = page.body ? blockText(page.body as unknown as DomNode) : '';
  }
  const title = clean(article?.title) ?? fallbackTitle;
  const byline = clean(article?.byline);
  const lines: string[] = [];
  if (title && !body.startsWith(title)) lines.push(title);
  if (body) lines.push(body);
  if (byline && !body.includes(byline)) lines.push(byline);
  return {
    text: lines.join('\n'),
    title,
    byline,
    published: clean(article?.publishedTime) ?? published,
    siteName: clean(article?.siteName),
    lang: clean(article?.lang) ?? lang,
  };
}
