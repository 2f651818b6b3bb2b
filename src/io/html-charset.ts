/** Character sets a page may declare that decide its decoding. */
export type DeclaredCharset = 'utf-8' | 'euc-kr';

/** A page's `<meta>` charset declaration: the label as written, and what it names. */
export interface CharsetDeclaration {
  label: string;
  charset: DeclaredCharset;
}

/**
 * How far into a page to look for the declaration. Browsers stop at 1,024 bytes; Korean portal
 * pages often carry scripts and link tags before their `<meta>`, and crawlers keep them.
 */
const PRESCAN_BYTES = 4096;

/**
 * Labels of the WHATWG Encoding Standard for UTF-8 and EUC-KR. Its EUC-KR is Windows code page
 * 949 (what `ks_c_5601-1987` pages really are), which is how sinmun decodes it.
 */
const LABELS: Record<string, DeclaredCharset> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  unicode11utf8: 'utf-8',
  unicode20utf8: 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'euc-kr': 'euc-kr',
  cseuckr: 'euc-kr',
  csksc56011987: 'euc-kr',
  'iso-ir-149': 'euc-kr',
  korean: 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  'ks_c_5601-1989': 'euc-kr',
  ksc5601: 'euc-kr',
  ksc_5601: 'euc-kr',
  'windows-949': 'euc-kr',
  // Not in the standard, but seen on Korean pages and understood by browsers.
  cp949: 'euc-kr',
  'x-windows-949': 'euc-kr',
  ms949: 'euc-kr',
  uhc: 'euc-kr',
};

const META = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const CONTENT_CHARSET = /charset\s*=\s*["']?\s*([^\s"';]+)/i;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** The charset label one `<meta>` tag declares, if it declares one. */
function labelOf(attrs: Map<string, string>): string | null {
  const charset = attrs.get('charset');
  if (charset !== undefined) return charset.trim();
  if (attrs.get('http-equiv')?.trim().toLowerCase() !== 'content-type') return null;
  return CONTENT_CHARSET.exec(attrs.get('content') ?? '')?.[1] ?? null;
}

/**
 * The charset an HTML page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`
 * near its start, when it is one sinmun decodes by declaration (UTF-8 or EUC-KR/CP949); null
 * otherwise. Reads the bytes as Latin-1, which keeps the ASCII of both encodings intact.
 */
export function declaredCharset(bytes: Uint8Array): CharsetDeclaration | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    // A commented-out declaration declares nothing.
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const m of head.matchAll(META)) {
    const label = labelOf(attributes(m[1]));
    if (label === null || label === '') continue;
    const charset = LABELS[label.toLowerCase()];
    // The first declaration counts, as in browsers, even one we do not decode by.
    return charset ? { label, charset } : null;
  }
  return null;
}
