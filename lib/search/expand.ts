// Expanding a query word into what it may stand for: the word itself, its synonyms, its
// near spellings (fuse.js over the vocabulary), the words it begins while it is being
// typed; and how much the word weighs in the query (its importance).

import Fuse from 'fuse.js';
import type { SearchIndex, Surfaces } from './index-build';
import type { RelatedWords } from './related-words';
import type { Synonyms } from './synonyms';
import { baseForms, editDistance, isEverydayWord, isLyAdverb, isStopWord, isWeakWord, stem } from './text';

/** Shorter words have too many near spellings to guess from. */
const MIN_FUZZY_LENGTH = 4;
/** Longer "words" are not words someone typed (a pasted token, a hash). */
const MAX_FUZZY_LENGTH = 30;
/**
 * fuse.js's threshold (0 exact … 1 anything): loose, since each word it finds is then
 * checked by edit distance.
 */
const FUZZY_THRESHOLD = 0.45;
/** Near spellings looked up are remembered, up to this many words (then forgotten at once). */
const FUZZY_CACHE_SIZE = 1000;
/** Importance of an everyday word (english.ts) at most. */
export const WEAK_IMPORTANCE = 0.7;
/** Importance of a word being typed that is only known as the start of words, at most. */
const PREFIX_IMPORTANCE = 1.5;
/** Most alternatives a typed prefix expands to. */
const MAX_PREFIX_EXPANSIONS = 16;

/** 'related': a word of general English the corpus does not use, through the related-words table. */
export type AltKind = 'exact' | 'synonym' | 'related' | 'fuzzy' | 'prefix';

export interface Alternative {
  stem: string;
  weight: number;
  kind: AltKind;
  /** Its credit towards coverage, when not `weight` (a near spelling is surely meant). */
  cover?: number;
}

export interface QueryTerm {
  /** What the user typed for this term (normalised). */
  text: string;
  alternatives: Alternative[];
  /** IDF of what the term stands for: its share of the query. */
  importance: number;
}

/** The words the index knows, for near spellings and prefixes, with their lookup caches. */
export interface Vocabulary {
  surfaces: Surfaces;
  /** Every surface word, sorted: the words a prefix begins are found by binary search. */
  sorted: string[];
  /**
   * Per word of `sorted`: how many entries use what it stands for (the most of its stems);
   * worked out the first time a prefix begins too many words.
   */
  frequency: () => Int32Array;
  /** The words by first letter and length ("h4": "host", "hide", …): see nearKey. */
  byFirstLetterAndLength: Map<string, string[]>;
  /** One fuse.js index per first letter and length, each built the first time it is needed. */
  fuzzyIndexes: Map<string, Fuse<string>>;
  /** Per word, its letters in order ("host" → "host", "nmae" → "aemn"), worked out when first needed. */
  letterKeys: Map<string, string>;
  fuzzyCache: Map<string, Alternative[]>;
}

/** What expanding a word looks in. */
export interface Lexicon {
  index: SearchIndex;
  synonyms: Synonyms;
  vocabulary: Vocabulary;
  /** Related words of general English (related-words.ts); none: words the corpus lacks match only by spelling. */
  related?: RelatedWords;
}

/** The vocabulary of `surfaces` (complete: after the synonyms have added theirs). */
export function buildVocabulary(surfaces: Surfaces, postings: ReadonlyMap<string, readonly unknown[]>): Vocabulary {
  const sorted = [...surfaces.keys()].sort();
  let counts: Int32Array | undefined;
  const frequency = () =>
    (counts ??= Int32Array.from(sorted, (surface) => {
      let most = 0;
      for (const target of surfaces.get(surface)?.keys() ?? []) most = Math.max(most, postings.get(target)?.length ?? 0);
      return most;
    }));
  // fuse.js over the vocabulary finds the near spellings of a word the index does not
  // know. Typos rarely touch the first letter, and a near spelling is at most two letters
  // longer or shorter, so there is one small fuse.js index per first letter and length:
  // a word is looked up in the five (or three) that can hold its near spellings, not in
  // every word of its letter (fuse.js judges each word on its own, so the words found are
  // the same).
  const byFirstLetterAndLength = new Map<string, string[]>();
  for (const surface of sorted) {
    const key = nearKey(surface.charAt(0), surface.length);
    const list = byFirstLetterAndLength.get(key);
    if (list === undefined) byFirstLetterAndLength.set(key, [surface]);
    else list.push(surface);
  }
  return { surfaces, sorted, frequency, byFirstLetterAndLength, fuzzyIndexes: new Map(), letterKeys: new Map(), fuzzyCache: new Map() };
}

/** The key of the words that begin with `letter` and are `length` long. */
function nearKey(letter: string, length: number): string {
  return `${letter}${length}`;
}

/** `word`'s letters in order: two words with the same key are the same letters in another order. */
function letterKey(vocabulary: Vocabulary, word: string): string {
  let key = vocabulary.letterKeys.get(word);
  if (key === undefined) vocabulary.letterKeys.set(word, (key = [...word].sort().join('')));
  return key;
}

function fuzzyIndex(vocabulary: Vocabulary, key: string): Fuse<string> | undefined {
  let fuse = vocabulary.fuzzyIndexes.get(key);
  const words = vocabulary.byFirstLetterAndLength.get(key);
  if (fuse === undefined && words !== undefined) {
    fuse = new Fuse(words, {
      includeScore: true,
      isCaseSensitive: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: FUZZY_THRESHOLD,
      minMatchCharLength: 3,
    });
    vocabulary.fuzzyIndexes.set(key, fuse);
  }
  return fuse;
}

/** The stems of the near spellings of `word` among the words the index knows. */
export function fuzzyAlternatives(vocabulary: Vocabulary, word: string): Alternative[] {
  const cached = vocabulary.fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  const maxEdits = word.length >= 8 ? 2 : 1;
  const found = new Map<string, { weight: number; cover: number }>();
  const letter = word.charAt(0);
  const candidates = new Set<string>();
  // fuse.js also matches inside longer words, which is not a typo: only words within the
  // edit budget's difference in length are looked in.
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const result of fuzzyIndex(vocabulary, nearKey(letter, length))?.search(word) ?? []) candidates.add(result.item);
  }
  // fuse.js (bitap) counts two swapped letters as two errors, so in a short word
  // ("nmae") the swap falls outside its threshold: words that are the same letters
  // in another order are few, and checked directly.
  const letters = letterKey(vocabulary, word);
  for (const surface of vocabulary.byFirstLetterAndLength.get(nearKey(letter, word.length)) ?? []) {
    if (letterKey(vocabulary, surface) === letters) candidates.add(surface);
  }
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, maxEdits);
    if (distance === 0 || distance > maxEdits) continue;
    const length = Math.max(word.length, candidate.length);
    // Ranking trusts a near spelling less than the word itself; coverage counts it
    // almost fully, since the user meant that word.
    const weight = 0.85 * Math.max(0, 1 - (1.5 * distance) / length);
    const cover = Math.max(0.5, 1 - (0.75 * distance) / length);
    for (const [target, targetWeight] of vocabulary.surfaces.get(candidate) ?? []) {
      const current = found.get(target);
      if (current === undefined || weight * targetWeight > current.weight) {
        found.set(target, { weight: weight * targetWeight, cover: cover * targetWeight });
      }
    }
  }
  const alternatives = [...found].map(
    ([s, { weight, cover }]): Alternative => ({ stem: s, weight, cover, kind: 'fuzzy' }),
  );
  if (vocabulary.fuzzyCache.size > FUZZY_CACHE_SIZE) {
    vocabulary.fuzzyCache.clear();
    // (The typed words' keys among them: it grows with what people type, the vocabulary's does not.)
    vocabulary.letterKeys.clear();
  }
  vocabulary.fuzzyCache.set(word, alternatives);
  return alternatives;
}

/** The stems of the words `prefix` begins (`complete`: it is a word of its own already). */
function prefixAlternatives(lexicon: Lexicon, prefix: string, complete: boolean): Alternative[] {
  const { sorted, frequency, surfaces } = lexicon.vocabulary;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  // The words it begins that the most entries use: a short prefix begins hundreds of words,
  // and the ones the corpus uses most are the likeliest to be meant (and an entry with a
  // rare one is found once another letter is typed).
  const completions: number[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const surface = sorted[i] ?? '';
    if (!surface.startsWith(prefix)) break;
    if (surface === prefix || lexicon.synonyms.joinedPhrases.has(surface)) continue;
    completions.push(i);
  }
  if (completions.length > MAX_PREFIX_EXPANSIONS) {
    const counts = frequency();
    completions.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    completions.length = MAX_PREFIX_EXPANSIONS;
  }
  const found = new Map<string, number>();
  for (const i of completions) {
    const surface = sorted[i] ?? '';
    // The more of the word is typed, the surer the match; a word that is already
    // complete ("host") most likely means itself, not "hostname".
    const weight = (0.7 + 0.25 * (prefix.length / surface.length)) * (complete ? 0.6 : 1);
    for (const [target, targetWeight] of surfaces.get(surface) ?? []) {
      found.set(target, Math.max(found.get(target) ?? 0, weight * targetWeight));
    }
  }
  return [...found].map(([s, weight]): Alternative => ({ stem: s, weight, kind: 'prefix' }));
}

/** One alternative per stem: the heaviest. */
export function mergeAlternatives(list: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const alt of list) {
    const current = best.get(alt.stem);
    if (current === undefined || alt.weight > current.weight) best.set(alt.stem, alt);
  }
  return [...best.values()];
}

/** The IDF of the word typed (`exact`, when the index has it) or of what it most likely stands for. */
export function importanceOf(index: SearchIndex, alternatives: Alternative[], exact: string | undefined): number {
  const { idf, maxIdf, postings } = index;
  if (exact !== undefined && postings.has(exact)) return idf.get(exact) ?? maxIdf;
  const guessed = alternatives.filter((a) => a.kind === 'fuzzy' || a.kind === 'prefix');
  if (guessed.length > 0) return Math.max(...guessed.map((a) => idf.get(a.stem) ?? 0));
  // A synonym, else a word of general English (related), weighs as what it stands for in
  // the corpus: the mean IDF of its targets.
  for (const kind of ['synonym', 'related'] as const) {
    const standsFor = alternatives.filter((a) => a.kind === kind);
    if (standsFor.length > 0) return standsFor.reduce((sum, a) => sum + (idf.get(a.stem) ?? 0), 0) / standsFor.length;
  }
  return maxIdf;
}

/** A term for one query word (stem `s`): the word, its synonyms, near spellings, completions. */
export function wordTerm(lexicon: Lexicon, word: string, s: string, typingThis: boolean, weak: boolean): QueryTerm | undefined {
  const { index, synonyms, vocabulary } = lexicon;
  const { postings } = index;
  const wordSynonyms = synonyms.words;
  const known = postings.has(s) || wordSynonyms.has(s) || vocabulary.surfaces.has(word);
  // An unknown form of a known or everyday word ("quieter", "unused") is read as that word.
  if (!known && !typingThis) {
    for (const base of baseForms(word)) {
      const everyday = isStopWord(base) || isWeakWord(base);
      if (everyday || postings.has(stem(base)) || wordSynonyms.has(stem(base))) {
        const term = wordTerm(lexicon, base, stem(base), false, weak || everyday);
        // "unlock", "unmute" say the opposite of their base: they share its topic (its own
        // word), not its meaning (the synonyms that "lock" stands for: deactivate, delete).
        const negated = word.endsWith(base) && /^(un|non)/.test(word);
        if (term && negated) {
          const own = term.alternatives.filter((a) => a.kind === 'exact');
          return own.length > 0 ? { ...term, text: word, alternatives: own } : { ...term, text: word };
        }
        return term && { ...term, text: word };
      }
    }
  }
  const alternatives: Alternative[] = [];
  if (postings.has(s)) alternatives.push({ stem: s, weight: 1, kind: 'exact' });
  for (const [target, weight] of wordSynonyms.get(s) ?? []) {
    alternatives.push({ stem: target, weight, kind: 'synonym' });
  }
  // A word the index only knows as a synonym written as one word ("whitelabel").
  if (!postings.has(s) && !wordSynonyms.has(s)) {
    for (const [target, weight] of vocabulary.surfaces.get(word) ?? []) {
      alternatives.push({ stem: target, weight, kind: 'synonym' });
    }
  }
  // A word of general English the corpus does not use, and no curated synonym covers:
  // the corpus words it is related to (curated synonyms take precedence). Not for an
  // everyday word: "honestly" frames a question, its neighbours ("fair", "direct") do not.
  const related = known || weak ? [] : (lexicon.related?.lookup(s) ?? []);
  alternatives.push(...related);
  if (typingThis && word.length >= 2) {
    alternatives.push(...prefixAlternatives(lexicon, word, postings.has(s) || wordSynonyms.has(s) || weak));
  }
  // Near spellings for a word the FAQ does not know (while typing, only once no word
  // of the FAQ starts with it), unless it is a word of English the table relates: then it
  // is no typo.
  const completed = alternatives.some((a) => a.kind === 'prefix');
  if (!known && !completed && !weak && related.length === 0 && word.length >= MIN_FUZZY_LENGTH && word.length <= MAX_FUZZY_LENGTH && /\p{L}/u.test(word)) {
    alternatives.push(...fuzzyAlternatives(vocabulary, word));
  }
  const merged = mergeAlternatives(alternatives);
  // A word still being typed that matches nothing yet ("custom d") is not yet a term.
  if (typingThis && merged.length === 0 && word.length <= 2) return undefined;
  let importance = importanceOf(index, merged, postings.has(s) ? s : undefined);
  // An everyday word still being typed may be the start of a word that is not ("pass" on
  // the way to "password"): it weighs as a word half typed, not as an everyday one, so the
  // list does not empty at that letter and fill again at the next.
  const completes = typingThis && merged.some((a) => a.kind === 'prefix');
  // An adverb whose stem the corpus uses names part of the topic ("directly": a direct message;
  // "simultaneously"; "manually": export keys manually), unless everyday: it keeps its weight.
  // Measured on the tuning sets: 1,019 → 1,021 first of 1,390, nothing lower. (While it is
  // still being typed it weighs as a word half typed, below: its ending is not there yet.)
  const namesTopic = isLyAdverb(word) && !isEverydayWord(word) && postings.has(s);
  if (weak && !completes && !namesTopic) importance = Math.min(importance, WEAK_IMPORTANCE);
  // A word half typed is a guess: it helps to rank, but cannot on its own empty the list.
  else if (typingThis && merged.length > 0 && (weak || merged.every((a) => a.kind === 'prefix'))) {
    importance = Math.min(importance, PREFIX_IMPORTANCE);
  }
  return { text: word, alternatives: merged, importance };
}
