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
  // Never the page being read: the entry itself, nor (a guide being read whole) its own sections.
  const elsewhere = (e: FaqEntry) => e.id !== entry.id && (entry.page === null || e.page !== entry.page);
  for (const near of engine.related(entry.id, limit)) if (elsewhere(near) && picked.size < Math.ceil(limit / 2)) picked.set(near.id, near);
  const sameSection = entries.filter((e) => elsewhere(e) && e.section.join('\u0000') === entry.section.join('\u0000'));
  for (const e of sameSection) if (picked.size < limit && !picked.has(e.id)) picked.set(e.id, e);
  return [...picked.values()].slice(0, limit);
}
