// The corpus's catalogue: every entry with its title, breadcrumb and place, but not its
// answer. It is what the panel page loads first (about a sixth of the corpus): the page's
// own suggestions (lib/suggest/suggest.ts without an engine) need nothing more, so the panel
// lists them before the answers and the search engine are loaded (PanelApp.tsx).

import catalogueData from 'virtual:ems-corpus-catalogue';
import type { CatalogueEntry, FaqEntry } from './types';

/**
 * The entries as `FaqEntry`s whose answers are not loaded yet: `body` and `text` are
 * empty. Only for listing titles; whoever shows an answer swaps in `entries` from
 * lib/corpus, which has the same ids in the same order.
 */
export const catalogue: readonly FaqEntry[] = (catalogueData as CatalogueEntry[]).map((entry) => ({ ...entry, body: [], text: '' }));
