// "Related answers" under an answer: the engine's nearest entries first, then others from
// the same section, so a reader can keep going without searching.

import type { FaqEntry } from './corpus/types';
import type { SearchEngine } from './search';

export function relatedEntries(
  entry: FaqEntry,
  entries: readonly FaqEntry[],
  engine: SearchEngine,
  limit = 6,
): FaqEntry[] {
  const picked = new Map<string, FaqEntry>();
  for (const near of engine.related(entry.id, Math.ceil(limit / 2))) picked.set(near.id, near);
  const sameSection = entries.filter(
    (e) => e.id !== entry.id && e.section.join('\u0000') === entry.section.join('\u0000'),
  );
  for (const e of sameSection) if (picked.size < limit && !picked.has(e.id)) picked.set(e.id, e);
  return [...picked.values()].slice(0, limit);
}
