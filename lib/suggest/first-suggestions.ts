// Each page's first suggestions, listed at build time (lib/corpus/build/vite-plugin.ts,
// `virtual:ems-first-suggestions`): what the panel lists on a page before anything is known
// of its screen or of this person (no warning pinned, nothing learned), with just the words
// each row shows. The panel page's first script draws them before React and the catalogue
// have arrived (components/panel/first-paint.ts); React then draws the same list from the
// catalogue and the topic rankings (components/panel/PanelBody.tsx), and a test holds the
// two to the same markup (tests/unit/first-paint.test.tsx).

import type { FaqEntry } from '../corpus/types';
import { locate, pagesOf } from '../hit-location';
import { everyPageAndTab, needsOf } from '../page/pages';
import { listSuggestions, MORE_SUGGESTIONS, pageKeyOf, SUGGESTION_COUNT } from './list';
import { topicKey, type TopicRankings } from './topic-ranking';

/** One row as the list shows it: the title, and under a guide section's title its page and headings. */
export interface FirstRow {
  id: string;
  title: string;
  /** The entry's language, where it is not the corpus's English. */
  lang?: string;
  trail?: { text: string; lang: string };
}

export interface FirstList {
  /** The open panel's list, "more" included (MORE_SUGGESTIONS). */
  rows: FirstRow[];
  /** How many answers the folded launcher counts (a list of SUGGESTION_COUNT). */
  short: number;
}

/** Each page's list, under its page key (list.ts: pageKeyOf). */
export type FirstSuggestions = Readonly<Record<string, FirstList>>;

/** The trail EntryTrail (components/results/Location.tsx) draws under a section's title. */
function trailOf(entry: FaqEntry, pageOf: ReturnType<typeof pagesOf>): FirstRow['trail'] {
  if (entry.kind !== 'section') return undefined;
  const { group, path } = locate(entry, pageOf);
  const text = [...(group.title ? [group.title] : []), ...path].join(' › ');
  return text ? { text, lang: group.lang ?? 'en' } : undefined;
}

/** Build time: every page's and tab's first list, from the entries and the topic rankings. */
export function listFirstSuggestions(entries: readonly FaqEntry[], rankings: TopicRankings): Record<string, FirstList> {
  const pageOf = pagesOf(entries);
  const out: Record<string, FirstList> = {};
  for (const context of everyPageAndTab()) {
    const { kind, route } = context;
    const ranking = rankings[topicKey(needsOf(kind, route))];
    const list = (limit: number) => listSuggestions(context, entries, limit, [], { ranking });
    out[pageKeyOf(context)] = {
      rows: list(MORE_SUGGESTIONS).map(({ entry }) => {
        const trail = trailOf(entry, pageOf);
        return { id: entry.id, title: entry.title, ...(entry.lang ? { lang: entry.lang } : {}), ...(trail ? { trail } : {}) };
      }),
      short: list(SUGGESTION_COUNT).length,
    };
  }
  return out;
}
