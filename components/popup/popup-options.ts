// What the popup's one list holds: while searching, the results; before typing, the current
// EMS page's suggestions, the recent searches and a few popular starting points (each answer
// once), each option with the group it is shown under. Pure.

import type { FaqEntry } from '@/lib/corpus';
import { groupByLocation, pagesOf, type HitGroup } from '@/lib/hit-location';
import { t } from '@/lib/i18n';
import type { PageContext } from '@/lib/page/detect';
import { pageLabel } from '@/lib/page/labels';
import { STARTING_POINTS } from '@/lib/page/pages';
import type { SearchEngine, SearchHit } from '@/lib/search';
import { suggestForPage } from '@/lib/suggest/suggest';

/** Where a result lives: the group it is listed under, and the headings between that and it. */
export interface OptionLocation {
  group: HitGroup;
  path: string[];
  repeat: number | null;
}

export type Option =
  | { key: string; kind: 'entry'; entry: FaqEntry; hit?: SearchHit; group: string; location?: OptionLocation }
  | { key: string; kind: 'recent'; query: string; group: string };

/**
 * The options while searching: the results grouped under the guide page or FAQ section each
 * lives in (lib/hit-location.ts), a group where its best result ranked.
 */
export function resultOptions(hits: readonly SearchHit[], entries: readonly FaqEntry[]): Option[] {
  return groupByLocation(hits, (hit) => hit.entry, pagesOf(entries)).flatMap(({ group, rows }) =>
    rows.map(({ item: hit, path, repeat }): Option => ({
      key: `r-${hit.entry.id}`,
      kind: 'entry',
      entry: hit.entry,
      hit,
      group: group.key,
      location: { group, path, repeat },
    })),
  );
}

/** The options before typing: this page's suggestions, recent searches, then popular answers not yet listed. */
export function suggestionOptions(
  page: PageContext | null,
  entries: readonly FaqEntry[],
  engine: SearchEngine,
  recentSearches: readonly string[],
): Option[] {
  const list: Option[] = [];
  if (page) {
    for (const { entry } of suggestForPage(page, entries, engine)) {
      list.push({ key: `p-${entry.id}`, kind: 'entry', entry, group: t('popup.groupForPage', pageLabel(page)) });
    }
  }
  for (const q of recentSearches) list.push({ key: `q-${q}`, kind: 'recent', query: q, group: t('popup.groupRecent') });
  const shown = new Set(list.flatMap((o) => (o.kind === 'entry' ? [o.entry.id] : [])));
  for (const id of STARTING_POINTS) {
    const entry = entries.find((e) => e.id === id);
    if (entry && !shown.has(id)) list.push({ key: `s-${id}`, kind: 'entry', entry, group: t('popup.groupPopular') });
  }
  return list;
}
