export interface WindowOptions {
  /** Most tasks running at once; the source is not pulled further while this many are pending. */
  limit: number;
  /** Yield results in input order (default) or as they finish. */
  ordered?: boolean;
}

/**
 * Maps an (async) iterable through an async function with at most `limit` calls in flight, the
 * backpressure that keeps a pool's memory bounded on an endless source. `fn` must not reject
 * (turn failures into values), since pending results wait unobserved while others are yielded.
 */
export async function* mapWindow<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  { limit, ordered = true }: WindowOptions,
): AsyncGenerator<R> {
  const max = Math.max(1, Math.floor(limit));
  let index = 0;
  if (ordered) {
    const queue: Promise<R>[] = [];
    for await (const item of source) {
      queue.push(fn(item, index++));
      if (queue.length >= max) yield await (queue.shift() as Promise<R>);
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<R>);
    return;
  }
  const pending = new Map<number, Promise<{ key: number; value: R }>>();
  const settleOne = async (): Promise<R> => {
    const { key, value } = await Promise.race(pending.values());
    pending.delete(key);
    return value;
  };
  for await (const item of source) {
    const key = index++;
    pending.set(
      key,
      fn(item, key).then((value) => ({ key, value })),
    );
    if (pending.size >= max) yield await settleOne();
  }
  while (pending.size > 0) yield await settleOne();
}
