import type { Token } from '../types.js';
import { lineSpans } from './lines.js';

/**
 * MeCab's default output for `text`: one `surface\tfeatures` line per morpheme and `EOS` after
 * each input line. `tokens` must be those of `text`, in order.
 */
export function formatMecab(text: string, tokens: readonly Token[]): string {
  let out = '';
  let t = 0;
  for (const [, end] of lineSpans(text)) {
    while (t < tokens.length && tokens[t].start < end) {
      const tok = tokens[t++];
      out += `${tok.surface}\t${[tok.pos, ...tok.features].join(',')}\n`;
    }
    out += 'EOS\n';
  }
  return out;
}
