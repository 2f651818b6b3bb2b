import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { SinmunError, toSinmunError } from '../errors.js';
import { DEFAULT_MAX_BYTES, decodeInput, tooLarge } from './decode.js';
import { parseJsonlLine, type JsonlFields } from './jsonl.js';
import { isGzip, kindOfPath, type InputKind } from './kinds.js';
import { splitLines } from './lines.js';
import type { ArticleSource, ContentFormat } from './source.js';
import { listArticleFiles } from './walk.js';

/** How inputs are read; the JSONL field names come from `JsonlFields`. */
export interface ReadOptions extends JsonlFields {
  /** Largest article (a file, a decompressed file, one JSONL line), in bytes. Default 10 MiB. */
  maxBytes?: number;
  /** Overrides what file names say: `text`, `html`, `jsonl`, or `auto` (names, then content). */
  inputFormat?: 'auto' | InputKind;
  /** What `-` reads (default `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array>;
}

/** How far reading has got, for progress reports. */
export interface InputStats {
  /** Bytes of all input files (as stored, so compressed for `.gz`), or null when stdin is read. */
  totalBytes: number | null;
  /** Bytes read from the inputs so far (as stored). */
  bytesRead: number;
}

export interface SourceReader {
  sources: AsyncIterable<ArticleSource>;
  stats: InputStats;
}

type Planned =
  | { type: 'file'; path: string; size: number }
  | { type: 'stdin' }
  | { type: 'error'; path: string; error: SinmunError };

/**
 * Reads files, directories (recursively) and standard input (`-`) as article sources, one per
 * article: a `.txt`/`.html` file is one article, a `.jsonl` file one per line, `.gz` is
 * decompressed on the fly. Everything is streamed; no input is held whole beyond `maxBytes`.
 * Ids: the JSONL id field, else the path as given (`path:line` for JSONL lines), `stdin` or
 * `stdin:line` for standard input; a repeated id gets a `~2`, `~3`… suffix and a warning.
 */
export async function readSources(inputs: string[], opts: ReadOptions = {}): Promise<SourceReader> {
  const plan: Planned[] = [];
  for (const input of inputs) plan.push(...(await planInput(input)));
  const stats: InputStats = {
    totalBytes: plan.some((p) => p.type === 'stdin')
      ? null
      : plan.reduce((sum, p) => sum + (p.type === 'file' ? p.size : 0), 0),
    bytesRead: 0,
  };
  return { sources: uniqueIds(readPlanned(plan, opts, stats)), stats };
}

async function planInput(input: string): Promise<Planned[]> {
  if (input === '-') return [{ type: 'stdin' }];
  try {
    const st = await stat(input);
    if (st.isDirectory()) {
      const files = await listArticleFiles(input);
      const sized = await Promise.all(
        files.map(async (f): Promise<Planned> => ({
          type: 'file',
          path: f,
          size: (await stat(f)).size,
        })),
      );
      return sized;
    }
    return [{ type: 'file', path: input, size: st.size }];
  } catch (err) {
    return [{ type: 'error', path: input, error: readFailed(input, err) }];
  }
}

function readFailed(file: string, err: unknown): SinmunError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES'
        ? 'permission denied'
        : err instanceof Error
          ? err.message
          : String(err);
  return new SinmunError('READ_FAILED', `cannot read ${file}: ${why}`, { cause: err });
}

async function* readPlanned(
  plan: Planned[],
  opts: ReadOptions,
  stats: InputStats,
): AsyncGenerator<ArticleSource> {
  for (const p of plan) {
    if (p.type === 'error') {
      yield { id: p.path, meta: {}, error: p.error };
    } else if (p.type === 'stdin') {
      const stdin = opts.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
      yield* readStream(counted(stdin, stats), 'stdin', 'unknown', opts, true);
    } else {
      const kind =
        opts.inputFormat && opts.inputFormat !== 'auto' ? opts.inputFormat : kindOfPath(p.path);
      const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
      if (kind !== 'jsonl' && !/\.gz$/i.test(p.path) && p.size > maxBytes) {
        // Refuse without reading: the size alone decides it.
        stats.bytesRead += p.size;
        yield { id: p.path, meta: {}, error: tooLarge(p.size, maxBytes, p.path) };
        continue;
      }
      let stream: Readable;
      try {
        stream = createReadStream(p.path);
      } catch (err) {
        yield { id: p.path, meta: {}, error: readFailed(p.path, err) };
        continue;
      }
      yield* readStream(counted(stream, stats), p.path, kind, opts, false);
    }
  }
}

async function* counted(
  chunks: AsyncIterable<Uint8Array>,
  stats: InputStats,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    stats.bytesRead += chunk.length;
    yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }
}

/** The chunks of a stream, decompressed when they start with the gzip magic bytes. */
async function* maybeGunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest = (async function* () {
    yield first.value;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  if (!isGzip(first.value)) {
    yield* rest;
    return;
  }
  const raw = Readable.from(rest);
  const gunzip = createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  raw.pipe(gunzip);
  try {
    yield* gunzip;
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

/** The content's own layout when names do not tell: JSON objects per line, or one article. */
function sniffKind(head: Uint8Array): 'jsonl' | 'whole' {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (
    i < head.length &&
    (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)
  )
    i++;
  return head[i] === 0x7b /* { */ ? 'jsonl' : 'whole';
}

async function* readStream(
  raw: AsyncIterable<Uint8Array>,
  name: string,
  kind: InputKind,
  opts: ReadOptions,
  isStdin: boolean,
): AsyncGenerator<ArticleSource> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks = maybeGunzip(raw);
  const it = chunks[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array>;
  try {
    first = await it.next();
  } catch (err) {
    yield { id: name, meta: {}, error: readFailed(name, err) };
    return;
  }
  const replay = (async function* () {
    if (first.done) return;
    yield first.value;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  const layout =
    kind === 'jsonl'
      ? 'jsonl'
      : kind === 'unknown' && !first.done
        ? sniffKind(first.value)
        : 'whole';
  if (layout === 'jsonl') {
    yield* readJsonl(replay, name, opts, maxBytes, isStdin);
    return;
  }
  const format: ContentFormat =
    kind === 'html' ? 'html' : kind === 'text' && opts.inputFormat === 'text' ? 'text' : 'auto';
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of replay) {
      size += chunk.length;
      if (size > maxBytes) {
        yield { id: name, meta: {}, error: tooLarge(size, maxBytes, name, true) };
        return;
      }
      parts.push(chunk);
    }
  } catch (err) {
    yield { id: name, meta: {}, error: readFailed(name, err) };
    return;
  } finally {
    await it.return?.(undefined);
  }
  yield { id: name, bytes: Buffer.concat(parts, size), format, meta: {} };
}

async function* readJsonl(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  fields: JsonlFields,
  maxBytes: number,
  isStdin: boolean,
): AsyncGenerator<ArticleSource> {
  let lastLine = 0;
  try {
    for await (const l of splitLines(chunks, maxBytes)) {
      lastLine = l.line;
      const at = `${name}:${l.line}`;
      if (l.tooLarge !== undefined) {
        yield { id: at, meta: {}, error: tooLarge(l.tooLarge, maxBytes, `line ${l.line}`) };
        continue;
      }
      if (isBlank(l.bytes)) continue;
      let text: string;
      let warnings: string[];
      try {
        ({ text, warnings } = decodeInput(l.bytes, { maxBytes, html: false }));
      } catch (err) {
        yield { id: at, meta: {}, error: err as SinmunError };
        continue;
      }
      let source: ArticleSource;
      try {
        source = parseJsonlLine(text, at, fields, warnings);
      } catch (err) {
        // A bug costs this line, not the rest of the file.
        source = { id: at, meta: { warnings }, error: toSinmunError(err) };
      }
      yield source;
    }
  } catch (err) {
    // A stream that breaks midway (a truncated .gz): what was read stands, the rest is one error.
    const where = isStdin ? 'stdin' : name;
    yield { id: `${name}:${lastLine + 1}`, meta: {}, error: readFailed(where, err) };
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  }
  return true;
}

/** Makes ids unique within one run, so that counting ids counts articles. */
async function* uniqueIds(sources: AsyncIterable<ArticleSource>): AsyncGenerator<ArticleSource> {
  const seen = new Map<string, number>();
  for await (const s of sources) {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    if (n === 1) {
      yield s;
      continue;
    }
    let id = `${s.id}~${n}`;
    while (seen.has(id)) id += '~';
    seen.set(id, 1);
    const warning = `duplicate id "${s.id}" renamed to "${id}"`;
    yield { ...s, id, meta: { ...s.meta, warnings: [...(s.meta.warnings ?? []), warning] } };
  }
}
