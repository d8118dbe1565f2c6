// The panel page's second load (its own chunk, imported by main.tsx after the first paint):
// the answers and the search engine built over them. The first paint lists the page's
// suggestions from the catalogue alone (lib/corpus/catalogue.ts).

import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';
import type { LoadedAnswers } from '@/components/panel/panel-page';

export function buildAnswers(): LoadedAnswers {
  return { entries, engine: createSearchEngine(entries, searchData) };
}
