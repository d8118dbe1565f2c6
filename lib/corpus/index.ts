// The corpus every surface reads: the EMS FAQ and the EMS guides, bundled at build time,
// looked up by id in the browser.

import corpusData from 'virtual:ems-corpus';
import { blocksToText } from './plain-text';
import type { BundledCorpus, FaqEntry, IndexNode, SearchData } from './types';

export { entryLang, kindLabel, upstreamLink } from './entry-info';
export type { BlockNode, EntryKind, FaqEntry, FaqLink, ImageNode, IndexNode, InlineNode, LinkKind, LinkNode } from './types';

const bundled = corpusData as BundledCorpus;

export const entries: readonly FaqEntry[] = bundled.entries.map((entry) => ({
  ...entry,
  text: blocksToText(entry.body),
}));

/** The curated search vocabulary that sits next to the markdown (optional data). */
export const searchData: SearchData = bundled.search;

/** The browsable index: the FAQ's sections and the guides in the book's order. */
export const corpusIndex: readonly IndexNode[] = bundled.index;

const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** The entry with this id; undefined for an unknown one (ids arrive in messages). */
export function getEntry(id: string): FaqEntry | undefined {
  return byId.get(id);
}
