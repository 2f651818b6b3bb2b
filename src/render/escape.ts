/** HTML escaping: every piece of article or record text goes through one of these. */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Text content: `&`, `<`, `>` escaped. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** A double-quoted attribute value: quotes escaped as well. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ATTR[c]!);
}
