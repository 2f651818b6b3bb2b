/**
 * Zero-filled arrays reused from one article to the next. A typed array of a few kilobytes
 * is allocated outside the JS heap, and making five of them for every article (then collecting
 * them) cost more than the rules that used them did; clearing a kept one is a memset.
 *
 * Each call site keeps its own: an array handed out stays in use until the same site asks again,
 * which extraction, being synchronous and not re-entrant, only does for the next region or
 * article. The array may be longer than asked for, and only the asked-for length is cleared.
 */

/** Longer arrays are made fresh and not kept, so that one huge article's are not held on to. */
const KEEP = 1 << 16;

export type Take<A> = (length: number) => A;

type ZeroedArray = Int32Array | Uint8Array;

/** A site's reusable array, made by `make` (zero-filled, as typed arrays are when made). */
function scratch<A extends ZeroedArray>(make: (length: number) => A): Take<A> {
  let kept = make(0);
  return (length) => {
    if (length > KEEP) return make(length);
    if (kept.length < length) kept = make(Math.max(length, 4096));
    else kept.fill(0, 0, length);
    return kept;
  };
}

export const scratchInt32 = (): Take<Int32Array> => scratch((n) => new Int32Array(n));
export const scratchUint8 = (): Take<Uint8Array> => scratch((n) => new Uint8Array(n));
