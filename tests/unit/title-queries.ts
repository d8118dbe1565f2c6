// The queries of the whole-corpus property test (search-corpus.test.ts): an entry's own
// title, with as much of its breadcrumb as tells it apart where headings repeat, and the
// same with one typo in its longest word.

import type { FaqEntry } from '@/lib/corpus/types';

/** The entry's title, plus the nearest breadcrumb parts needed to make it unique. */
export function ownTitleQuery(entry: FaqEntry, all: readonly FaqEntry[]): string {
  const path = [...entry.section, entry.title];
  const key = (e: FaqEntry, n: number) => [...e.section, e.title].slice(-n).join(' ').toLowerCase();
  for (let n = 1; n <= path.length; n++) {
    const mine = key(entry, n);
    if (all.filter((e) => key(e, n) === mine).length === 1) return path.slice(-n).reverse().join(' ');
  }
  return path.reverse().join(' ');
}

/** Swaps two letters in the middle of the query's longest word (a typo people make). */
export function withTypo(query: string): string {
  const words = query.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] ?? '').length) longest = i;
  });
  const word = words[longest] ?? '';
  if (word.length < 4) return query;
  const at = Math.floor(word.length / 2);
  words[longest] = word.slice(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.slice(at + 1);
  return words.join(' ');
}
