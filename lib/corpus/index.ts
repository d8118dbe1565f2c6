// The corpus every surface reads: the EMS FAQ and the EMS guides, bundled at build time,
// looked up by id in the browser.

import corpusData from 'virtual:ems-corpus';
import { t } from '../i18n';
import { blocksToText } from './plain-text';
import type { BundledCorpus, FaqEntry, IndexNode, SearchData } from './types';

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

/** "FAQ" or "Guide": what a result is, for the label beside it. */
export function kindLabel(entry: FaqEntry): string {
  return entry.kind === 'faq' ? t('common.faq') : t('common.guide');
}

/** The language an entry is written in (BCP 47): its own, else the corpus's English. */
export function entryLang(entry: Pick<FaqEntry, 'lang'>): string {
  return entry.lang ?? 'en';
}

/** Where an entry is published upstream: the FAQ's anchor, or the guide page's file. */
const UPSTREAM_FAQ_URL = 'https://github.com/element-hq/ems-docs/blob/HEAD/src/Frequently-Asked-Questions.md';
const UPSTREAM_DOCS_URL = 'https://github.com/element-hq/ems-docs/blob/HEAD/src/';

export function upstreamLink(entry: FaqEntry): string {
  if (entry.kind === 'faq') return `${UPSTREAM_FAQ_URL}#${entry.id}`;
  const file = entry.source.file.split('/').map(encodeURIComponent).join('/');
  return `${UPSTREAM_DOCS_URL}${file}${entry.kind === 'section' && entry.source.anchor ? `#${entry.source.anchor}` : ''}`;
}
