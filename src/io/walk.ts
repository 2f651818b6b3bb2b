import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { kindOfPath } from './kinds.js';

/** Codepoint order, independent of the locale, so that runs are repeatable everywhere. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The article files under a directory, recursively, in a deterministic order (entries sorted by
 * name, depth first). Hidden entries and files of unknown kinds are left out; symbolic links to
 * directories are not followed, so a link cycle cannot loop.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => byName(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        await visit(full);
      } else if (kindOfPath(e.name) !== 'unknown') {
        if (e.isFile()) out.push(full);
        else if (e.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile())
          out.push(full);
      }
    }
  };
  await visit(dir);
  return out;
}
