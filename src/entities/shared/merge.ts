/**
 * Joining the entities found in different parts of one article (its Korean and its English
 * paragraphs are read by different rules) so that one real-world thing stays one entity.
 */
import type { Entity } from '../../types.js';

function keyOf(e: Entity): string {
  return e.id ?? (e.canonical ? `${e.type}:${e.canonical.toLowerCase()}` : `${e.type}:${e.name}`);
}

/** Entities of several extractions of the same text, merged by id, canonical name or name. */
export function mergeEntities(
  groups: Entity[][],
  preferName: (a: Entity, b: Entity) => Entity,
): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const group of groups) {
    for (const e of group) {
      const key = keyOf(e);
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
        continue;
      }
      const keep = preferName(seen, e);
      const mentions = [...seen.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
      const names = new Set([seen.name, e.name, ...seen.aliases, ...e.aliases]);
      names.delete(keep.name);
      byKey.set(key, { ...seen, name: keep.name, aliases: [...names], mentions });
    }
  }
  return [...byKey.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
