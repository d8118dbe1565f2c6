// The FAQ search engine every surface uses. fuse.js finds near spellings of a query word
// among the words the FAQ knows; everything else — normalising, stemming, synonyms,
// per-entry vocabulary, field weights, prefix-as-you-type, and the confidence floor — is
// ours, over a small inverted index built once per surface. Pure and browser-safe.
//
// Scoring, for a query split into terms (stop words dropped, phrases kept together):
// - every term has alternatives (the word itself, its synonyms, near spellings, and for
//   the last word while typing the words it begins), each with a weight ≤ 1;
// - a term's importance is the IDF of the word (or of what it most likely stands for);
// - for an entry, a term contributes importance × weight × field weight (question above
//   curated keywords above answer above section), with a little extra when it matches in
//   a second field, and pairs of consecutive terms found side by side earn a bonus;
// - coverage is the importance-weighted share of the query's terms the entry matches.
// The floor: the best entry must cover enough of the query (coverage), be a real match
// (strength) and match some word that is not everyday English; otherwise search returns
// nothing rather than noise. Words the FAQ never uses weigh more than any word it has,
// and everyday words ("happen", "good", english.ts) little, so a query about something
// else ("reset my gmail password") falls under the floor while a long question that
// merely phrases things its own way does not.

import Fuse from 'fuse.js';
import type { FaqEntry, SearchData } from '../corpus/types';
import { baseForms, editDistance, isNearStopWord, isStopWord, isWeakWord, stem, stemsOf, tokenize, urlSpans, type Token } from './text';

/** [start, end) indices into a string; end is exclusive. */
export type MatchRange = readonly [start: number, end: number];

export interface SearchHit {
  entry: FaqEntry;
  /** 0..1, higher is better. */
  score: number;
  /** Ranges of matched words in `entry.title` and `entry.text`, for highlighting. */
  matches: { title: MatchRange[]; text: MatchRange[] };
  /**
   * False for the closest weak matches of a query nothing answered with confidence
   * (asked for with `unsure: true`): surfaces show them as "Not sure — closest matches".
   */
  sure: boolean;
}

export interface SearchOptions {
  /** At most this many hits (default 10). */
  limit?: number;
  /**
   * When nothing clears the confidence floor, return the closest weak matches (at most
   * UNSURE_LIMIT, each `sure: false`) instead of nothing, unless the query is about
   * something else entirely.
   */
  unsure?: boolean;
}

export interface SearchEngine {
  /** Ranked hits; [] when nothing clears the confidence floor. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The entries nearest to entry `id` (for "related answers"); [] for an unknown id. */
  related(id: string, limit?: number): FaqEntry[];
  /** How the engine read a query: for debugging and tests. */
  explain(query: string): QueryExplanation;
}

/** Queries are cut to this many characters before any work. */
export const MAX_QUERY_LENGTH = 256;

// ---------------------------------------------------------------------------------------
// Tuning. Field order is fixed: title, keywords, section, text.

const TITLE = 0;
const KEYWORDS = 1;
// 2: the section path.
const TEXT = 3;
const FIELD_COUNT = 4;
/** Contribution of a match, per field. */
const FIELD_WEIGHT = [3, 2.4, 0.6, 1] as const;
/** How much a match in the field counts towards coverage. */
const FIELD_COVERAGE = [1, 1, 0.6, 0.9] as const;
/** A second field matching the same term adds this share of its own contribution. */
const SECOND_FIELD = 0.25;
/** Bonus for two consecutive query terms found within PROXIMITY_WINDOW words. */
const PROXIMITY_BONUS = 0.35;
const PROXIMITY_WINDOW = 3;
/** Alternative weights. */
const SYNONYM_WEIGHT = 0.8;
const PHRASE_SYNONYM_WEIGHT = 0.9;
const MIN_FUZZY_LENGTH = 4;
/** The least weight a near spelling of two words typed as one needs (about one edit). */
const COMPOUND_FUZZY_WEIGHT = 0.6;
/** Importance of a word the index does not know, relative to a word in no entry. */
const UNKNOWN_FACTOR = 1.0;
/** Importance of an off-topic phrase (off-topic.ts), relative to a word the index does not know. */
const OFF_TOPIC_FACTOR = 2;
/** Importance of an everyday word (english.ts) at most. */
const WEAK_IMPORTANCE = 0.7;
/** Importance of a word being typed that is only known as the start of words, at most. */
const PREFIX_IMPORTANCE = 1.5;
/** Most alternatives a typed prefix expands to. */
const MAX_PREFIX_EXPANSIONS = 40;
/**
 * The floor: the best entry must cover this share of the query, reach this strength, and
 * match at least one word that is not everyday English.
 */
const COVERAGE_FLOOR = 0.5;
const STRENGTH_FLOOR = 1.2;
/**
 * … and be about the query: this share of it must match the entry's heading (or the
 * headings above it), not only words of its text or curated keywords ("schedule a message"
 * in a migration checklist).
 */
const ABOUT_FLOOR = 0.3;
/** Lower-ranked hits are kept while their strength is this share of the best's. */
const RELATIVE_FLOOR = 0.1;
/** … and they cover at least this much of the query. */
const COVERAGE_FLOOR_OTHERS = 0.4;
const DEFAULT_LIMIT = 10;
/**
 * The lower floor for "not sure" matches: a third of the query covered by an entry that
 * matches something specific. Below it (a recipe, another product) nothing is shown.
 */
const UNSURE_COVERAGE = 0.34;
const UNSURE_STRENGTH = 0.6;
const UNSURE_LIMIT = 3;
/**
 * A query that names all of an entry's heading ("Discord Bridge", "Setup" + its page) is
 * most likely looking for that entry, not for one that merely mentions the same words:
 * its strength grows, up to this much, with the share of the query that the heading and
 * the entry's keywords account for (squared).
 */
const TITLE_COMPLETE_BONUS = 0.35;
/** And a query that is exactly a heading, word for word, is looking for it. */
const EXACT_TITLE_BONUS = 0.5;
/** Ranking strength is scaled between this (nothing of the query covered) and 1 (all of it). */
const COVERAGE_BASE = 0.3;
/** Keyword phrases are this far apart in position, so proximity never spans two phrases. */
const PHRASE_GAP = 1000;

const LATIN_OR_DIGITS = /^[a-z0-9]+$/;
const LATIN_LETTERS = /^[a-z]+$/;

// ---------------------------------------------------------------------------------------
// Query terms.

type AltKind = 'exact' | 'synonym' | 'fuzzy' | 'prefix';

interface Alternative {
  stem: string;
  weight: number;
  kind: AltKind;
  /** Its credit towards coverage, when not `weight` (a near spelling is surely meant). */
  cover?: number;
}

interface QueryTerm {
  /** What the user typed for this term (normalised). */
  text: string;
  alternatives: Alternative[];
  /** IDF of what the term stands for: its share of the query. */
  importance: number;
}

export interface QueryExplanation {
  terms: Array<{
    text: string;
    importance: number;
    alternatives: Array<{ stem: string; weight: number; kind: AltKind }>;
  }>;
  /** The best-scoring entries before the floor, with the two figures the floor looks at. */
  candidates: Array<{ id: string; strength: number; coverage: number }>;
}

// ---------------------------------------------------------------------------------------
// The index.

interface IndexedToken {
  stem: string;
  start: number;
  end: number;
}

interface Posting {
  entry: number;
  /** Term frequency per field. */
  tf: [number, number, number, number];
}

interface EntryData {
  entry: FaqEntry;
  title: IndexedToken[];
  text: IndexedToken[];
  /** Per field: stem → word positions. */
  positions: Array<Map<string, number[]>>;
  textLength: number;
  /** The title's words, normalised, for recognising a query that is exactly the title. */
  titleKey: string;
  /** Stems of the heading and of the headings above it in its page (not curated words). */
  heading: Set<string>;
  /** A section whose heading's words all appear in the headings above it. */
  headingInContext: boolean;
}

interface FieldTokens {
  stems: Array<{ stem: string; position: number; start: number; end: number; pair?: boolean }>;
}

/**
 * Words of a field as index terms: stop words out, compounds ("wellknown") added. A pair
 * written apart ("self hosted") also counts as the compound where the corpus writes that
 * compound joined elsewhere ("self-hosted"), so both spellings meet.
 */
function indexTokens(
  tokens: readonly Token[],
  skip?: ReadonlyArray<[number, number]>,
  compounds: ReadonlySet<string> = new Set(),
): FieldTokens {
  const stems: FieldTokens['stems'] = [];
  const inSkipped = (t: Token) => skip?.some(([s, e]) => t.start >= s && t.end <= e) ?? false;
  tokens.forEach((token, position) => {
    if (inSkipped(token)) return;
    const previous = tokens[position - 1];
    if (previous !== undefined && (token.joined || compounds.has(previous.norm + token.norm))) {
      const compound = previous.norm + token.norm;
      // A pair written apart highlights as its two words, which are indexed as well.
      stems.push({ stem: stem(compound), position: position - 1, start: previous.start, end: token.end, pair: !token.joined });
    }
    if (token.norm.length < 2 || isStopWord(token.norm)) return;
    stems.push({ stem: stem(token.norm), position, start: token.start, end: token.end });
  });
  return { stems };
}

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A word the FAQ never uses (and that is not everyday English, see english.ts) is most
 * likely what the query is about, so it weighs more than the rarest word the FAQ has.
 */
function unknownIdf(n: number): number {
  return UNKNOWN_FACTOR * idfOf(0, n);
}

/** No curated vocabulary: search from the corpus's own words alone. */
export const NO_CURATED_TERMS: SearchData = { keywords: {}, synonyms: [], offTopic: [] };

export function createSearchEngine(entries: readonly FaqEntry[], curated: SearchData = NO_CURATED_TERMS): SearchEngine {
  const n = entries.length;
  const data: EntryData[] = [];
  const postings = new Map<string, Posting[]>();
  /** Every surface word the index knows (and synonym keys) → stems it stands for. */
  const surfaces = new Map<string, Map<string, number>>();

  const addSurface = (surface: string, target: string, weight: number) => {
    if (surface.length < 3 || isStopWord(surface)) return;
    let targets = surfaces.get(surface);
    if (targets === undefined) surfaces.set(surface, (targets = new Map()));
    targets.set(target, Math.max(targets.get(target) ?? 0, weight));
  };

  const pageById = new Map(entries.filter((e) => e.kind === 'guide').map((e) => [e.id, e]));
  const compounds = new Set<string>();
  for (const entry of entries) {
    for (const tokens of [tokenize(entry.title), tokenize(entry.text)]) {
      tokens.forEach((t, i) => {
        const previous = tokens[i - 1];
        if (t.joined && previous !== undefined && t.joiner === '-') compounds.add(previous.norm + t.norm);
      });
    }
  }
  entries.forEach((entry, entryIndex) => {
    const titleTokens = tokenize(entry.title);
    const textTokens = tokenize(entry.text);
    const title = indexTokens(titleTokens, undefined, compounds);
    const text = indexTokens(textTokens, urlSpans(entry.text), compounds);
    const section = indexTokens(tokenize(entry.section.join(' / ')), undefined, compounds);
    const keywordStems: FieldTokens['stems'] = [];
    // A guide section's page title and the headings above it say what it is about as
    // much as its own heading does ("Setup" of the Discord bridge): they count as its
    // keywords, next to any curated ones.
    const page = entry.kind === 'section' && entry.page !== null ? pageById.get(entry.page) : undefined;
    const context = page ? entry.section.slice(page.section.length) : [];
    const curatedWords = Object.hasOwn(curated.keywords, entry.id) ? (curated.keywords[entry.id] ?? []) : [];
    [...context, ...curatedWords].forEach((phrase, phraseIndex) => {
      for (const t of indexTokens(tokenize(phrase), undefined, compounds).stems) {
        keywordStems.push({ ...t, position: t.position + phraseIndex * PHRASE_GAP });
      }
      for (const t of tokenize(phrase)) addSurface(t.norm, stem(t.norm), 1);
    });
    const fields = [title.stems, keywordStems, section.stems, text.stems];
    const positions = fields.map((stems) => {
      const map = new Map<string, number[]>();
      for (const { stem: s, position } of stems) {
        const list = map.get(s);
        if (list === undefined) map.set(s, [position]);
        else list.push(position);
      }
      return map;
    });
    const tfByStem = new Map<string, [number, number, number, number]>();
    fields.forEach((stems, field) => {
      for (const { stem: s } of stems) {
        let tf = tfByStem.get(s);
        if (tf === undefined) tfByStem.set(s, (tf = [0, 0, 0, 0]));
        tf[field] = (tf[field] ?? 0) + 1;
      }
    });
    for (const [s, tf] of tfByStem) {
      const list = postings.get(s);
      if (list === undefined) postings.set(s, [{ entry: entryIndex, tf }]);
      else list.push({ entry: entryIndex, tf });
    }
    for (const tokens of [titleTokens, textTokens, tokenize(entry.section.join(' '))]) {
      tokens.forEach((t, i) => {
        addSurface(t.norm, stem(t.norm), 1);
        const previous = tokens[i - 1];
        if (t.joined && previous !== undefined) addSurface(previous.norm + t.norm, stem(previous.norm + t.norm), 1);
      });
    }
    data.push({
      entry,
      title: title.stems.filter((t) => !t.pair).map(({ stem: s, start, end }) => ({ stem: s, start, end })),
      text: text.stems.filter((t) => !t.pair).map(({ stem: s, start, end }) => ({ stem: s, start, end })),
      positions,
      textLength: text.stems.length,
      titleKey: titleTokens.map((t) => t.norm).join(' '),
      headingInContext:
        context.length > 0 &&
        title.stems.every((t) => context.some((phrase) => indexTokens(tokenize(phrase), undefined, compounds).stems.some((c) => c.stem === t.stem))),
      heading: new Set([...title.stems, ...context.flatMap((phrase) => indexTokens(tokenize(phrase), undefined, compounds).stems)].map((t) => t.stem)),
    });
  });

  const averageTextLength = data.reduce((sum, d) => sum + d.textLength, 0) / Math.max(1, n) || 1;
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, idfOf(list.length, n));
  const maxIdf = unknownIdf(n);

  // Synonyms: single words by stem, phrases by their stem sequence.
  const wordSynonyms = new Map<string, Map<string, number>>();
  const phraseSynonyms = new Map<string, { stems: string[]; targets: Map<string, number> }>();
  let longestPhrase = 1;
  const joinedPhrases = new Set<string>();
  for (const [from, to] of curated.synonyms) {
    const targetStems = new Map<string, number>();
    for (const target of to) {
      const words = tokenize(target);
      // A joined target ("self-hosted") stands for the compound when the FAQ has it.
      const compound = stem(words.map((t) => t.norm).join(''));
      if (words.length > 1 && words.every((t, k) => k === 0 || t.joined) && postings.has(compound)) {
        targetStems.set(compound, 1);
        continue;
      }
      for (const t of words) {
        const s = stem(t.norm);
        if (!isStopWord(t.norm) && postings.has(s)) targetStems.set(s, 1);
      }
    }
    if (targetStems.size === 0) continue;
    for (const phrase of from) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      if (words.length === 1) {
        const key = stem(words[0] ?? '');
        const map = wordSynonyms.get(key) ?? new Map<string, number>();
        for (const [s] of targetStems) if (s !== key) map.set(s, SYNONYM_WEIGHT);
        wordSynonyms.set(key, map);
        for (const [s] of targetStems) addSurface(words[0] ?? '', s, SYNONYM_WEIGHT);
      } else {
        const stems = words.map(stem);
        const key = stems.join(' ');
        const entry = phraseSynonyms.get(key) ?? { stems, targets: new Map<string, number>() };
        for (const [s] of targetStems) entry.targets.set(s, PHRASE_SYNONYM_WEIGHT);
        phraseSynonyms.set(key, entry);
        longestPhrase = Math.max(longestPhrase, stems.length);
        // The phrase written as one word ("whitelabel", "selfhosted") is a surface too,
        // for exact and near spellings, though not a completion of what is being typed.
        for (const [s] of targetStems) addSurface(words.join(''), s, PHRASE_SYNONYM_WEIGHT);
        joinedPhrases.add(words.join(''));
      }
    }
  }

  // Off-topic phrases (off-topic.ts) by their sequence of stems, stop words left out.
  const offTopic = new Set(curated.offTopic.map((phrase) => stemsOf(phrase).join(' ')));
  const longestOffTopic = Math.max(1, ...curated.offTopic.map((phrase) => stemsOf(phrase).length));

  const sortedSurfaces = [...surfaces.keys()].sort();
  // fuse.js over the vocabulary finds the near spellings of a word the index does not
  // know. Typos rarely touch the first letter, so there is one small fuse.js index per
  // first letter, each built the first time it is needed.
  const byFirstLetter = new Map<string, string[]>();
  for (const surface of sortedSurfaces) {
    const list = byFirstLetter.get(surface.charAt(0));
    if (list === undefined) byFirstLetter.set(surface.charAt(0), [surface]);
    else list.push(surface);
  }
  const fuzzyIndexes = new Map<string, Fuse<string>>();
  function fuzzyIndex(letter: string): Fuse<string> | undefined {
    let fuse = fuzzyIndexes.get(letter);
    const words = byFirstLetter.get(letter);
    if (fuse === undefined && words !== undefined) {
      fuse = new Fuse(words, {
        includeScore: true,
        isCaseSensitive: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: 0.45,
        minMatchCharLength: 3,
      });
      fuzzyIndexes.set(letter, fuse);
    }
    return fuse;
  }
  const fuzzyCache = new Map<string, Alternative[]>();

  function fuzzyAlternatives(word: string): Alternative[] {
    const cached = fuzzyCache.get(word);
    if (cached !== undefined) return cached;
    const maxEdits = word.length >= 8 ? 2 : 1;
    const found = new Map<string, { weight: number; cover: number }>();
    const candidates = new Set((fuzzyIndex(word.charAt(0))?.search(word) ?? []).map((r) => r.item));
    // fuse.js (bitap) counts two swapped letters as two errors, so in a short word
    // ("nmae") the swap falls outside its threshold: words that are the same letters
    // in another order are few, and checked directly.
    const letters = [...word].sort().join('');
    for (const surface of byFirstLetter.get(word.charAt(0)) ?? []) {
      if (surface.length === word.length && [...surface].sort().join('') === letters) candidates.add(surface);
    }
    for (const candidate of candidates) {
      // fuse.js also matches inside longer words, which is not a typo: keep only whole
      // words within the edit budget.
      if (Math.abs(candidate.length - word.length) > maxEdits) continue;
      const distance = editDistance(word, candidate, maxEdits);
      if (distance === 0 || distance > maxEdits) continue;
      const length = Math.max(word.length, candidate.length);
      // Ranking trusts a near spelling less than the word itself; coverage counts it
      // almost fully, since the user meant that word.
      const weight = 0.85 * Math.max(0, 1 - (1.5 * distance) / length);
      const cover = Math.max(0.5, 1 - (0.75 * distance) / length);
      for (const [target, targetWeight] of surfaces.get(candidate) ?? []) {
        const current = found.get(target);
        if (current === undefined || weight * targetWeight > current.weight) {
          found.set(target, { weight: weight * targetWeight, cover: cover * targetWeight });
        }
      }
    }
    const alternatives = [...found].map(
      ([s, { weight, cover }]): Alternative => ({ stem: s, weight, cover, kind: 'fuzzy' }),
    );
    if (fuzzyCache.size > 1000) fuzzyCache.clear();
    fuzzyCache.set(word, alternatives);
    return alternatives;
  }

  function prefixAlternatives(prefix: string, complete: boolean): Alternative[] {
    const found = new Map<string, number>();
    let lo = 0;
    let hi = sortedSurfaces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedSurfaces[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    let count = 0;
    for (let i = lo; i < sortedSurfaces.length && count < MAX_PREFIX_EXPANSIONS; i++) {
      const surface = sortedSurfaces[i] ?? '';
      if (!surface.startsWith(prefix)) break;
      if (surface === prefix || joinedPhrases.has(surface)) continue;
      count++;
      // The more of the word is typed, the surer the match; a word that is already
      // complete ("host") most likely means itself, not "hostname".
      const weight = (0.7 + 0.25 * (prefix.length / surface.length)) * (complete ? 0.6 : 1);
      for (const [target, targetWeight] of surfaces.get(surface) ?? []) {
        found.set(target, Math.max(found.get(target) ?? 0, weight * targetWeight));
      }
    }
    return [...found].map(([s, weight]): Alternative => ({ stem: s, weight, kind: 'prefix' }));
  }

  function mergeAlternatives(list: Alternative[]): Alternative[] {
    const best = new Map<string, Alternative>();
    for (const alt of list) {
      const current = best.get(alt.stem);
      if (current === undefined || alt.weight > current.weight) best.set(alt.stem, alt);
    }
    return [...best.values()];
  }

  function importanceOf(alternatives: Alternative[], exact: string | undefined): number {
    if (exact !== undefined && postings.has(exact)) return idf.get(exact) ?? maxIdf;
    const guessed = alternatives.filter((a) => a.kind === 'fuzzy' || a.kind === 'prefix');
    if (guessed.length > 0) return Math.max(...guessed.map((a) => idf.get(a.stem) ?? 0));
    const synonyms = alternatives.filter((a) => a.kind === 'synonym');
    if (synonyms.length > 0) return synonyms.reduce((sum, a) => sum + (idf.get(a.stem) ?? 0), 0) / synonyms.length;
    return maxIdf;
  }

  /** A term for one query word: the word, its synonyms, near spellings, completions. */
  function wordTerm(word: string, s: string, typingThis: boolean, weak: boolean): QueryTerm | undefined {
    const known = postings.has(s) || wordSynonyms.has(s) || surfaces.has(word);
    // An unknown form of a known or everyday word ("quieter", "unused") is read as that word.
    if (!known && !typingThis) {
      for (const base of baseForms(word)) {
        const everyday = isStopWord(base) || isWeakWord(base);
        if (everyday || postings.has(stem(base)) || wordSynonyms.has(stem(base))) {
          const term = wordTerm(base, stem(base), false, weak || everyday);
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
      for (const [target, weight] of surfaces.get(word) ?? []) {
        alternatives.push({ stem: target, weight, kind: 'synonym' });
      }
    }
    if (typingThis && word.length >= 2) {
      alternatives.push(...prefixAlternatives(word, postings.has(s) || wordSynonyms.has(s) || weak));
    }
    // Near spellings for a word the FAQ does not know (while typing, only once no word
    // of the FAQ starts with it).
    const completed = alternatives.some((a) => a.kind === 'prefix');
    if (!known && !completed && !weak && word.length >= MIN_FUZZY_LENGTH && word.length <= 30 && /\p{L}/u.test(word)) {
      alternatives.push(...fuzzyAlternatives(word));
    }
    const merged = mergeAlternatives(alternatives);
    // A word still being typed that matches nothing yet ("custom d") is not yet a term.
    if (typingThis && merged.length === 0 && word.length <= 2) return undefined;
    let importance = importanceOf(merged, postings.has(s) ? s : undefined);
    if (weak) importance = Math.min(importance, WEAK_IMPORTANCE);
    // A word half typed is a guess: it helps to rank, but cannot on its own empty the list.
    else if (typingThis && merged.length > 0 && merged.every((a) => a.kind === 'prefix')) {
      importance = Math.min(importance, PREFIX_IMPORTANCE);
    }
    return { text: word, alternatives: merged, importance };
  }

  /** Whether the FAQ names `s` in a question or a curated keyword (not only in a link). */
  const named = (s: string) => postings.get(s)?.some((p) => p.tf[TITLE] > 0 || p.tf[KEYWORDS] > 0) ?? false;

  /**
   * Tokens `i` and `i + 1` as one word of the FAQ, when they are one split in two: the
   * joined word is known (or near a known word), and either half is unknown on its own
   * or the joined word is what a question or keyword says. Two known words that merely
   * sit side by side in a link ("user" "hosting") stay two words.
   */
  function splitCompound(tokens: readonly Token[], i: number): QueryTerm | undefined {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a === undefined || b === undefined || b.joined || isStopWord(a.norm) || isStopWord(b.norm)) return undefined;
    if (!LATIN_LETTERS.test(a.norm) || !LATIN_LETTERS.test(b.norm)) return undefined;
    const joined = a.norm + b.norm;
    const s = stem(joined);
    const knownWord = (w: string) => postings.has(stem(w)) || wordSynonyms.has(stem(w)) || surfaces.has(w);
    const halfUnknown = !knownWord(a.norm) || !knownWord(b.norm);
    let alternatives: Alternative[];
    if (postings.has(s)) {
      // Two known words become one only where a heading writes them as one: a curated
      // keyword ("auditbot") must not take "audit bot" away from the entries that say it.
      if (!halfUnknown && !(postings.get(s)?.some((p) => p.tf[TITLE] > 0) ?? false)) return undefined;
      alternatives = [{ stem: s, weight: 1, kind: 'exact' }];
    } else if (halfUnknown && joined.length >= 8) {
      // One slip in the pair ("app servise") still reads as the compound; two ("add uesrs"
      // is not "address") is more likely a typo in a word of its own.
      alternatives = fuzzyAlternatives(joined).filter((alt) => named(alt.stem) && alt.weight >= COMPOUND_FUZZY_WEIGHT);
    } else {
      return undefined;
    }
    if (alternatives.length === 0) return undefined;
    return {
      text: `${a.norm} ${b.norm}`,
      alternatives,
      importance: importanceOf(alternatives, postings.has(s) ? s : undefined),
    };
  }

  function parseQuery(raw: string): QueryTerm[] {
    const query = raw.slice(0, MAX_QUERY_LENGTH);
    // Words in a script the FAQ does not use cannot match, and are not held against it.
    const tokens = tokenize(query).filter((t) => LATIN_OR_DIGITS.test(t.norm));
    // A word cut in two by the length limit is not a word the user wrote.
    if (raw.length > MAX_QUERY_LENGTH && tokens[tokens.length - 1]?.end === query.length) tokens.pop();
    if (tokens.length === 0) return [];
    const last = tokens[tokens.length - 1];
    // Still typing the last word: nothing (no space, no punctuation) after it, and the
    // query was not cut short.
    const typing = last !== undefined && last.end === query.length && raw.length <= MAX_QUERY_LENGTH;
    const stems = tokens.map((t) => stem(t.norm));
    const terms: QueryTerm[] = [];
    // A host name in the query ("matrix.example.com") is about domains; its inner labels
    // are the user's own names, which the FAQ cannot know.
    const placeholder = new Set<number>();
    const knows = (k: number) => {
      const s = stems[k] ?? '';
      return postings.has(s) || wordSynonyms.has(s);
    };
    // "@alice:example.com" is a Matrix user ID: about user IDs and domains, not about Alice.
    for (const m of query.matchAll(/@[\p{L}\p{N}._=\-/]+:[\p{L}\p{N}.-]+/gu)) {
      tokens.forEach((t, k) => {
        if (t.start >= m.index && t.end <= m.index + m[0].length) placeholder.add(k);
      });
      const alternatives = mergeAlternatives(
        [
          { stem: stem('ids'), weight: 1, kind: 'synonym' as const },
          { stem: stem('id'), weight: 1, kind: 'synonym' as const },
          { stem: stem('domain'), weight: 0.8, kind: 'synonym' as const },
        ].filter((a) => postings.has(a.stem)),
      );
      if (alternatives.length > 0) {
        terms.push({ text: m[0], alternatives, importance: importanceOf(alternatives, undefined) });
      }
    }
    for (let i = 0; i < tokens.length; ) {
      let j = i;
      while (tokens[j + 1]?.joiner === '.') j++;
      const tld = tokens[j]?.norm ?? '';
      // In a host name, labels the FAQ does not know are the user's own names.
      if (j > i && /^[a-z]{2,6}$/.test(tld)) {
        for (let k = i; k <= j; k++) if (!knows(k)) placeholder.add(k);
      }
      if (j - i >= 2 && /^[a-z]{2,6}$/.test(tld)) {
        for (let k = i + 1; k <= j; k++) placeholder.add(k);
        const alternatives = mergeAlternatives(
          [
            { stem: stem('subdomain'), weight: 1, kind: 'synonym' as const },
            { stem: stem('domain'), weight: 0.9, kind: 'synonym' as const },
          ].filter((a) => postings.has(a.stem)),
        );
        if (alternatives.length > 0) {
          terms.push({
            text: tokens.slice(i, j + 1).map((t) => t.norm).join('.'),
            alternatives,
            importance: importanceOf(alternatives, undefined),
          });
        }
      }
      i = j + 1;
    }
    // Phrases of topics the FAQ does not cover: one term each, which nothing matches.
    const off = new Set<number>();
    const content = tokens.flatMap((t, k) => (isStopWord(t.norm) ? [] : [k]));
    for (let c = 0; c < content.length; c++) {
      for (let length = Math.min(longestOffTopic, content.length - c); length >= 1; length--) {
        const span = content.slice(c, c + length);
        if (!offTopic.has(span.map((k) => stems[k] ?? '').join(' '))) continue;
        span.forEach((k) => off.add(k));
        terms.push({ text: span.map((k) => tokens[k]?.norm ?? '').join(' '), alternatives: [], importance: OFF_TOPIC_FACTOR * maxIdf });
        c += length - 1;
        break;
      }
    }
    // Everyday words, and bare numbers ("100", "2019"), say little about the topic.
    const isWeak = (k: number) =>
      placeholder.has(k) || isWeakWord(tokens[k]?.norm ?? '') || /^\p{N}+$/u.test(tokens[k]?.norm ?? '');
    for (let i = 0; i < tokens.length; ) {
      // Longest synonym phrase starting here ("get rid of", "sign in", "white label").
      if (off.has(i)) {
        i++;
        continue;
      }
      let phrase: { stems: string[]; targets: Map<string, number> } | undefined;
      for (let length = Math.min(longestPhrase, tokens.length - i); length >= 2 && !phrase; length--) {
        const overlapsOffTopic = Array.from({ length }, (_, k) => i + k).some((k) => off.has(k));
        if (!overlapsOffTopic) phrase = phraseSynonyms.get(stems.slice(i, i + length).join(' '));
      }
      if (phrase !== undefined) {
        const length = phrase.stems.length;
        // Words of the phrase the FAQ knows stay terms of their own (so "homeserver name"
        // still needs both); the phrase's meaning is added to the last of them. A phrase
        // of unknown or everyday words ("get rid of") becomes one term.
        const own: QueryTerm[] = [];
        for (let k = i; k < i + length; k++) {
          const word = tokens[k]?.norm ?? '';
          const s = stems[k] ?? '';
          if (isStopWord(word) || isWeak(k) || !postings.has(s)) continue;
          const term = wordTerm(word, s, typing && k === tokens.length - 1, false);
          if (term !== undefined) own.push(term);
        }
        const meaning = [...phrase.targets].map(([s, weight]): Alternative => ({ stem: s, weight, kind: 'synonym' }));
        const head = own[own.length - 1];
        if (head !== undefined) {
          head.alternatives = mergeAlternatives([...head.alternatives, ...meaning]);
          terms.push(...own);
        } else {
          terms.push({
            text: tokens.slice(i, i + length).map((t) => t.norm).join(' '),
            alternatives: mergeAlternatives(meaning),
            importance: importanceOf(meaning, undefined),
          });
        }
        i += length;
        continue;
      }
      // Two words written apart that the FAQ writes as one ("home server", "app servise",
      // "sub domain") are that one word.
      const split = off.has(i + 1) ? undefined : splitCompound(tokens, i);
      if (split !== undefined) {
        terms.push(split);
        i += 2;
        continue;
      }
      const word = tokens[i]?.norm ?? '';
      const s = stems[i] ?? '';
      const weak = isWeak(i);
      // Words glued together ("matrix.to", "self-hosted") may also be one word of the FAQ.
      const previous = tokens[i - 1];
      if (tokens[i]?.joined && previous !== undefined) {
        const compound = stem(previous.norm + word);
        if (postings.has(compound)) {
          terms.push({
            text: `${previous.norm}${tokens[i]?.joiner ?? ''}${word}`,
            alternatives: [{ stem: compound, weight: 1, kind: 'exact' }],
            importance: idf.get(compound) ?? maxIdf,
          });
        }
      }
      i++;
      if (isStopWord(word)) continue;
      // A slip in a little word ("whta's") is that little word, not an unknown topic.
      if (!(typing && i === tokens.length) && !postings.has(s) && !surfaces.has(word) && isNearStopWord(word)) continue;
      const term = wordTerm(word, s, typing && i === tokens.length, weak);
      if (term !== undefined) terms.push(term);
    }
    // A synonym must not count a word twice: "admin dashboard" has "admin" already, so
    // "dashboard" no longer also stands for "admin".
    const literal = new Set(terms.flatMap((t) => t.alternatives.filter((a) => a.kind === 'exact').map((a) => a.stem)));
    for (const term of terms) {
      const own = new Set(term.alternatives.filter((a) => a.kind === 'exact').map((a) => a.stem));
      const kept = term.alternatives.filter((a) => a.kind === 'exact' || own.has(a.stem) || !literal.has(a.stem));
      if (kept.length > 0) term.alternatives = kept;
    }
    return terms;
  }

  function tfFactor(field: number, tf: number, entry: EntryData): number {
    if (field !== TEXT) return Math.min(1.15, 0.95 + 0.05 * tf);
    // BM25-style saturation with length normalisation, scaled so tf 2 in an average answer ≈ 1.
    const k = 1.2;
    const b = 0.6;
    const saturation = (tf * (k + 1)) / (tf + k * (1 - b + (b * entry.textLength) / averageTextLength));
    return Math.min(1.2, saturation / ((2 * (k + 1)) / (2 + k)));
  }

  interface Candidate {
    index: number;
    strength: number;
    coverage: number;
    /** Whether a term that is not everyday English matched: no answer rests on "good" alone. */
    specific: boolean;
    /** Share of the query (by importance) matched in the heading or keywords: what it is about. */
    about: number;
    matched: Set<string>;
  }

  function scoreQuery(terms: QueryTerm[], queryKey = ''): { candidates: Candidate[]; totalImportance: number } {
    const totalImportance = terms.reduce((sum, t) => sum + t.importance, 0);
    const termWords = terms.flatMap((t) => (t.text.includes(' ') ? t.text.split(' ').map(stem) : []));
    // Per entry, per term: best contribution per field, best coverage, matched stems.
    const fieldBest = new Map<number, Float64Array>();
    const coverage = new Map<number, Float64Array>();
    const matched = new Map<number, Set<string>>();
    const termStems = new Map<number, Array<Map<string, number>>>();
    terms.forEach((term, t) => {
      for (const alt of term.alternatives) {
        const list = postings.get(alt.stem);
        if (list === undefined) continue;
        const specificity = Math.min(term.importance, idf.get(alt.stem) ?? 0);
        for (const posting of list) {
          let fb = fieldBest.get(posting.entry);
          if (fb === undefined) {
            fieldBest.set(posting.entry, (fb = new Float64Array(terms.length * FIELD_COUNT)));
            coverage.set(posting.entry, new Float64Array(terms.length));
            matched.set(posting.entry, new Set());
            termStems.set(posting.entry, terms.map(() => new Map()));
          }
          const cov = coverage.get(posting.entry);
          const entryData = data[posting.entry];
          if (cov === undefined || entryData === undefined) continue;
          for (let f = 0; f < FIELD_COUNT; f++) {
            const tf = posting.tf[f] ?? 0;
            if (tf === 0) continue;
            const value = specificity * alt.weight * (FIELD_WEIGHT[f] ?? 0) * tfFactor(f, tf, entryData);
            const slot = t * FIELD_COUNT + f;
            if (value > (fb[slot] ?? 0)) fb[slot] = value;
            const c = (alt.cover ?? alt.weight) * (FIELD_COVERAGE[f] ?? 0);
            if (c > (cov[t] ?? 0)) cov[t] = c;
          }
          matched.get(posting.entry)?.add(alt.stem);
          const stems = termStems.get(posting.entry)?.[t];
          stems?.set(alt.stem, Math.max(stems.get(alt.stem) ?? 0, alt.weight));
        }
      }
    });

    const candidates: Candidate[] = [];
    for (const [index, fb] of fieldBest) {
      const entryData = data[index];
      const cov = coverage.get(index);
      const stemsPerTerm = termStems.get(index);
      if (entryData === undefined || cov === undefined || stemsPerTerm === undefined) continue;
      let strength = 0;
      let covered = 0;
      let specific = false;
      terms.forEach((term, t) => {
        const values = Array.from(fb.subarray(t * FIELD_COUNT, t * FIELD_COUNT + FIELD_COUNT)).sort((a, b) => b - a);
        strength += (values[0] ?? 0) + SECOND_FIELD * (values[1] ?? 0);
        covered += term.importance * (cov[t] ?? 0);
        if ((cov[t] ?? 0) > 0 && term.importance > WEAK_IMPORTANCE) specific = true;
      });
      // Consecutive terms side by side in the question, keywords or answer.
      for (let t = 0; t + 1 < terms.length; t++) {
        const a = stemsPerTerm[t];
        const b = stemsPerTerm[t + 1];
        if (a === undefined || b === undefined || a.size === 0 || b.size === 0) continue;
        let best = 0;
        for (const f of [TITLE, KEYWORDS, TEXT]) {
          const positions = entryData.positions[f];
          if (positions === undefined) continue;
          for (const [sa, wa] of a) {
            const pa = positions.get(sa);
            if (pa === undefined) continue;
            for (const [sb, wb] of b) {
              if (sb === sa) continue;
              const pb = positions.get(sb);
              if (pb === undefined) continue;
              if (pa.some((x) => pb.some((y) => x !== y && Math.abs(x - y) <= PROXIMITY_WINDOW))) {
                best = Math.max(best, (FIELD_WEIGHT[f] ?? 0) * wa * wb);
              }
            }
          }
        }
        if (best > 0) {
          const termA = terms[t];
          const termB = terms[t + 1];
          strength += PROXIMITY_BONUS * best * Math.min(termA?.importance ?? 0, termB?.importance ?? 0);
        }
      }
      // How much of the title the query names (each title word weighted by its IDF).
      const titleStems = entryData.positions[TITLE];
      if (titleStems !== undefined && titleStems.size > 0) {
        // A compound term ("room keys" read as "roomkey") also names its words.
        const hit = new Set([...(matched.get(index) ?? []), ...termWords]);
        let all = 0;
        let named = 0;
        for (const s of titleStems.keys()) {
          const weight = idf.get(s) ?? 0;
          all += weight;
          if (hit.has(s)) named += weight;
        }
        // (Not for a section whose heading only repeats its page's: "Import" under "Export
        // and Import E2E Room Keys" says nothing the page title does not.)
        if (all > 0 && named >= all - 1e-9 && !entryData.headingInContext) {
          // The whole heading is named: how much of the query the heading and the headings
          // above it in its page account for.
          let inHeading = 0;
          terms.forEach((term, t) => {
            const stems = stemsPerTerm[t];
            if (stems !== undefined && [...stems.keys()].some((s) => entryData.heading.has(s))) inHeading += term.importance;
          });
          const share = totalImportance > 0 ? inHeading / totalImportance : 0;
          strength *= 1 + TITLE_COMPLETE_BONUS * share * share;
          // Every word of the query is in the heading too: the query is the heading, give
          // or take a typo or a stop word.
          if (terms.every((_, t) => (fb[t * FIELD_COUNT + TITLE] ?? 0) > 0)) strength *= 1 + TITLE_COMPLETE_BONUS;
        }
      }
      const exact = queryKey !== '' && queryKey === entryData.titleKey;
      if (exact) {
        strength *= 1 + EXACT_TITLE_BONUS;
        // A heading typed as it reads is specific, even when its words are everyday ones.
        specific = true;
      }
      const coverageShare = totalImportance > 0 ? covered / totalImportance : 0;
      let aboutImportance = 0;
      terms.forEach((term, t) => {
        const stems = stemsPerTerm[t];
        if (stems !== undefined && [...stems.keys()].some((s) => entryData.heading.has(s))) aboutImportance += term.importance;
      });
      // An entry that answers all of the query outranks one that answers part of it loudly.
      strength *= COVERAGE_BASE + (1 - COVERAGE_BASE) * coverageShare;
      candidates.push({
        index,
        strength,
        coverage: coverageShare,
        about: totalImportance > 0 ? aboutImportance / totalImportance : 0,
        specific,
        matched: matched.get(index) ?? new Set(),
      });
    }
    candidates.sort((a, b) => b.strength - a.strength || a.index - b.index);
    return { candidates, totalImportance };
  }

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

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    if (typeof query !== 'string' || limit === 0) return [];
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const { candidates, totalImportance } = scoreQuery(terms, tokenize(query.slice(0, MAX_QUERY_LENGTH)).map((t) => t.norm).join(' '));
    const top = candidates[0];
    if (top === undefined || !top.specific) return [];
    const sure = top.coverage >= COVERAGE_FLOOR && top.strength >= STRENGTH_FLOOR && top.about >= ABOUT_FLOOR;
    if (!sure && !(options.unsure && top.coverage >= UNSURE_COVERAGE && top.strength >= UNSURE_STRENGTH)) return [];
    const shown = sure ? limit : Math.min(limit, UNSURE_LIMIT);
    // What to mark: the stems that matched, and the words of a two-word term read as one
    // ("custom domain" → "customdomain"), so both words light up.
    const words = terms.flatMap((t) => (t.text.includes(' ') ? t.text.split(' ').map(stem) : []));
    const highlight = (candidate: Candidate) => (words.length === 0 ? candidate.matched : new Set([...candidate.matched, ...words]));
    // Score: strength relative to every term matching in the question (1), so it falls
    // with rank.
    const maxStrength = totalImportance * FIELD_WEIGHT[TITLE] * (1 + SECOND_FIELD);
    const hits: SearchHit[] = [];
    for (const candidate of candidates) {
      if (hits.length >= shown) break;
      if (candidate !== top) {
        if (candidate.strength < RELATIVE_FLOOR * top.strength) break;
        if (candidate.coverage < COVERAGE_FLOOR_OTHERS) continue;
      }
      const entryData = data[candidate.index];
      if (entryData === undefined) continue;
      const score = maxStrength > 0 ? Math.min(1, candidate.strength / maxStrength) : 0;
      hits.push({
        entry: entryData.entry,
        score: Math.round(score * 1000) / 1000,
        matches: {
          title: rangesOf(entryData.title, highlight(candidate)),
          text: rangesOf(entryData.text, highlight(candidate)),
        },
        sure,
      });
    }
    return hits;
  }

  // Related answers: cosine similarity of field-weighted TF-IDF vectors, built on demand.
  let vectors: Array<Map<string, number>> | undefined;
  function buildVectors(): Array<Map<string, number>> {
    const result = data.map(() => new Map<string, number>());
    for (const [s, list] of postings) {
      const weight = idf.get(s) ?? 0;
      for (const posting of list) {
        let value = 0;
        posting.tf.forEach((tf, f) => {
          if (tf > 0) value += (FIELD_WEIGHT[f] ?? 0) * Math.sqrt(tf);
        });
        result[posting.entry]?.set(s, value * weight);
      }
    }
    for (const vector of result) {
      const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
      for (const [s, v] of vector) vector.set(s, v / norm);
    }
    return result;
  }

  function related(id: string, limit = 5): FaqEntry[] {
    const index = data.findIndex((d) => d.entry.id === id);
    if (index < 0 || limit <= 0) return [];
    vectors ??= buildVectors();
    const own = vectors[index];
    const ownSection = data[index]?.entry.section.join('\u0000');
    if (own === undefined) return [];
    const scored: Array<{ index: number; similarity: number }> = [];
    vectors.forEach((vector, other) => {
      if (other === index) return;
      let similarity = 0;
      for (const [s, v] of own) similarity += v * (vector.get(s) ?? 0);
      // Entries under the same heading are a little closer.
      if (data[other]?.entry.section.join('\u0000') === ownSection) similarity += 0.02;
      if (similarity > 0) scored.push({ index: other, similarity });
    });
    scored.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
    return scored.slice(0, limit).flatMap(({ index: i }) => (data[i] ? [data[i].entry] : []));
  }

  function explain(query: string): QueryExplanation {
    const terms = parseQuery(query);
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return {
      candidates: scoreQuery(terms)
        .candidates.slice(0, 12)
        .map((c) => ({ id: data[c.index]?.entry.id ?? '', strength: r2(c.strength), coverage: r2(c.coverage) })),
      terms: terms.map((t) => ({
        text: t.text,
        importance: r2(t.importance),
        alternatives: t.alternatives.map((a) => ({ stem: a.stem, weight: r2(a.weight), kind: a.kind })),
      })),
    };
  }

  return { search, related, explain };
}
