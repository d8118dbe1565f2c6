// Related words: what a common English word the corpus never uses ("colleague", "expel")
// may stand for among the corpus's own words, from the generated table beside the corpus
// (related-words.json, scripts/make-related-words.ts: WordNet and general word vectors).
// A related word is weaker evidence than a curated synonym (synonyms.ts), which always
// wins: the table is only read for a word with no curated synonym.

import type { Alternative } from './expand';

/**
 * How the table's similarities become alternatives (tuned on blind-tune-queries.json). A
 * relation only the vectors see needs a higher similarity than one WordNet states: vectors
 * learnt from general text put words of one topic together ("deploy" near "force").
 */
export const RELATED_TUNING = {
  /** The weight of a related word at similarity 1; below the curated synonyms' 0.8. */
  weight: 0.6,
  /** A relation WordNet states is kept from this similarity (×100) … */
  wordNetMin: 30,
  /** … one only the word vectors see, from this one. */
  embeddingMin: 60,
  /** At most this many related words per word. */
  most: 4,
};

export interface RelatedWords {
  /** The corpus stems related to `stem` (none when the table does not have it). */
  lookup(stem: string): Alternative[];
}

const NONE: Alternative[] = [];

/**
 * The lookup over `table` (stem → "target:NN[w] …"), keeping targets the corpus has
 * (`known`). Entries are read the first time a query asks for them.
 */
export function buildRelatedWords(table: Readonly<Record<string, string>>, known: (stem: string) => boolean): RelatedWords {
  const cache = new Map<string, Alternative[]>();
  return {
    lookup(stem) {
      let found = cache.get(stem);
      if (found !== undefined) return found;
      const value = Object.hasOwn(table, stem) ? table[stem] : undefined;
      found = value === undefined ? NONE : parseTargets(value, known);
      cache.set(stem, found);
      return found;
    },
  };
}

function parseTargets(value: string, known: (stem: string) => boolean): Alternative[] {
  const { weight, wordNetMin, embeddingMin, most } = RELATED_TUNING;
  const alternatives: Alternative[] = [];
  for (const target of value.split(' ')) {
    const match = /^([a-z]+):(\d\d)(w?)$/.exec(target);
    if (match === null) continue;
    const [, s = '', digits = '0', wordnet] = match;
    const similarity = Number(digits);
    if (similarity < (wordnet ? wordNetMin : embeddingMin) || !known(s)) continue;
    alternatives.push({ stem: s, weight: weight * Math.min(1, 0.5 + similarity / 200), kind: 'related' });
    if (alternatives.length >= most) break;
  }
  return alternatives;
}
