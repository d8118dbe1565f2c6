// The curated synonyms as lookup tables: a word's stem, or a phrase's sequence of stems, →
// the stems of the corpus it stands for. Their spellings join the index's surface words.

import type { SearchData } from '../corpus/types';
import { addSurface, type SearchIndex } from './index-build';
import { isStopWord, stem, tokenize } from './text';

/**
 * Alternative weights: a synonym stands for a word of the corpus less surely than that word
 * typed itself; a phrase (several words that agree) more surely than a single word.
 */
const SYNONYM_WEIGHT = 0.8;
const PHRASE_SYNONYM_WEIGHT = 0.9;

export interface PhraseSynonym {
  stems: string[];
  /** Stem → weight. */
  targets: Map<string, number>;
}

export interface Synonyms {
  /** A single word's stem → the stems it stands for, with a weight. */
  words: Map<string, Map<string, number>>;
  /** A phrase's stems, joined by spaces → what it stands for. */
  phrases: Map<string, PhraseSynonym>;
  /** The most words in a phrase. */
  longestPhrase: number;
  /** Phrases written as one word ("whitelabel"): surfaces, but not completions of a prefix. */
  joinedPhrases: Set<string>;
}

/** The stems of the corpus that a rule's targets ("delete", "self-hosted") stand for. */
export function targetStems(index: Pick<SearchIndex, 'postings'>, to: readonly string[]): Map<string, number> {
  const { postings } = index;
  const stems = new Map<string, number>();
  for (const target of to) {
    const words = tokenize(target);
    // A joined target ("self-hosted") stands for the compound when the FAQ has it.
    const compound = stem(words.map((t) => t.norm).join(''));
    if (words.length > 1 && words.every((t, k) => k === 0 || t.joined) && postings.has(compound)) {
      stems.set(compound, 1);
      continue;
    }
    for (const t of words) {
      const s = stem(t.norm);
      if (!isStopWord(t.norm) && postings.has(s)) stems.set(s, 1);
    }
  }
  return stems;
}

/**
 * The tables for the curated `rules` ([what people type, words the corpus uses]); adds the
 * typed words to `index.surfaces`, so near spellings of them are found too.
 */
export function buildSynonyms(index: SearchIndex, rules: SearchData['synonyms']): Synonyms {
  const result: Synonyms = { words: new Map(), phrases: new Map(), longestPhrase: 1, joinedPhrases: new Set() };
  const { words: wordSynonyms, phrases: phraseSynonyms, joinedPhrases } = result;
  for (const [from, to] of rules) {
    const targets = targetStems(index, to);
    if (targets.size === 0) continue;
    for (const phrase of from) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      if (words.length === 1) {
        const key = stem(words[0] ?? '');
        const map = wordSynonyms.get(key) ?? new Map<string, number>();
        for (const [s] of targets) if (s !== key) map.set(s, SYNONYM_WEIGHT);
        wordSynonyms.set(key, map);
        for (const [s] of targets) addSurface(index.surfaces, words[0] ?? '', s, SYNONYM_WEIGHT);
      } else {
        const stems = words.map(stem);
        const key = stems.join(' ');
        const entry = phraseSynonyms.get(key) ?? { stems, targets: new Map<string, number>() };
        for (const [s] of targets) entry.targets.set(s, PHRASE_SYNONYM_WEIGHT);
        phraseSynonyms.set(key, entry);
        result.longestPhrase = Math.max(result.longestPhrase, stems.length);
        // The phrase written as one word ("whitelabel", "selfhosted") is a surface too,
        // for exact and near spellings, though not a completion of what is being typed.
        for (const [s] of targets) addSurface(index.surfaces, words.join(''), s, PHRASE_SYNONYM_WEIGHT);
        joinedPhrases.add(words.join(''));
      }
    }
  }
  return result;
}
