/** How a file's content is laid out, as told by its name. */
export type InputKind = 'jsonl' | 'html' | 'text' | 'unknown';

/** File name endings (after any `.gz`) and what they hold; directories are read for these only. */
const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.txt': 'text',
  '.text': 'text',
};

/** The kind of a file by its name, looking through a `.gz` ending. */
export function kindOfPath(file: string): InputKind {
  const lower = file.toLowerCase().replace(/\.gz$/, '');
  const dot = lower.lastIndexOf('.');
  if (dot < 0 || lower.lastIndexOf('/') > dot || lower.lastIndexOf('\\') > dot) return 'unknown';
  return KIND_BY_EXTENSION[lower.slice(dot)] ?? 'unknown';
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
