// The answers the panel shows before the user types: the curated table for the page,
// topped up by the search engine so the list is never short. Without an engine (the
// content script's first paint, before the background answers) it gives the curated part.

import type { FaqEntry } from '../corpus/types';
import type { PageContext } from '../page/detect';
import type { SearchEngine } from '../search';
import { PAGE_SUGGESTIONS, ROUTE_SUGGESTIONS, type PageSuggestions } from './page-table';

export const SUGGESTION_COUNT = 5;

export type SuggestionReason = 'curated' | 'learned' | 'section' | 'search';

export interface Suggestion {
  entry: FaqEntry;
  reason: SuggestionReason;
}

export function suggestionsFor(context: PageContext): PageSuggestions {
  const routeRow = context.route ? ROUTE_SUGGESTIONS[`${context.kind}${context.route}`] : undefined;
  return routeRow ?? PAGE_SUGGESTIONS[context.kind];
}

export function suggestForPage(
  context: PageContext,
  entries: readonly FaqEntry[],
  engine: SearchEngine | null,
  limit: number = SUGGESTION_COUNT,
  /** Answers this person opened on this kind of page before (lib/state/learned.ts). */
  learned: readonly string[] = [],
): Suggestion[] {
  const row = suggestionsFor(context);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const picked = new Map<string, Suggestion>();
  const add = (entry: FaqEntry | undefined, reason: SuggestionReason) => {
    if (entry && !picked.has(entry.id) && picked.size < limit) picked.set(entry.id, { entry, reason });
  };

  for (const id of row.must) add(byId.get(id), 'curated');
  for (const id of learned) add(byId.get(id), 'learned');
  for (const id of row.entries) add(byId.get(id), 'curated');
  if (row.sections.length > 0) {
    // Within a section, the entries closest to the page's topics first (FAQ order without
    // an engine).
    const ranked = engine ? engine.search(row.topics, { limit: entries.length }).map((hit) => hit.entry) : [];
    const inSection = (e: FaqEntry) => row.sections.some((s) => e.section.includes(s));
    for (const entry of ranked) if (inSection(entry)) add(entry, 'section');
    for (const entry of entries) if (inSection(entry)) add(entry, 'section');
  }
  if (engine) for (const hit of engine.search(row.topics, { limit })) add(hit.entry, 'search');
  return [...picked.values()];
}
