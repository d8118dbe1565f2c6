// How the panel searches. The search engine (fuse.js, the vocabulary, the synonyms) lives
// in the background, not in the content script, so the script injected into every EMS page
// stays small; the panel asks over extension messaging and resolves the ids it gets back
// against its own copy of the corpus, which it needs anyway to render answers.

import { browser } from 'wxt/browser';
import type { FaqEntry } from './corpus/types';
import type { PageContext } from './page/detect';
import type { MatchRange, SearchEngine, SearchHit } from './search';
import { suggestForPage, type Suggestion, type SuggestionReason } from './suggest/suggest';

export interface PanelSearch {
  search(query: string, limit: number): Promise<SearchHit[]>;
  suggest(context: PageContext, limit: number, learned: readonly string[]): Promise<Suggestion[]>;
}

/** What crosses the message channel: ids and ranges, never entries. */
export type SearchRequest =
  | { type: 'search'; query: string; limit: number }
  | { type: 'suggest'; context: PageContext; limit: number; learned: string[] };

export interface SearchResponse {
  hits?: Array<{ id: string; score: number; matches: { title: MatchRange[]; text: MatchRange[] }; sure: boolean }>;
  suggestions?: Array<{ id: string; reason: SuggestionReason }>;
}

export function isSearchRequest(value: unknown): value is SearchRequest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.limit !== 'number') return false;
  if (m.type === 'search') return typeof m.query === 'string';
  return m.type === 'suggest' && typeof m.context === 'object' && m.context !== null && Array.isArray(m.learned);
}

/** The background's side: answers a request with the engine. */
export function answerSearchRequest(
  request: SearchRequest,
  entries: readonly FaqEntry[],
  engine: SearchEngine,
): SearchResponse {
  const limit = Math.max(1, Math.min(50, Math.floor(request.limit)));
  if (request.type === 'search') {
    return {
      hits: engine.search(request.query, { limit, unsure: true }).map((hit) => ({ id: hit.entry.id, score: hit.score, matches: hit.matches, sure: hit.sure })),
    };
  }
  const learned = request.learned.filter((id): id is string => typeof id === 'string');
  return {
    suggestions: suggestForPage(request.context, entries, engine, limit, learned).map((s) => ({
      id: s.entry.id,
      reason: s.reason,
    })),
  };
}

/** The content script's side: asks the background, resolves ids against the local corpus. */
export function backgroundPanelSearch(entries: readonly FaqEntry[]): PanelSearch {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ask = async (request: SearchRequest): Promise<SearchResponse> => {
    try {
      return ((await browser.runtime.sendMessage(request)) as SearchResponse | undefined) ?? {};
    } catch {
      // The extension was reloaded under this page: this panel is on its way out.
      return {};
    }
  };
  return {
    async search(query, limit) {
      const { hits = [] } = await ask({ type: 'search', query, limit });
      return hits.flatMap((h) => {
        const entry = byId.get(h.id);
        return entry ? [{ entry, score: h.score, matches: h.matches, sure: h.sure !== false }] : [];
      });
    },
    async suggest(context, limit, learned) {
      const { suggestions = [] } = await ask({ type: 'suggest', context, limit, learned: [...learned] });
      return suggestions.flatMap((s) => {
        const entry = byId.get(s.id);
        return entry ? [{ entry, reason: s.reason }] : [];
      });
    },
  };
}

/** The same, answered in place: for pages that carry the engine anyway, and for tests. */
export function localPanelSearch(entries: readonly FaqEntry[], engine: SearchEngine): PanelSearch {
  return {
    search: async (query, limit) => engine.search(query, { limit, unsure: true }),
    suggest: async (context, limit, learned) => suggestForPage(context, entries, engine, limit, learned),
  };
}
