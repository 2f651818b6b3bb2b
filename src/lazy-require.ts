import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded the first time it is used rather than at import: compromise, linkedom and
 * Readability cost hundreds of milliseconds to load, and most calls (Korean text, no HTML) never
 * need them. Synchronous, because `analyze` is.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
