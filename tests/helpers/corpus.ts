/** The shared corpus (../shared/corpus), when this checkout sits beside it. */
import { existsSync, readFileSync } from 'node:fs';

export const CORPUS_PATH = new URL(
  '../../../shared/corpus/ko-news-and-reviews.txt',
  import.meta.url,
);
export const hasCorpus = existsSync(CORPUS_PATH);
export const NEWS_LINES = 2983;

export function corpusLines(): string[] {
  return readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);
}

export function skipMessage(): string {
  return `shared corpus not found at ${CORPUS_PATH.pathname}: corpus property tests skipped`;
}
