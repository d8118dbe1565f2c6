// Highlighting: the ranges of an entry's title and text that a query matched, for the
// surfaces to mark.

import type { EntryData, IndexedToken } from './index-build';

/** [start, end) indices into a string; end is exclusive. */
export type MatchRange = readonly [start: number, end: number];

/** The ranges of `tokens` whose stem is one of `stems`, merged where they touch or overlap. */
function rangesOf(tokens: readonly IndexedToken[], stems: ReadonlySet<string>): MatchRange[] {
  const ranges: Array<[number, number]> = [];
  for (const token of tokens) {
    if (!stems.has(token.stem)) continue;
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined && token.start <= previous[1]) previous[1] = Math.max(previous[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Compounds come before their parts: merge overlaps once more after sorting.
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * What to mark in an entry: the stems that matched (`matched`), and the words of a term
 * that spans two words read as one (`spanned`: "custom domain" → "customdomain"), so both
 * words light up.
 */
export function matchRanges(
  entry: EntryData,
  matched: ReadonlySet<string>,
  spanned: readonly string[],
): { title: MatchRange[]; text: MatchRange[] } {
  const stems = spanned.length === 0 ? matched : new Set([...matched, ...spanned]);
  return { title: rangesOf(entry.title, stems), text: rangesOf(entry.text, stems) };
}
