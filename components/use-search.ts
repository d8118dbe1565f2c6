// Search state, the same on every surface (panel, popup, answer tab): what is typed, the
// results for it, and the recent searches. The search runs on a deferred copy of the query
// (React renders the box first and the results when it has time), so typing never waits
// for the list; with one engine per surface a search is well under a millisecond anyway.

import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import type { SearchEngine, SearchHit } from '@/lib/search';
import { applyChoices, recordChoice, type LearnedChoice } from '@/lib/search/learning';
import { addRecent, type RecentSearchesStore } from '@/lib/state/recent-searches';
import { sharedSearchLearning, type SearchLearningStore } from '@/lib/state/stores';
import { useSettled } from './use-settled';

export interface UseSearchOptions {
  /** Null while the surface is still building it (the panel's first paint): no results yet. */
  engine: SearchEngine | null;
  /** How many results at most. */
  limit: number;
  initialQuery?: string;
  /** Where searches that led to an answer are remembered; none: nothing is remembered. */
  recent?: RecentSearchesStore;
  /**
   * What this person opened after a search, to rank it higher next time (this device only);
   * the page's shared store unless given, null to learn nothing.
   */
  learning?: SearchLearningStore | null;
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
  /** What the surfaces say above the results, if anything (SearchNotice). */
  notice: SearchNotice;
  recent: readonly string[];
  /** Remember the searched query, and that it led to answer `id` (call when one is opened). */
  remember: (id?: string) => void;
  forget: (query: string) => void;
  clearRecent: () => void;
}

/**
 * "No answers match …" (nothing found) or "Not sure — closest matches" (`hits` are the
 * closest weak matches of a query nothing answered with confidence); null when the results
 * are sure, when nothing is searched, and while the query is still changing (SETTLE_MS): as a
 * word is typed the results for its first letters come and go ("custom dom" is less sure than
 * "custom domain"), so the notes wait until it settles rather than come and go at every letter.
 */
export type SearchNotice = 'no-match' | 'not-sure' | null;

/** How long a query must stay the same to count as settled: longer than a typist's pause between two letters. */
export const SETTLE_MS = 400;

const NOTHING: readonly string[] = [];
const NO_CHOICES: readonly LearnedChoice[] = [];
const noSubscription = () => () => undefined;

export function useSearch({ engine, limit, initialQuery = '', recent, learning = sharedSearchLearning() }: UseSearchOptions): SearchState {
  const [query, setQuery] = useState(initialQuery);
  const searched = useDeferredValue(query).trim();
  const choices = useSyncExternalStore(learning?.subscribe ?? noSubscription, () => learning?.getState().value ?? NO_CHOICES);
  const hits = useMemo(
    () => (searched && engine ? applyChoices(engine.search(searched, { limit, unsure: true }), searched, choices, Date.now()) : []),
    [engine, searched, limit, choices],
  );
  const recentSearches = useSyncExternalStore(
    recent?.subscribe ?? noSubscription,
    () => recent?.getState().value ?? NOTHING,
  );

  const remember = useCallback(
    (id?: string) => {
      if (!searched) return;
      recent?.getState().update((r) => addRecent(r, searched));
      if (id) learning?.getState().update((c) => recordChoice(c, searched, id, Date.now()));
    },
    [recent, learning, searched],
  );
  const forget = useCallback((q: string) => recent?.getState().update((r) => r.filter((item) => item !== q)), [recent]);
  const clearRecent = useCallback(() => recent?.getState().reset(), [recent]);

  const settledQuery = useSettled(searched, SETTLE_MS);
  const searching = searched.length > 0 && engine !== null;
  const notice: SearchNotice = !searching || searched !== settledQuery ? null : hits.length === 0 ? 'no-match' : hits[0]!.sure ? null : 'not-sure';
  return { query, setQuery, searched, searching, hits, notice, recent: recentSearches, remember, forget, clearRecent };
}
