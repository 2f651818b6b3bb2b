/**
 * Telling an HTML page from an article's plain text, without loading an HTML parser: the analyzer
 * refuses pages and the reader routes them to extraction.
 */
const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/i;

/** Whether a text is an HTML page rather than an article's plain text. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}
