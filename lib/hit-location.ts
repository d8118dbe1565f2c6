// Where a search result lives, the way DocSearch shows it: the page it belongs to and the
// headings between that page and it ("Export and Import E2E Room Keys › Element iOS ›
// Export"). Guides have many sections of the same name ("Export", "Setup"), one per app or
// bridge: alone, such titles cannot be told apart. Results are grouped under their page
// (an FAQ answer under its FAQ section), in the order the engine ranked them: a group comes
// where its best result was, and keeps its results in rank order. Pure: the surfaces draw it.

import type { FaqEntry } from './corpus/types';

/** What results are grouped under: a guide page, or a section of the FAQ. */
export interface HitGroup {
  /** Stable and unique: `page:<page id>` or `faq:<the FAQ headings above>`. */
  key: string;
  kind: 'faq' | 'guide';
  /** The guide page's title, or the FAQ section's heading ("" for an FAQ answer outside any section). */
  title: string;
  /** Where that page or FAQ section stands, outermost first: the book's section, the FAQ headings above. */
  context: string[];
  /** The language of the title (BCP 47), when not English. */
  lang?: string;
}

export interface EntryLocation {
  group: HitGroup;
  /** The headings between the group and the entry itself, outermost first (none for an FAQ answer or a page). */
  path: string[];
}

/** Finds a guide page's entry by its id. */
export type PageLookup = (id: string) => FaqEntry | undefined;

const lookups = new WeakMap<readonly FaqEntry[], PageLookup>();

/** A page lookup over a list of entries (made once per list). */
export function pagesOf(entries: readonly FaqEntry[]): PageLookup {
  let lookup = lookups.get(entries);
  if (!lookup) {
    const byId = new Map(entries.filter((e) => e.kind === 'guide').map((e) => [e.id, e]));
    lookup = (id) => byId.get(id);
    lookups.set(entries, lookup);
  }
  return lookup;
}

const langOf = (entry: FaqEntry) => (entry.lang ? { lang: entry.lang } : {});

export function locate(entry: FaqEntry, pageOf: PageLookup): EntryLocation {
  if (entry.kind === 'faq') {
    return {
      group: { key: `faq:${entry.section.join('\u001f')}`, kind: 'faq', title: entry.section.at(-1) ?? '', context: entry.section.slice(0, -1) },
      path: [],
    };
  }
  const page = entry.kind === 'guide' ? entry : entry.page ? pageOf(entry.page) : undefined;
  if (page) {
    const group: HitGroup = { key: `page:${page.id}`, kind: 'guide', title: page.title, context: page.section, ...langOf(page) };
    // A section's breadcrumb is the book's section, the page title, then the headings above it.
    return { group, path: entry === page ? [] : entry.section.slice(page.section.length + 1) };
  }
  // A section whose page is unknown (not in this list): grouped under its nearest heading.
  return {
    group: { key: `page:${entry.page ?? entry.id}`, kind: 'guide', title: entry.section.at(-1) ?? entry.title, context: entry.section.slice(0, -1), ...langOf(entry) },
    path: [],
  };
}

/**
 * Where an entry lives, as one line of words, without its own title: a section's page and
 * the headings down to it, an FAQ answer's FAQ section (`faqLabel` names the FAQ), a guide
 * page's section of the book. For surfaces that show a result as one line (the omnibox).
 */
export function whereItLives(entry: FaqEntry, pageOf: PageLookup, faqLabel: string): string[] {
  const { group, path } = locate(entry, pageOf);
  if (group.kind === 'faq') return [faqLabel, ...(group.title ? [group.title] : [])];
  if (entry.kind === 'guide') return group.context;
  return [group.title, ...path];
}

export interface GroupedRow<T> {
  item: T;
  path: string[];
  /**
   * 2, 3 … for a row that would read exactly as an earlier one of its group (the same
   * headings and title: a page that repeats a heading), shown after its title; else null.
   */
  repeat: number | null;
}

export interface ResultGroup<T> {
  group: HitGroup;
  rows: Array<GroupedRow<T>>;
}

/** `items` (in rank order) grouped by where they live; groups in the order of their best item. */
export function groupByLocation<T>(items: readonly T[], entryOf: (item: T) => FaqEntry, pageOf: PageLookup): Array<ResultGroup<T>> {
  const groups = new Map<string, ResultGroup<T> & { seen: Map<string, number> }>();
  for (const item of items) {
    const entry = entryOf(item);
    const { group, path } = locate(entry, pageOf);
    let target = groups.get(group.key);
    if (!target) {
      target = { group, rows: [], seen: new Map() };
      groups.set(group.key, target);
    }
    const reads = [...path, entry.title].join('\u001f');
    const count = (target.seen.get(reads) ?? 0) + 1;
    target.seen.set(reads, count);
    target.rows.push({ item, path, repeat: count > 1 ? count : null });
  }
  return [...groups.values()].map(({ group, rows }) => ({ group, rows }));
}
