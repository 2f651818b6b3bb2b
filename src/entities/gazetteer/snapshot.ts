/**
 * The built-in gazetteer, indexed at build time (`npm run build` writes `dist/gazetteer.bin`) and
 * loaded without parsing JSON or indexing a form: merging, normalising and building the trie of
 * ~2,400 entries took a few hundred milliseconds of every start, in every worker thread.
 *
 * Layout (little-endian): a 56-byte header (magic, version, the number of int32 values, the byte
 * length of the string table, the SHA-1 of the data files it was built from), the int32 values
 * (entries, terminals, the trie's arrays, which are used in place), then the strings, UTF-8,
 * each ended by a NUL. The trie's arrays are views into the bytes, so a snapshot read into a
 * SharedArrayBuffer is shared by every thread that opens it, like the dictionary.
 */
import { SinmunError } from '../../errors.js';
import type { EntityType } from '../../types.js';
import { CodeTrie } from './code-trie.js';
import type {
  GazetteerEntryResolved,
  GazetteerIndex,
  Terminal,
  TerminalIndex,
} from './gazetteer.js';

const MAGIC = 0x5a47_4e53;
const VERSION = 1;
const HEADER_BYTES = 56;
const HASH_BYTES = 40;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The snapshot bytes of an index built from data whose hash is `dataHash` (hex SHA-1). */
export function encodeSnapshot(parts: GazetteerIndex, dataHash: string): Uint8Array {
  const ints: number[] = [];
  const strings = new Map<string, number>();
  const str = (s: string): number => {
    if (s.includes('\0')) throw new SinmunError('INTERNAL', `gazetteer string with NUL: ${s}`);
    let id = strings.get(s);
    if (id === undefined) strings.set(s, (id = strings.size));
    return id;
  };
  const list = (items: readonly number[]) => {
    ints.push(items.length);
    for (const v of items) ints.push(v);
  };

  const entryIds = new Map<GazetteerEntryResolved, number>();
  ints.push(parts.byKey.size);
  for (const e of parts.byKey.values()) {
    entryIds.set(e, entryIds.size);
    ints.push(
      str(e.key),
      str(e.canonical),
      str(e.type),
      e.wikidata === null ? -1 : str(e.wikidata),
    );
    for (const field of [e.ko, e.aliases, e.ambiguous, e.forms, e.normalisedForms, e.sources]) {
      list(field.map(str));
    }
  }
  const id = (e: GazetteerEntryResolved) => entryIds.get(e)!;
  const terminalIds = new Map<Terminal, number>();
  ints.push(parts.index.size);
  for (const [key, t] of parts.index) {
    terminalIds.set(t, terminalIds.size);
    ints.push(str(key));
    list(t.entries.map(id));
    list([...t.spaces]);
    list(t.forms.flatMap((f) => [id(f.entry), str(f.form), str(f.bare)]));
    list([...t.markedAmbiguous].map(id));
  }
  const { arrays, terminals } = parts.trie.parts();
  list(terminals.map((t) => (t === undefined ? -1 : terminalIds.get(t)!)));
  for (const a of [arrays.edgeStart, arrays.edgeCode, arrays.edgeChild, arrays.rootIndex]) {
    list(Array.from(a));
  }

  const text = encoder.encode([...strings.keys()].map((s) => `${s}\0`).join(''));
  const bytes = new Uint8Array(HEADER_BYTES + ints.length * 4 + text.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, ints.length, true);
  view.setUint32(12, text.length, true);
  bytes.set(encoder.encode(dataHash.padEnd(HASH_BYTES).slice(0, HASH_BYTES)), 16);
  new Int32Array(bytes.buffer, HEADER_BYTES, ints.length).set(ints);
  bytes.set(text, HEADER_BYTES + ints.length * 4);
  return bytes;
}

/** The data hash a snapshot was built from, or null if these are not snapshot bytes. */
export function snapshotDataHash(bytes: Uint8Array): string | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return null;
  return decoder.decode(bytes.subarray(16, 16 + HASH_BYTES)).trimEnd();
}

/** The index stored in snapshot bytes (checked with `snapshotDataHash` first). */
export function decodeSnapshot(bytes: Uint8Array): GazetteerIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const count = view.getUint32(8, true);
  const textLength = view.getUint32(12, true);
  if (bytes.length !== HEADER_BYTES + count * 4 + textLength) {
    throw new SinmunError('INTERNAL', 'gazetteer snapshot has the wrong size');
  }
  // Int32 views need 4-byte alignment; a snapshot read on its own always has it.
  const aligned = (bytes.byteOffset + HEADER_BYTES) % 4 === 0 ? bytes : bytes.slice();
  const ints = new Int32Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES, count);
  const text = decoder.decode(aligned.subarray(HEADER_BYTES + count * 4));
  const strings = text.split('\0');
  const r = new IntReader(ints, 0);
  const next = () => r.next();
  const list = <T>(map: (v: number) => T): T[] => r.list(map);
  const s = (i: number) => strings[i];

  const entries: GazetteerEntryResolved[] = [];
  const byKey = new Map<string, GazetteerEntryResolved>();
  for (let n = next(); n > 0; n--) {
    const key = s(next());
    const canonical = s(next());
    const type = s(next()) as EntityType;
    const wikidataId = next();
    const entry: GazetteerEntryResolved = {
      key,
      canonical,
      type,
      wikidata: wikidataId < 0 ? null : s(wikidataId),
      ko: list(s),
      aliases: list(s),
      ambiguous: list(s),
      forms: list(s),
      normalisedForms: list(s),
      sources: list(s),
    };
    entries.push(entry);
    byKey.set(key, entry);
  }
  const e = (i: number) => entries[i];
  // A terminal (one per normalised key, ~7,000) is made when a scan or lookup first reaches it,
  // not here: building them all was most of the snapshot's start-up cost.
  const keyTerminal = new Map<string, number>();
  const terminalStart: number[] = [];
  for (let n = next(); n > 0; n--) {
    keyTerminal.set(s(next()), terminalStart.length);
    terminalStart.push(r.p);
    for (let skipped = 0; skipped < 4; skipped++) r.p += 1 + ints[r.p];
  }
  const made: (Terminal | undefined)[] = new Array<Terminal | undefined>(terminalStart.length);
  const terminal = (i: number): Terminal => {
    let t = made[i];
    if (t === undefined) {
      t = decodeTerminal(ints, terminalStart[i], e, s);
      made[i] = t;
    }
    return t;
  };
  const array = (): Int32Array => {
    const n = next();
    const a = ints.subarray(r.p, r.p + n);
    r.p += n;
    return a;
  };
  const nodeTerminals = array();
  const edgeStart = array();
  const edgeCode = array();
  const edgeChild = array();
  const rootIndex = array();
  const trie = new CodeTrie({ edgeStart, edgeCode, edgeChild, rootIndex }, (node) => {
    const t = nodeTerminals[node];
    return t < 0 ? undefined : terminal(t);
  });
  return { byKey, index: new SnapshotTerminals(keyTerminal, terminal), trie };
}

/** The terminal record at `p`: its entries, spaces, forms and entries marked ambiguous. */
function decodeTerminal(
  ints: Int32Array,
  start: number,
  entry: (i: number) => GazetteerEntryResolved,
  s: (i: number) => string,
): Terminal {
  const r = new IntReader(ints, start);
  const terminal: Terminal = {
    entries: r.list(entry),
    spaces: new Set(r.list((v) => v)),
    forms: [],
    markedAmbiguous: new Set(),
  };
  for (let f = r.next() / 3; f > 0; f--) {
    terminal.forms.push({ entry: entry(r.next()), form: s(r.next()), bare: s(r.next()) });
  }
  for (const e of r.list(entry)) terminal.markedAmbiguous.add(e);
  return terminal;
}

/** A cursor over a snapshot's int32 values; a list is its length, then its values. */
class IntReader {
  constructor(
    private readonly ints: Int32Array,
    public p: number,
  ) {}

  next(): number {
    return this.ints[this.p++];
  }

  list<T>(map: (v: number) => T): T[] {
    const n = this.next();
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = map(this.next());
    return out;
  }
}

/** A snapshot's terminals by key, each made on first use (the same object every time). */
class SnapshotTerminals implements TerminalIndex {
  constructor(
    private readonly ids: Map<string, number>,
    private readonly terminal: (i: number) => Terminal,
  ) {}

  get size(): number {
    return this.ids.size;
  }

  get(key: string): Terminal | undefined {
    const i = this.ids.get(key);
    return i === undefined ? undefined : this.terminal(i);
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  *[Symbol.iterator](): Iterator<[string, Terminal]> {
    for (const [key, i] of this.ids) yield [key, this.terminal(i)];
  }
}
