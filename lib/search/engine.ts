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
//
// This module only wires the stages together; each is a module of functions over plain
// data, with the constants that tune it: index-build.ts (the inverted index), synonyms.ts
// (the curated synonyms), related-words.ts (general English words the corpus does not
// use, through a table generated from WordNet and word vectors), expand.ts (a word's
// alternatives and importance), query.ts
// (a query’s terms), postings.ts (the entries each term matches), score.ts (strength,
// coverage and the floors), direction.ts (which way a move the query names goes),
// conditions.ts (of two sections that differ by a "not", the one the query asks for),
// highlight.ts (the ranges to mark) and related.ts (related answers).

import type { FaqEntry, SearchData } from '../corpus/types';
import { orderConditionTwins, preferNegatedHeadings } from './conditions';
import { buildVocabulary, type AltKind, type QueryTerm } from './expand';
import { matchRanges, type MatchRange } from './highlight';
import { buildIndex } from './index-build';
import { buildGerman } from './german';
import { buildOffTopic, MAX_QUERY_LENGTH, readQuery, spannedStems, type QueryContext } from './query';
import { buildVectors, relatedEntries, type Vectors } from './related';
import { confidenceFeatures, confidenceOf, firstInput, type ConfidenceInput } from './confidence';
import { agrees, ALONG_BONUS, directionOf, isDirected, opposes, type Direction } from './direction';
import { CONFIDENCE_MODEL } from './confidence-model';
import { byStrength, couldLead, LONG_STORY_TERMS, matchedStems, passesFloors, scoreOf, scoreQuery, shortlist, type Candidate } from './score';
import { liftHeadings, preferHeadingsAboutUsers, preferHeadingsThatChange, preferHeadingsThatCompare, orderActionTwins, orderPlatformSiblings, preferAnswersThatNameAContact } from './heading-cues';
import { questionSentences, weighQuestions } from './questions';
import { quotedPhrases, spacedWords, weighQuoted, type EntryWords } from './quoted';
import { buildRelatedWords } from './related-words';
import { buildSynonyms, targetStems } from './synonyms';
import { tokenize } from './text';

export { MAX_QUERY_LENGTH } from './query';
export type { MatchRange } from './highlight';

export interface SearchHit {
  entry: FaqEntry;
  /** 0..1, higher is better. */
  score: number;
  /** Ranges of matched words in `entry.title` and `entry.text`, for highlighting. */
  matches: { title: MatchRange[]; text: MatchRange[] };
  /**
   * How likely the first result of this query is its answer, 0..1 (the calibrated
   * confidence, confidence.ts): the same on every hit of one search.
   */
  confidence?: number;
  /**
   * False for the closest weak matches of a query nothing answered with confidence
   * (asked for with `unsure: true`): surfaces show them as "Not sure — closest matches".
   * True when the confidence is reached, or when the query names a topic the headings of
   * several answers share ("password"): the list is the answer (score.ts, shortlist).
   */
  sure: boolean;
}

export interface SearchOptions {
  /** At most this many hits (default 10). */
  limit?: number;
  /**
   * When nothing clears the confidence floor, return the closest weak matches (at most
   * UNSURE_LIMIT, score.ts, each `sure: false`) instead of nothing, unless the query is
   * about something else entirely.
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

export interface QueryExplanation {
  terms: Array<{
    text: string;
    importance: number;
    alternatives: Array<{ stem: string; weight: number; kind: AltKind }>;
  }>;
  /** The best-scoring entries before the floor, with the two figures the floor looks at. */
  candidates: Array<{ id: string; strength: number; coverage: number }>;
  /** What the confidence model read of the first candidate (scripts/fit-confidence.ts fits on it). */
  first?: ConfidenceInput;
}

const DEFAULT_LIMIT = 10;
/** A German guide lifted past its English counterpart ranks this much above it. */
const COUNTERPART_MARGIN = 0.02;
/** `explain` lists this many candidates: enough to see why the expected one lost. */
const EXPLAIN_CANDIDATES = 12;

/** No curated vocabulary: search from the corpus's own words alone. */
export const NO_CURATED_TERMS: SearchData = { keywords: {}, synonyms: [], offTopic: [], placeholders: { userId: [], hostName: [], subdomainOrDomain: [] } };

export function createSearchEngine(entries: readonly FaqEntry[], curated: SearchData = NO_CURATED_TERMS): SearchEngine {
  // The order matters: the synonyms add their spellings to the index's surface words
  // before the vocabulary is made of them.
  const index = buildIndex(entries, curated.keywords);
  const synonyms = buildSynonyms(index, curated.synonyms);
  const englishStems = new Set<string>();
  for (const [s, list] of index.postings) {
    if (list.some((p) => index.entries[p.entry]?.entry.lang !== 'de')) englishStems.add(s);
  }
  const germanEntries = entries.filter((e) => e.lang === 'de');
  const german = buildGerman(
    curated.glossary ?? [],
    germanEntries.map((e) => `${e.title}\n${e.text}`),
    (s) => index.postings.has(s),
    (english) => targetStems(index, english),
    curated.dictionary ?? [],
  );
  const context: QueryContext = {
    german,
    englishStems,
    index,
    synonyms,
    vocabulary: buildVocabulary(index.surfaces, index.postings),
    related: buildRelatedWords(curated.related ?? {}, (s) => englishStems.has(s)),
    offTopic: buildOffTopic(curated.offTopic),
    placeholders: curated.placeholders,
  };
  // Which way each entry moves, if its heading says (a section: else its page's title).
  const titleOf = new Map(entries.map((e) => [e.id, e.title]));
  const entryDirections = index.entries.map(({ entry }): Direction | undefined => {
    const own = directionOf(entry.title);
    if (isDirected(own)) return own;
    const page = entry.page ? directionOf(titleOf.get(entry.page) ?? '') : {};
    return isDirected(page) ? page : undefined;
  });
  /** The entries that go against `asked`, the direction a query states (none where it states none). */
  const against = (asked: Direction) => (isDirected(asked) ? (entryIndex: number) => opposes(asked, entryDirections[entryIndex]) : () => false);
  /** Moves up the `candidates` whose heading goes the way `asked` (the query's direction) goes, if it states one (direction.ts). */
  const preferEntriesAlong = (candidates: readonly Candidate[], asked: Direction): boolean => {
    if (!isDirected(asked)) return false;
    const along = new Set(candidates.filter((c) => agrees(asked, entryDirections[c.index])).map((c) => c.index));
    return along.size > 0 && liftHeadings(candidates, along, ALONG_BONUS);
  };
  /** Every entry's candidate for the terms read from `query` (search and explain score alike). */
  const scoreRead = (query: string, terms: QueryTerm[], isGerman: boolean) => {
    const read = query.slice(0, MAX_QUERY_LENGTH);
    const words = tokenize(read).map((t) => t.norm);
    const queryKey = words.join(' ');
    const direction = directionOf(read);
    const scored = scoreQuery(index, terms, queryKey, isGerman, against(direction));
    // A long post: the entries that answer its questions move up (questions.ts).
    const questions = terms.length >= LONG_STORY_TERMS ? questionSentences(read) : '';
    const asked = questions === '' ? [] : readQuery(context, questions).terms;
    if (asked.length > 0) weighQuestions(scored.candidates, scoreQuery(index, asked, '', isGerman, against(directionOf(questions))).candidates);
    // The cues in the question, in this order. Each moves some candidates and says whether it
    // did; the list is sorted again after each that did.
    const cues: ReadonlyArray<() => boolean> = [
      // Words it quotes from the screen, in the order the screen has them (quoted.ts).
      () => weighQuoted(scored.candidates, quotedPhrases(read), index.entries.length, wordsOf, (i) => pageOf({ index: i })),
      // A query that negates: the headings that negate move up (conditions.ts).
      () => preferNegatedHeadings(index, scored.candidates, words),
      // A query about another person ("she forgot her password"): the headings about users move up (heading-cues.ts).
      () => preferHeadingsAboutUsers(index, scored.candidates, words),
      // A query that names both sides of a heading that compares them ("free" and "paid"): that heading moves up (heading-cues.ts).
      () => preferHeadingsThatCompare(index, scored.candidates, terms),
      // A query that says something is already in place ("already", "existing", "nachträglich"): the headings about changing something move up (heading-cues.ts).
      () => preferHeadingsThatChange(index, scored.candidates, words),
      // A query that says which way a move goes ("from our own Synapse to EMS"): the entries whose heading goes that way move up.
      () => preferEntriesAlong(scored.candidates, direction),
      // A query whose verb asks for one of two opposite sections ("save" or "restore", "entfernen" or "einrichten"): of an Export and Import or a Setup and Removal pair, the asked one first (heading-cues.ts).
      () => orderActionTwins(index, scored.candidates, words),
      // A query that asks whom to turn to ("who do I ask?"): the answers that name a contact move up (heading-cues.ts).
      () => preferAnswersThatNameAContact(index, scored.candidates, read),
      // A query that names one app ("on my iPad"): of the sections a page gives per app, that app's first (heading-cues.ts).
      () => orderPlatformSiblings(index, scored.candidates, words),
    ];
    for (const cue of cues) if (cue()) scored.candidates.sort(byStrength);
    if (isGerman) besideEnglishCounterpart(scored.candidates);
    // Of two sections that differ by a "not" ("If you (do not) know your current password"), the one the query's polarity asks for (conditions.ts).
    if (orderConditionTwins(index, scored.candidates, words)) {
      scored.candidates.sort(byStrength);
    }
    return scored;
  };
  /**
   * A German query: a German guide's best entry ranks just above its English counterpart
   * (SearchData.counterparts) wherever that one ranks higher. The English guide shares the
   * English words German questions quote from the control panel and the tools ("Connection
   * Errors", "federationtester") and outranked the German one that answers in the asker's
   * language. Nothing else moves: German answers lift only past their own English guide.
   */
  const counterparts = Object.entries(curated.counterparts ?? {}).map(([german, english]) => ({
    german,
    english: index.entries.findIndex((data) => data.entry.id === english),
  }));
  const besideEnglishCounterpart = (candidates: Candidate[]) => {
    let moved = false;
    for (const { german, english } of counterparts) {
      const original = candidates.find((c) => c.index === english);
      const best = candidates.find((c) => pageOf(c) === german);
      // Only an entry that could lead the list on its own match: a lifted one that could not
      // would leave the list empty where the English guide answered.
      if (original === undefined || best === undefined || best.strength >= original.strength || !couldLead(best)) continue;
      best.strength = original.strength * (1 + COUNTERPART_MARGIN);
      moved = true;
    }
    if (moved) candidates.sort(byStrength);
  };
  // The page a candidate belongs to (a FAQ answer is its own): its sections do not compete with it.
  const pageOf = (c: { index: number }) => {
    const entry = index.entries[c.index]?.entry;
    return entry?.page ?? entry?.id ?? '';
  };
  // Each entry's heading and text as words, for the phrases a query quotes (the text read
  // once, when first quoted; the heading as the index already read it).
  const entryWords: EntryWords[] = [];
  const wordsOf = (i: number): EntryWords => {
    let words = entryWords[i];
    if (words === undefined) {
      const data = index.entries[i];
      words = { heading: ` ${data?.titleKey ?? ''} `, text: spacedWords(data?.entry.text ?? '') };
      entryWords[i] = words;
    }
    return words;
  };
  let vectors: Vectors | undefined;

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    if (typeof query !== 'string' || limit === 0) return [];
    const { terms, german: isGerman } = readQuery(context, query);
    if (terms.length === 0) return [];
    const { candidates, totalImportance } = scoreRead(query, terms, isGerman);
    const input = firstInput(candidates, terms, totalImportance, isGerman, passesFloors, pageOf);
    const confidence = input === undefined ? 0 : confidenceOf(confidenceFeatures(input));
    const shape = { terms: terms.length, unknown: input?.unknown ?? 0 };
    const { shown, sure } = shortlist(candidates, limit, Boolean(options.unsure), confidence >= CONFIDENCE_MODEL.threshold, shape, pageOf);
    const spanned = spannedStems(terms);
    return shown.flatMap((candidate): SearchHit[] => {
      const entryData = index.entries[candidate.index];
      if (entryData === undefined) return [];
      return [
        {
          entry: entryData.entry,
          score: scoreOf(candidate, totalImportance),
          matches: matchRanges(entryData, matchedStems(index, terms, candidate.index), spanned),
          sure,
          confidence: Math.round(confidence * 1000) / 1000,
        },
      ];
    });
  }

  function related(id: string, limit = 5): FaqEntry[] {
    return relatedEntries(index, () => (vectors ??= buildVectors(index)), id, limit);
  }

  function explain(query: string): QueryExplanation {
    const { terms, german: isGerman } = readQuery(context, query);
    const r2 = (x: number) => Math.round(x * 100) / 100;
    const scored = scoreRead(query, terms, isGerman);
    const first = firstInput(scored.candidates, terms, scored.totalImportance, isGerman, passesFloors, pageOf);
    return {
      ...(first !== undefined ? { first } : {}),
      candidates: scored.candidates
        .slice(0, EXPLAIN_CANDIDATES)
        .map((c) => ({ id: index.entries[c.index]?.entry.id ?? '', strength: r2(c.strength), coverage: r2(c.coverage) })),
      terms: terms.map((t) => ({
        text: t.text,
        importance: r2(t.importance),
        alternatives: t.alternatives.map((a) => ({ stem: a.stem, weight: r2(a.weight), kind: a.kind })),
      })),
    };
  }

  return { search, related, explain };
}
