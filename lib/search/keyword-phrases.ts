// Curated keyword phrases of SITUATION_LENGTH words or more are situations in an admin's
// words ("azure ad new user", "who sends on behalf of matrix"): a query that meets one word
// of one is less surely about that entry than one that meets most of it (issue 20: a
// section won on stray words of its long phrases, "Bot Username and Password" above the
// LDAP guide for a sign-in question). Shorter phrases are names for the thing ("billing
// details") and, like the headings above a section that the keywords also carry, count in
// full. Tuned on the tuning sets (blind-tune, blind-forum, faq, guide).

import type { QueryTerm } from './expand';
import { KEYWORDS, PHRASE_GAP, type EntryData } from './index-build';
import type { FlatAlternative } from './postings';

/** A keyword match counts in full for the share of its phrase the query met, and this much of the rest. */
const PARTIAL_PHRASE_WEIGHT = 0.5;
/** Phrases of this many words (stems, stop words left out) or more are situations. */
const SITUATION_LENGTH = 3;

/**
 * Per term, how much its keyword match in `entryData` counts (1: in full); undefined when
 * the entry has no curated phrase. `perTerm`: per term, the alternatives the entry matched.
 */
export function keywordPhraseWeights(terms: readonly QueryTerm[], entryData: EntryData, perTerm: ReadonlyArray<readonly FlatAlternative[]>): number[] | undefined {
  const positions = entryData.positions[KEYWORDS];
  if (positions === undefined || positions.size === 0 || entryData.curatedFrom >= entryData.keywordPhraseLengths.length) return undefined;
  // The stems the query met, per phrase; and the phrases each term met.
  const met = new Map<number, Set<string>>();
  const phrasesOf = terms.map(() => new Set<number>());
  perTerm.forEach((list, t) => {
    for (const { stem: s } of list) {
      for (const position of positions.get(s) ?? []) {
        const phrase = Math.floor(position / PHRASE_GAP);
        const stems = met.get(phrase) ?? new Set<string>();
        stems.add(s);
        met.set(phrase, stems);
        phrasesOf[t]?.add(phrase);
      }
    }
  });
  return phrasesOf.map((phrases) => {
    // The best phrase the term's match is in.
    let share = 0;
    for (const phrase of phrases) {
      const length = entryData.keywordPhraseLengths[phrase] ?? 1;
      const full = phrase < entryData.curatedFrom || length < SITUATION_LENGTH;
      share = Math.max(share, full ? 1 : Math.min(1, (met.get(phrase)?.size ?? 0) / Math.max(1, length)));
    }
    return share + PARTIAL_PHRASE_WEIGHT * (1 - share);
  });
}
