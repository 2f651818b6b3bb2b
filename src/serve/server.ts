/**
 * `sinmun serve`: a local playground page and a small JSON API over one analyzer.
 *
 *   GET  /             the playground (paste or drop an article, see the rendered record)
 *   POST /api/analyze  {text, id?, published?} → the record as JSON
 *   POST /api/view     the same → the record's rendered view (an HTML fragment, escaped)
 *
 * Every failure is a JSON `{ error: { code, message } }` with its status (400 malformed, 404,
 * 405 with `Allow`, 413 over the size limit, 422 text the analyzer refuses), and the server
 * keeps serving.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Analyzer } from '../analyzer.js';
import { toSinmunError } from '../errors.js';
import { contentSecurityPolicy } from '../render/assets.js';
import { playgroundPage, recordView } from '../render/index.js';

export interface ServeOptions {
  /** Largest request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const ROUTES: Record<string, string> = { '/': 'GET', '/api/analyze': 'POST', '/api/view': 'POST' };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string, extra = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(body);
}

function sendError(res: ServerResponse, err: HttpError, extra = {}): void {
  send(
    res,
    err.status,
    'application/json; charset=utf-8',
    JSON.stringify({ error: { code: err.code, message: err.message } }),
    extra,
  );
}

/** The body, refused with 413 as soon as it grows past the limit (nothing more is buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const tooLarge = (limit: number) =>
  new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body over the limit of ${limit} bytes`);

interface AnalyzeRequest {
  text: string;
  id?: string;
  published?: string;
}

function parseRequest(body: string): AnalyzeRequest {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', 'the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'INVALID_REQUEST', 'expected a JSON object {"text": …}');
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') {
    throw new HttpError(400, 'INVALID_REQUEST', '"text" must be a string');
  }
  for (const key of ['id', 'published'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'string') {
      throw new HttpError(400, 'INVALID_REQUEST', `"${key}" must be a string when given`);
    }
  }
  return {
    text: v.text,
    id: v.id as string | undefined,
    published: v.published as string | undefined,
  };
}

/** An HTTP server over `analyzer` (not yet listening). */
export function createPlaygroundServer(analyzer: Analyzer, options: ServeOptions = {}): Server {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const page = playgroundPage();
  const pageCsp = `${contentSecurityPolicy(true)}; frame-ancestors 'none'`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const allowed = ROUTES[path];
    if (allowed === undefined) throw new HttpError(404, 'NOT_FOUND', `no such path: ${path}`);
    if (req.method !== allowed && !(allowed === 'GET' && req.method === 'HEAD')) {
      throw Object.assign(
        new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} takes ${allowed}, not ${req.method}`),
        { allow: allowed },
      );
    }
    if (path === '/') {
      send(res, 200, 'text/html; charset=utf-8', page, { 'content-security-policy': pageCsp });
      return;
    }
    const request = parseRequest(await readBody(req, limit));
    let record;
    try {
      record = analyzer.analyze(request.text, { id: request.id, published: request.published });
    } catch (err) {
      const e = toSinmunError(err);
      throw new HttpError(422, e.code, e.message);
    }
    if (path === '/api/analyze') {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(record));
    } else {
      send(res, 200, 'text/html; charset=utf-8', recordView(record));
    }
  }

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const e =
        err instanceof HttpError ? err : new HttpError(500, 'INTERNAL', toSinmunError(err).message);
      const allow = (err as { allow?: string }).allow;
      // A refused body is not read to its end: close this connection, keep the server.
      const extra = {
        ...(allow ? { allow } : {}),
        ...(e.status === 413 ? { connection: 'close' } : {}),
      };
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, e, extra);
      if (e.status === 413) req.resume();
    });
  });
}

/** Starts listening; resolves to the address actually bound (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
