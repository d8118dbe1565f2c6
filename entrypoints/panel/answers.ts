// The panel page's second load (its own chunk, imported by main.tsx when the person starts
// using the panel): the answers and the search engine built over them. Until then the panel
// lists the page's suggestions from the catalogue (lib/corpus/catalogue.ts), the build's
// topic rankings and the background's answers for the screen.

import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';
import { screenAnswers } from '@/lib/suggest/engine-answers';
import type { LoadedAnswers } from '@/components/panel/panel-page';

export function buildAnswers(): LoadedAnswers {
  const engine = createSearchEngine(entries, searchData);
  return { entries, engine, screen: (context) => screenAnswers(context, entries, engine) };
}
