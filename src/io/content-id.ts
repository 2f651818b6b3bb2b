import { createHash } from 'node:crypto';

/**
 * The id of an input that comes without one: the same text always gets the same id. Lives here,
 * apart from the analyzer, so that reading and pooling code can name inputs without loading it.
 */
export function contentId(text: string): string {
  return 'sha1:' + createHash('sha1').update(text).digest('hex').slice(0, 16);
}
