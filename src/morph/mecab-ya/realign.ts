import { SinmunError } from '../../errors.js';
import type { Token } from '../../types.js';

/**
 * Places MeCab's morphemes back into the text: each surface is found in `sent` (what MeCab saw)
 * after only white space, and the token takes the original characters at those offsets.
 */
export class Realigner {
  private cursor = 0;
  constructor(
    private readonly text: string,
    private readonly sent: string,
  ) {}

  place(surface: string, pos: string, features: string[], unknown: boolean): Token {
    const at = this.sent.indexOf(surface, this.cursor);
    if (at < 0 || /\S/.test(this.sent.slice(this.cursor, at))) {
      const context = JSON.stringify(this.sent.slice(this.cursor, this.cursor + 40));
      throw new SinmunError(
        'MECAB_FAILED',
        `MeCab returned "${surface}" where the text continues with ${context} (offset ${this.cursor})`,
      );
    }
    const end = at + surface.length;
    this.cursor = end;
    return { surface: this.text.slice(at, end), start: at, end, pos, features, unknown };
  }
}
