/**
 * The built-in gazetteer, indexed at build time (`npm run build` writes `dist/gazetteer.bin`) and
 * used in place: opening it parses no JSON, indexes no form and makes no object. Entries, key
 * records and strings are decoded when a scan or lookup first reaches them (a first article
 * reaches a few dozen of ~2,400 entries and ~7,000 keys); decoding them all at every start, in
 * every thread, was two thirds of `createAnalyzer`'s time and a thousand fresh pages of heap.
 *
 * Layout (little-endian): a 56-byte header (magic, version, the number of int32 values, the byte
 * length of the string table, the SHA-1 of the data files it was built from), the int32 values,
 * then the strings, UTF-8, back to back. The int32 values open with a table of where each part
 * begins and how many items it has (`Part`); entries and key records are each found through a
 * table of their positions; strings through a table of their byte offsets. The trie's arrays and
 * its start filter come first, the part every scan uses, and are views into the bytes; the records
 * and strings after them can be read page by page as they are reached (a first article reads ~3
 * of the file's ~320 pages of them). A snapshot read whole into a SharedArrayBuffer is shared by
 * every thread that opens it, like the dictionary.
 */
import { SinmunError } from '../../errors.js';
import type { EntityType } from '../../types.js';
import { CodeTrie, NO_NODE, StartFilter } from './code-trie.js';
import type {
  EntryIndex,
  GazetteerEntryResolved,
  GazetteerIndex,
  Terminal,
  TerminalIndex,
} from './gazetteer.js';

const MAGIC = 0x5a47_4e53;
const VERSION = 2;
const HEADER_BYTES = 56;
const HASH_BYTES = 40;

/** Slots of the table the int32 values open with. */
const Part = {
  /** Position of the entries' position table, and the number of entries. */
  entries: 0,
  entryCount: 1,
  /** Position of the key records' position table (one record per trie terminal), their number. */
  terminals: 2,
  terminalCount: 3,
  /** Position of the strings' byte offsets (count + 1 of them), the number of strings. */
  strings: 4,
  stringCount: 5,
  /** Per trie node, its key record or -1; the number of nodes. */
  nodeTerminals: 6,
  nodeCount: 7,
  /** The trie's edge arrays (`edgeStart` has nodeCount + 1 values), the number of edges. */
  edgeStart: 8,
  edgeCode: 9,
  edgeCount: 10,
  /** The start filter's `StartFilter.WORDS` words. */
  filter: 11,
  /** The string of the data files' names it was built from, one a line. */
  files: 12,
} as const;
const TABLE = 13;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The snapshot bytes of an index built from the data files `files` (names), whose hash is
 * `dataHash` (hex SHA-1).
 */
export function encodeSnapshot(
  parts: GazetteerIndex,
  dataHash: string,
  files: readonly string[] = [],
): Uint8Array {
  const ints: number[] = new Array<number>(TABLE).fill(0);
  const strings = new Map<string, number>();
  const str = (s: string): number => {
    let id = strings.get(s);
    if (id === undefined) strings.set(s, (id = strings.size));
    return id;
  };
  const list = (items: readonly number[]) => {
    ints.push(items.length);
    for (const v of items) ints.push(v);
  };
  /** A table of `count` positions at slot `part`, each item's record written by `write`. */
  const records = (part: number, count: number, write: (i: number) => void) => {
    const table = ints.length;
    ints[part] = table;
    ints[part + 1] = count;
    for (let i = 0; i < count; i++) ints.push(0);
    for (let i = 0; i < count; i++) {
      ints[table + i] = ints.length;
      write(i);
    }
  };
  const array = (part: number, values: ArrayLike<number>) => {
    ints[part] = ints.length;
    for (let i = 0; i < values.length; i++) ints.push(values[i]);
  };

  const entries = [...parts.byKey.values()];
  const entryIds = new Map(entries.map((e, i) => [e, i]));
  const id = (e: GazetteerEntryResolved) => entryIds.get(e)!;
  const terminals = [...parts.index];
  const terminalIds = new Map(terminals.map(([, t], i) => [t, i]));
  // what every scan uses first, read at open; the records and strings after it are read by page
  // as they are reached
  const { arrays, terminals: nodeTerminals } = parts.trie.parts();
  ints[Part.nodeCount] = nodeTerminals.length;
  array(
    Part.nodeTerminals,
    nodeTerminals.map((t) => (t === undefined ? -1 : terminalIds.get(t)!)),
  );
  array(Part.edgeStart, arrays.edgeStart.subarray(0, nodeTerminals.length + 1));
  array(Part.edgeCode, arrays.edgeCode);
  ints[Part.edgeCount] = arrays.edgeCode.length;
  array(Part.filter, (parts.starts ?? parts.trie.startFilter()).bits);
  records(Part.entries, entries.length, (i) => {
    const e = entries[i];
    ints.push(
      str(e.key),
      str(e.canonical),
      str(e.type),
      e.wikidata === null ? -1 : str(e.wikidata),
    );
    for (const field of [e.ko, e.aliases, e.ambiguous, e.forms, e.normalisedForms, e.sources]) {
      list(field.map(str));
    }
  });
  records(Part.terminals, terminals.length, (i) => {
    const [key, t] = terminals[i];
    ints.push(str(key));
    list(t.entries.map(id));
    list([...t.spaces]);
    list(t.forms.flatMap((f) => [id(f.entry), str(f.form), str(f.bare)]));
    list([...t.markedAmbiguous].map(id));
  });
  ints[Part.files] = str(files.join('\n'));

  const encoded = [...strings.keys()].map((s) => encoder.encode(s));
  const offsets = [0];
  for (const b of encoded) offsets.push(offsets[offsets.length - 1] + b.length);
  ints[Part.stringCount] = encoded.length;
  array(Part.strings, offsets);

  const textLength = offsets[offsets.length - 1];
  const bytes = new Uint8Array(HEADER_BYTES + ints.length * 4 + textLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, ints.length, true);
  view.setUint32(12, textLength, true);
  bytes.set(encoder.encode(dataHash.padEnd(HASH_BYTES).slice(0, HASH_BYTES)), 16);
  new Int32Array(bytes.buffer, HEADER_BYTES, ints.length).set(ints);
  let at = HEADER_BYTES + ints.length * 4;
  for (const b of encoded) {
    bytes.set(b, at);
    at += b.length;
  }
  return bytes;
}

/** The data hash a snapshot was built from, or null if these are not snapshot bytes. */
export function snapshotDataHash(bytes: Uint8Array): string | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return null;
  return decoder.decode(bytes.subarray(16, 16 + HASH_BYTES)).trimEnd();
}

/**
 * Makes bytes `[start, end)` of a snapshot present: a snapshot read page by page as it is used
 * (`PagedFile#ensure`); nothing to do for bytes read whole.
 */
export type Ensure = (start: number, end: number) => void;

const WHOLE: Ensure = () => {};

/** The names of the data files a snapshot was built from (checked with `snapshotDataHash`). */
export function snapshotDataFiles(bytes: Uint8Array, ensure: Ensure = WHOLE): string[] {
  const store = openStore(bytes, ensure);
  const names = store.string(store.ints[Part.files]);
  return names === '' ? [] : names.split('\n');
}

/**
 * The index stored in snapshot bytes (checked with `snapshotDataHash` first), used in place;
 * with `ensure`, bytes read as they are reached (the trie and its filter now, records and strings
 * when first decoded).
 */
export function decodeSnapshot(bytes: Uint8Array, ensure: Ensure = WHOLE): GazetteerIndex {
  const store = openStore(bytes, ensure);
  const ints = store.ints;
  store.ensureInts(TABLE, ints[Part.entries]);
  const nodes = ints[Part.nodeCount];
  const edges = ints[Part.edgeCount];
  const at = (part: number, length: number) => ints.subarray(ints[part], ints[part] + length);
  const nodeTerminals = at(Part.nodeTerminals, nodes);
  const edgeStart = at(Part.edgeStart, nodes + 1);
  const edgeCode = at(Part.edgeCode, edges);
  const rootIndex = CodeTrie.rootIndexOf(edgeStart, edgeCode);
  const trie = new CodeTrie<Terminal>({ edgeStart, edgeCode, rootIndex }, (node) => {
    const t = nodeTerminals[node];
    return t < 0 ? undefined : store.terminal(t);
  });
  const filter = at(Part.filter, StartFilter.WORDS);
  const starts = new StartFilter(
    new Uint32Array(filter.buffer, filter.byteOffset, StartFilter.WORDS),
  );
  return {
    byKey: new SnapshotEntries(store),
    index: new SnapshotTerminals(store, trie, nodeTerminals),
    trie,
    starts,
  };
}

/** The records of snapshot bytes, nothing decoded yet. */
function openStore(bytes: Uint8Array, ensure: Ensure): SnapshotStore {
  ensure(0, HEADER_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const count = view.getUint32(8, true);
  const textLength = view.getUint32(12, true);
  if (bytes.length !== HEADER_BYTES + count * 4 + textLength) {
    throw new SinmunError('INTERNAL', 'gazetteer snapshot has the wrong size');
  }
  // Int32 views need 4-byte alignment; a snapshot read on its own always has it.
  const copy = (bytes.byteOffset + HEADER_BYTES) % 4 !== 0;
  if (copy) ensure(0, bytes.length);
  const aligned = copy ? bytes.slice() : bytes;
  const ints = new Int32Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES, count);
  const textAt = HEADER_BYTES + count * 4;
  const store = new SnapshotStore(ints, aligned.subarray(textAt), {
    ints: (from, to) => ensure(HEADER_BYTES + from * 4, HEADER_BYTES + to * 4),
    text: (from, to) => ensure(textAt + from, textAt + to),
  });
  return store;
}

/**
 * A snapshot's records, each made the first time it is asked for and the same object after:
 * matches compare entries by identity.
 */
class SnapshotStore {
  readonly entryCount: number;
  readonly terminalCount: number;
  private readonly entries: (GazetteerEntryResolved | undefined)[];
  private readonly terminals: (Terminal | undefined)[];
  private readonly strings: (string | undefined)[];
  private readonly stringAt: Int32Array;
  private readonly stringsAt: number;
  private readonly text: Buffer;

  constructor(
    readonly ints: Int32Array,
    text: Uint8Array,
    private readonly present: { ints: Ensure; text: Ensure },
  ) {
    present.ints(0, TABLE);
    this.entryCount = ints[Part.entryCount];
    this.terminalCount = ints[Part.terminalCount];
    this.entries = new Array<GazetteerEntryResolved | undefined>(this.entryCount);
    this.terminals = new Array<Terminal | undefined>(this.terminalCount);
    const stringCount = ints[Part.stringCount];
    this.strings = new Array<string | undefined>(stringCount);
    this.stringAt = ints.subarray(ints[Part.strings], ints[Part.strings] + stringCount + 1);
    this.stringsAt = ints[Part.strings];
    // a Buffer view (no copy) decodes a slice without making a view object for it
    this.text = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  }

  string(i: number): string {
    return (this.strings[i] ??= this.decodeString(i));
  }

  entry(i: number): GazetteerEntryResolved {
    return (this.entries[i] ??= this.decodeEntry(this.record(Part.entries, Part.terminals, i)));
  }

  terminal(i: number): Terminal {
    return (this.terminals[i] ??= this.decodeTerminal(
      this.record(Part.terminals, Part.strings, i),
    ));
  }

  /** The key of terminal record `i`. */
  terminalKey(i: number): string {
    return this.string(this.ints[this.record(Part.terminals, Part.strings, i)]);
  }

  /** Makes int32 values `[from, to)` present. */
  ensureInts(from: number, to: number): void {
    this.present.ints(from, to);
  }

  /**
   * Where record `i` of the part whose position table is at slot `part` begins, made present;
   * the last record ends where the part at slot `next` begins.
   */
  private record(part: number, next: number, i: number): number {
    const table = this.ints[part];
    const last = i + 1 === this.ints[part + 1];
    this.present.ints(table + i, table + i + (last ? 1 : 2));
    const start = this.ints[table + i];
    this.present.ints(start, last ? this.ints[next] : this.ints[table + i + 1]);
    return start;
  }

  private decodeString(i: number): string {
    this.present.ints(this.stringsAt + i, this.stringsAt + i + 2);
    const from = this.stringAt[i];
    const to = this.stringAt[i + 1];
    this.present.text(from, to);
    return this.text.toString('utf8', from, to);
  }

  private decodeEntry(start: number): GazetteerEntryResolved {
    const r = new IntReader(this.ints, start);
    const s = (v: number) => this.string(v);
    const key = s(r.next());
    const canonical = s(r.next());
    const type = s(r.next()) as EntityType;
    const wikidataId = r.next();
    // the fields in the order `IndexBuilder` makes them: one object shape for either origin
    const ko = r.list(s);
    const aliases = r.list(s);
    return {
      key,
      canonical,
      type,
      ko,
      aliases,
      wikidata: wikidataId < 0 ? null : s(wikidataId),
      ambiguous: r.list(s),
      forms: r.list(s),
      normalisedForms: r.list(s),
      sources: r.list(s),
    };
  }

  /** A key record: its entries, spaces, forms and entries marked ambiguous. */
  private decodeTerminal(start: number): Terminal {
    const r = new IntReader(this.ints, start + 1);
    const entry = (v: number) => this.entry(v);
    const terminal: Terminal = {
      entries: r.list(entry),
      spaces: new Set(r.list((v) => v)),
      forms: [],
      markedAmbiguous: new Set(),
    };
    for (let f = r.next() / 3; f > 0; f--) {
      terminal.forms.push({
        entry: entry(r.next()),
        form: this.string(r.next()),
        bare: this.string(r.next()),
      });
    }
    for (const e of r.list(entry)) terminal.markedAmbiguous.add(e);
    return terminal;
  }
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

/** A snapshot's entries in data order; by key through a Map made on the first `get`. */
class SnapshotEntries implements EntryIndex {
  private byKey: Map<string, GazetteerEntryResolved> | undefined;

  constructor(private readonly store: SnapshotStore) {}

  get size(): number {
    return this.store.entryCount;
  }

  get(key: string): GazetteerEntryResolved | undefined {
    this.byKey ??= new Map(Array.from(this.values(), (e) => [e.key, e]));
    return this.byKey.get(key);
  }

  *values(): IterableIterator<GazetteerEntryResolved> {
    for (let i = 0; i < this.store.entryCount; i++) yield this.store.entry(i);
  }
}

/** A snapshot's key records by key, found by walking the trie the keys were built into. */
class SnapshotTerminals implements TerminalIndex {
  constructor(
    private readonly store: SnapshotStore,
    private readonly trie: CodeTrie<Terminal>,
    private readonly nodeTerminals: Int32Array,
  ) {}

  get size(): number {
    return this.store.terminalCount;
  }

  get(key: string): Terminal | undefined {
    const t = this.recordOf(key);
    return t < 0 ? undefined : this.store.terminal(t);
  }

  has(key: string): boolean {
    return this.recordOf(key) >= 0;
  }

  *[Symbol.iterator](): Iterator<[string, Terminal]> {
    for (let i = 0; i < this.store.terminalCount; i++) {
      yield [this.store.terminalKey(i), this.store.terminal(i)];
    }
  }

  /** The record of `key` (its code points, as the trie was built from), or -1. */
  private recordOf(key: string): number {
    if (key === '') return -1;
    let node = 0;
    for (let i = 0; i < key.length && node !== NO_NODE;) {
      const code = key.codePointAt(i)!;
      node = i === 0 ? this.trie.first(code) : this.trie.child(node, code);
      i += code > 0xffff ? 2 : 1;
    }
    return node === NO_NODE ? -1 : this.nodeTerminals[node];
  }
}
