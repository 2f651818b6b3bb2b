import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SinmunError } from '../errors.js';

interface NativeMmap {
  mapFile(file: string): ArrayBuffer;
}

let native: NativeMmap | null | undefined;

/**
 * The optional addon built from native/mmap.c (`npm run build` puts it in dist/native/): looked
 * for beside the built bundle, then from the sources' place in a checkout. `SINMUN_MMAP=0` turns
 * it off (the page-by-page reader is then used, as where no C compiler was at hand).
 */
function loadNative(): NativeMmap | null {
  if (native !== undefined) return native;
  native = null;
  if (process.env.SINMUN_MMAP === '0') return native;
  const name = `mmap-${process.platform}-${process.arch}.node`;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, 'native', name),
    path.join(here, '..', '..', 'dist', 'native', name),
  ];
  const require = createRequire(import.meta.url);
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    try {
      native = require(file) as NativeMmap;
      break;
    } catch {
      // Built for another platform or Node: the reader below works everywhere.
    }
  }
  return native;
}

/** Whether `mapFile` maps (true) or would return null. */
export function canMapFiles(): boolean {
  return loadNative() !== null;
}

/**
 * The whole file as memory the kernel pages in from its page cache on first touch, as MeCab's
 * `mmap`: no read calls, no copies, and the pages shared by every thread and process that maps the
 * file. Null where the addon is not built.
 */
export function mapFile(file: string): ArrayBuffer | null {
  const addon = loadNative();
  if (!addon) return null;
  try {
    return addon.mapFile(file);
  } catch (err) {
    const e = err as Error & { code?: string };
    const code = e.code === 'SINMUN_MMAP_OPEN' ? 'DICTIONARY_NOT_FOUND' : 'DICTIONARY_INVALID';
    throw new SinmunError(code, e.message, { cause: err });
  }
}
