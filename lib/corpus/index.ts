// The FAQ every surface reads: bundled at build time, looked up by id in the browser.

import corpusData from 'virtual:ems-corpus';
import { blocksToText } from './plain-text';
import type { BundledCorpus, FaqEntry } from './types';

export type { BlockNode, FaqEntry, FaqLink, InlineNode, LinkKind, LinkNode } from './types';

export const entries: readonly FaqEntry[] = (corpusData as BundledCorpus).entries.map((entry) => ({
  ...entry,
  text: blocksToText(entry.body),
}));

const byId = new Map(entries.map((entry) => [entry.id, entry]));

export function getEntry(id: string): FaqEntry | undefined {
  return byId.get(id);
}

/** The public upstream FAQ, where an entry's id is its heading anchor. */
export const UPSTREAM_FAQ_URL =
  'https://github.com/element-hq/ems-docs/blob/HEAD/src/Frequently-Asked-Questions.md';

export function upstreamLink(entry: FaqEntry): string {
  return `${UPSTREAM_FAQ_URL}#${entry.id}`;
}
