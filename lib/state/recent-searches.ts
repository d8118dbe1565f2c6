// The popup's recent searches: newest first, at most seven, kept on this device only.

import type { ItemStore } from './item-store';

export const MAX_RECENT = 7;
const MAX_QUERY_CHARS = 200;

export function parseRecent(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null;
  return raw
    .filter((q): q is string => typeof q === 'string' && q.trim().length > 0)
    .map((q) => q.slice(0, MAX_QUERY_CHARS))
    .slice(0, MAX_RECENT);
}

/** `recent` with `query` moved (or added) to the front; case-insensitive duplicates collapse. */
export function addRecent(recent: readonly string[], query: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_CHARS);
  if (!q) return [...recent];
  const rest = recent.filter((r) => r.toLowerCase() !== q.toLowerCase());
  return [q, ...rest].slice(0, MAX_RECENT);
}

/** In memory (stores.ts); stored as an item (items.ts). */
export type RecentSearchesStore = ItemStore<string[]>;
