// Search state, the same on every surface (panel, popup, answer tab): what is typed, the
// results for it, and the recent searches. The search runs on a deferred copy of the query
// (React renders the box first and the results when it has time), so typing never waits
// for the list; with one engine per surface a search is well under a millisecond anyway.

import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import type { SearchEngine, SearchHit } from '@/lib/search';
import { addRecent, type RecentSearchesStore } from '@/lib/state/recent-searches';

export interface UseSearchOptions {
  /** Null while the surface is still building it (the panel's first paint): no results yet. */
  engine: SearchEngine | null;
  /** How many results at most. */
  limit: number;
  initialQuery?: string;
  /** Where searches that led to an answer are remembered; none: nothing is remembered. */
  recent?: RecentSearchesStore;
}

export interface SearchState {
  /** What is in the box. */
  query: string;
  setQuery: (query: string) => void;
  /** The trimmed query the results are for (it trails `query` while React catches up). */
  searched: string;
  /** True while there is a query: show results (or "no match"), not the start list. */
  searching: boolean;
  hits: readonly SearchHit[];
  recent: readonly string[];
  /** Remember the searched query (call when it led to an answer). */
  remember: () => void;
  forget: (query: string) => void;
  clearRecent: () => void;
}

const NOTHING: readonly string[] = [];
const noSubscription = () => () => undefined;

export function useSearch({ engine, limit, initialQuery = '', recent }: UseSearchOptions): SearchState {
  const [query, setQuery] = useState(initialQuery);
  const searched = useDeferredValue(query).trim();
  const hits = useMemo(() => (searched && engine ? engine.search(searched, { limit }) : []), [engine, searched, limit]);
  const recentSearches = useSyncExternalStore(
    recent?.subscribe ?? noSubscription,
    () => recent?.getState().value ?? NOTHING,
  );

  const remember = useCallback(() => {
    if (searched) recent?.getState().update((r) => addRecent(r, searched));
  }, [recent, searched]);
  const forget = useCallback((q: string) => recent?.getState().update((r) => r.filter((item) => item !== q)), [recent]);
  const clearRecent = useCallback(() => recent?.getState().reset(), [recent]);

  const searching = searched.length > 0 && engine !== null;
  return { query, setQuery, searched, searching, hits, recent: recentSearches, remember, forget, clearRecent };
}
