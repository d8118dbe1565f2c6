// The answers the panel shows before the user types. What the screen shows (an alert, an
// open dialog) comes first when it matches strongly (cues.ts), because it says what the
// person is dealing with right now; then the page's own needs from the page table (lib/page/pages.ts), answers opened
// here before, and the search engine's answers to the page's topics, so the list is never
// short. Without an engine it gives the curated part. The listing itself is list.ts's
// (the panel page uses it without an engine, with the engine's answers worked out elsewhere).

import type { FaqEntry } from '../corpus/types';
import type { PageContext } from '../page/detect';
import { needsOf } from '../page/pages';
import type { SearchEngine } from '../search';
import { listSuggestions, SUGGESTION_COUNT, type Suggestion } from './list';
import { screenAnswers } from './engine-answers';
import { rankTopics } from './topic-ranking';

export { SUGGESTION_COUNT, type Suggestion, type SuggestionReason } from './list';

export function suggestForPage(
  context: PageContext,
  entries: readonly FaqEntry[],
  engine: SearchEngine | null,
  limit: number = SUGGESTION_COUNT,
  /** Answers this person opened on this kind of page before (lib/state/learned.ts). */
  learned: readonly string[] = [],
): Suggestion[] {
  if (!engine) return listSuggestions(context, entries, limit, learned);
  const needs = needsOf(context.kind, context.route);
  return listSuggestions(context, entries, limit, learned, {
    ranking: rankTopics(needs, engine, entries, limit),
    screen: screenAnswers(context, entries, engine),
  });
}
