import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { SCRIPT, STYLE } from '../../src/render/assets.js';
import { nestPieces } from '../../src/render/segments.js';
import { highlightedText } from '../../src/render/view.js';
import type { ArticleRecord, Entity, Money } from '../../src/types.js';

/** A hand-made record: the spans below were counted by hand in `text`. */
function record(text: string, entities: Entity[], money: Money[] = []): ArticleRecord {
  return {
    id: 'hand',
    lang: 'ko',
    text,
    title: null,
    byline: { reporter: null, email: null, publisher: null },
    sentences: [],
    entities,
    money,
    dates: [],
    warnings: [],
  };
}

function company(
  name: string,
  canonical: string | null,
  mentions: [number, number][],
  text: string,
): Entity {
  return {
    name,
    canonical,
    type: 'company',
    id: null,
    aliases: [],
    mentions: mentions.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
  };
}

function won(text: string, start: number, end: number, amount: number): Money {
  return {
    text: text.slice(start, end),
    start,
    end,
    amount,
    currency: 'KRW',
    approximate: false,
    min: null,
    max: null,
    qualifiers: [],
    per: null,
    equivalents: [],
    subject: null,
    measure: null,
    period: null,
    change: null,
  };
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('nesting highlights', () => {
  it('keeps nested spans nested and cuts a crossing span into pieces with one key', () => {
    // [0,10) holds [2,5); [8,14) crosses the end of [0,10).
    const pieces = nestPieces(
      [
        { start: 8, end: 14, key: 'cross' },
        { start: 0, end: 10, key: 'outer' },
        { start: 2, end: 5, key: 'inner' },
      ],
      20,
    );
    expect(pieces.map((p) => [p.span.key, p.start, p.end, p.part])).toEqual([
      ['outer', 0, 10, 0],
      ['inner', 2, 5, 0],
      ['cross', 8, 10, 0],
      ['cross', 10, 14, 1],
    ]);
  });

  it('drops empty and out-of-range spans', () => {
    const pieces = nestPieces(
      [
        { start: 3, end: 3, key: 'empty' },
        { start: 5, end: 30, key: 'past the end' },
        { start: 1, end: 2, key: 'ok' },
      ],
      10,
    );
    expect(pieces.map((p) => p.span.key)).toEqual(['ok']);
  });

  it('loses and repeats no character, and writes one focusable mark per span', () => {
    const text = '삼성전자의 3분기 영업이익 10조원은 삼성전자 사상 최대다.';
    //            0    5  8     14   17       23
    const samsung = company(
      '삼성전자',
      'Samsung Electronics',
      [
        [0, 4],
        [20, 24],
      ],
      text,
    );
    const money = won(text, 15, 19, 10_000_000_000_000);
    expect(money.text).toBe('10조원');
    // A deliberately crossing span: an entity mention over "익 10".
    const odd = company('익 10', null, [[13, 17]], text);
    const html = highlightedText(text, [
      ...[samsung, odd].flatMap((e, i) =>
        e.mentions.map((m, j) => ({
          ...m,
          key: `e${i}.${j}`,
          kind: e.type,
          tip: e.name,
          entity: i,
        })),
      ),
      {
        start: money.start,
        end: money.end,
        key: 'm0',
        kind: 'money',
        tip: '10,000,000,000,000 KRW',
      },
    ]);
    expect(stripTags(html)).toBe(text);
    const keys = [...html.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(keys)).toEqual(new Set(['e0.0', 'e0.1', 'e1.0', 'm0']));
    expect(html.match(/tabindex="0"/g)).toHaveLength(4);
  });
});

describe('render(record)', () => {
  it('escapes article text and record strings everywhere', () => {
    const text =
      '<script>window.__pwned=1</script> "><img src=x onerror=alert(1)> </mark>ACME 10조원';
    const start = text.indexOf('ACME');
    const html = render(
      record(
        text,
        [company('ACME', '"><img src=x onerror=alert(2)>', [[start, start + 4]], text)],
        [won(text, start + 5, start + 9, 10_000_000_000_000)],
      ),
    );
    // Only the page's own script element exists; the hostile text is inert.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('data-tip="&quot;&gt;&lt;img src=x onerror=alert(2)&gt; · company"');
    expect(html.match(/<\/mark>/g)).toHaveLength(2);
  });

  it('allows exactly its own style and script by hash, and nothing remote', () => {
    const html = render(record('텍스트', []));
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)![1]!
      .replace(/&#39;/g, "'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(SCRIPT)}`);
    expect(csp).toContain(`style-src ${hash(STYLE)}`);
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('shows normalised amounts and canonical names in the tables', () => {
    const text = '바이두는 50억 위안을 투자했다.';
    const baidu = company('바이두', 'Baidu', [[0, 3]], text);
    const m: Money = { ...won(text, 5, 11, 5_000_000_000), currency: 'CNY' };
    expect(m.text).toBe('50억 위안');
    const html = render(record(text, [baidu], [m]));
    expect(html).toContain('<td class="num">5,000,000,000 CNY</td>');
    expect(html).toContain('<td>Baidu</td>');
    expect(html).toContain('data-tip="Baidu · company"');
  });

  it('puts several records on one page and says when a record has no text', () => {
    const a = record('가나다', []);
    const b: ArticleRecord = {
      ...record('', []),
      id: 'b',
      error: { code: 'EMPTY_INPUT', message: 'empty' },
    };
    delete b.text;
    const html = render([a, b]);
    expect(html.match(/<section class="doc"/g)).toHaveLength(2);
    expect(html).toContain('EMPTY_INPUT: empty');
    expect(html).toContain('has no text');
  });
});
