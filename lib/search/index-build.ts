// The inverted index, built once per surface: every entry's words as stems, per field, with
// their positions and frequencies, each stem's IDF, and the surface words people may type.

import type { FaqEntry } from '../corpus/types';
import { isStopWord, stem, tokenize, urlSpans, type Token } from './text';

// Field order is fixed: title, keywords, section, text.
export const TITLE = 0;
export const KEYWORDS = 1;
// 2: the section path.
export const TEXT = 3;
export const FIELD_COUNT = 4;
/** Keyword phrases are this far apart in position, so proximity never spans two phrases. */
export const PHRASE_GAP = 1000;
/** Importance of a word the index does not know, relative to a word in no entry. */
const UNKNOWN_FACTOR = 1.0;

export interface IndexedToken {
  stem: string;
  start: number;
  end: number;
}

/** Term frequency per field, in field order. */
export type FieldCounts = [number, number, number, number];

export interface Posting {
  entry: number;
  /** Term frequency per field. */
  tf: FieldCounts;
}

export interface EntryData {
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
  /** A section's page title, as stems (none for a page or an FAQ answer). */
  pageTitle: string[];
  /** Per keyword phrase (positions / PHRASE_GAP), its number of stems. */
  keywordPhraseLengths: number[];
  /** The first keyword phrase that is curated (those before are the headings above it). */
  curatedFrom: number;
}

/** Every surface word the index knows (and synonym keys) → stems it stands for, with a weight. */
export type Surfaces = Map<string, Map<string, number>>;

/**
 * The postings again, packed for scoring: one run per stem in flat arrays, which a query
 * walks far faster than objects (a corpus a hundred times this one has runs of thousands).
 */
export interface PackedPostings {
  /** Stem → its run: `entry[start[k] … start[k + 1])`. */
  slot: Map<string, number>;
  start: Int32Array;
  entry: Int32Array;
  /** Per posting, FIELD_COUNT term frequencies (capped at 65,535). */
  tf: Uint16Array;
}

export interface SearchIndex {
  /** Per entry, in the order given: what search, highlighting and related answers read. */
  entries: EntryData[];
  /** Stem → the entries that have it. */
  postings: Map<string, Posting[]>;
  packed: PackedPostings;
  idf: Map<string, number>;
  /** The importance of a word no entry uses. */
  maxIdf: number;
  averageTextLength: number;
  /**
   * Per entry, the length part of BM25's denominator for its text (k·(1 − b + b·length /
   * average)): computed once here, not for every posting of every query.
   */
  textNorm: Float64Array;
  /**
   * Per entry, the factor for a match in its title (TITLE_B): 1 for a title as long as the
   * average heading, less for a longer one (a section's length counts its page title).
   */
  titleNorm: Float64Array;
  surfaces: Surfaces;
}

/** BM25's saturation and length-normalisation constants for the answer's text. */
export const BM25_K = 1.2;
export const BM25_B = 0.6;
/**
 * Length normalisation for the title (BM25F's b for that field): a word of a short heading
 * ("Screen sharing") says more about the entry than the same word in a long FAQ question,
 * which names several things. Mild, as headings are short.
 */
export const TITLE_B = 0.3;

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

/** Records that typing `surface` may mean `target`, with the best weight seen. */
export function addSurface(surfaces: Surfaces, surface: string, target: string, weight: number): void {
  if (surface.length < 3 || isStopWord(surface)) return;
  let targets = surfaces.get(surface);
  if (targets === undefined) surfaces.set(surface, (targets = new Map()));
  targets.set(target, Math.max(targets.get(target) ?? 0, weight));
}

/** An entry's title and text as words, read once for every pass over them. */
interface EntryTokens {
  title: Token[];
  text: Token[];
}

/** The words the corpus writes with a hyphen ("self-hosted" → "selfhosted"). */
function hyphenCompounds(tokenized: readonly EntryTokens[]): Set<string> {
  const compounds = new Set<string>();
  for (const entry of tokenized) {
    for (const tokens of [entry.title, entry.text]) {
      tokens.forEach((t, i) => {
        const previous = tokens[i - 1];
        if (t.joined && previous !== undefined && t.joiner === '-') compounds.add(previous.norm + t.norm);
      });
    }
  }
  return compounds;
}

/**
 * Indexes one entry: adds its postings and surface words to the index, returns its data.
 * `context` is the headings above it in its page; `curatedWords` its curated keywords.
 */
function indexEntry(
  index: Pick<SearchIndex, 'postings' | 'surfaces'>,
  entry: FaqEntry,
  entryIndex: number,
  context: readonly string[],
  curatedWords: readonly string[],
  compounds: ReadonlySet<string>,
  tokens: EntryTokens,
  tokenizeOnce: (text: string) => Token[],
  known: Set<string>,
): EntryData {
  const { postings, surfaces } = index;
  const titleTokens = tokens.title;
  const textTokens = tokens.text;
  const title = indexTokens(titleTokens, undefined, compounds);
  const text = indexTokens(textTokens, urlSpans(entry.text), compounds);
  // (The section path's words, as tokens, do not depend on the separator: none is a joiner.)
  const sectionTokens = tokenizeOnce(entry.section.join(' / '));
  const section = indexTokens(sectionTokens, undefined, compounds);
  const keywordStems: FieldTokens['stems'] = [];
  const keywordPhraseLengths: number[] = [];
  [...context, ...curatedWords].forEach((phrase, phraseIndex) => {
    const phraseTokens = tokenizeOnce(phrase);
    const phraseStems = indexTokens(phraseTokens, undefined, compounds).stems;
    keywordPhraseLengths.push(phraseStems.filter((t) => !t.pair).length);
    for (const t of phraseStems) {
      keywordStems.push({ ...t, position: t.position + phraseIndex * PHRASE_GAP });
    }
    for (const t of phraseTokens) addSurface(surfaces, t.norm, stem(t.norm), 1);
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
  const tfByStem = new Map<string, FieldCounts>();
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
  for (const tokens of [titleTokens, textTokens, sectionTokens]) {
    tokens.forEach((t, i) => {
      // A word already added stands for itself at full weight: adding it again changes nothing.
      if (!known.has(t.norm)) {
        known.add(t.norm);
        addSurface(surfaces, t.norm, stem(t.norm), 1);
      }
      const previous = tokens[i - 1];
      if (t.joined && previous !== undefined) addSurface(surfaces, previous.norm + t.norm, stem(previous.norm + t.norm), 1);
    });
  }
  const contextStems = context.map((phrase) => indexTokens(tokenizeOnce(phrase), undefined, compounds).stems);
  return {
    entry,
    title: title.stems.filter((t) => !t.pair).map(({ stem: s, start, end }) => ({ stem: s, start, end })),
    text: text.stems.filter((t) => !t.pair).map(({ stem: s, start, end }) => ({ stem: s, start, end })),
    positions,
    textLength: text.stems.length,
    titleKey: titleTokens.map((t) => t.norm).join(' '),
    headingInContext: contextStems.length > 0 && title.stems.every((t) => contextStems.some((stems) => stems.some((c) => c.stem === t.stem))),
    heading: new Set([...title.stems, ...contextStems.flat()].map((t) => t.stem)),
    pageTitle: (contextStems[0] ?? []).filter((t) => !t.pair).map((t) => t.stem),
    keywordPhraseLengths,
    curatedFrom: context.length,
  };
}

function pack(postings: ReadonlyMap<string, readonly Posting[]>): PackedPostings {
  let total = 0;
  for (const list of postings.values()) total += list.length;
  const slot = new Map<string, number>();
  const start = new Int32Array(postings.size + 1);
  const entry = new Int32Array(total);
  const tf = new Uint16Array(total * FIELD_COUNT);
  let k = 0;
  let at = 0;
  for (const [s, list] of postings) {
    slot.set(s, k);
    start[k++] = at;
    for (const posting of list) {
      entry[at] = posting.entry;
      for (let f = 0; f < FIELD_COUNT; f++) tf[at * FIELD_COUNT + f] = Math.min(0xffff, posting.tf[f] ?? 0);
      at++;
    }
  }
  start[k] = at;
  return { slot, start, entry, tf };
}

/** The index of `entries`, with `keywords` (entry id → curated words) as extra keywords. */
export function buildIndex(entries: readonly FaqEntry[], keywords: Readonly<Record<string, string[]>>): SearchIndex {
  const n = entries.length;
  const postings = new Map<string, Posting[]>();
  const surfaces: Surfaces = new Map();
  const pageById = new Map(entries.filter((e) => e.kind === 'guide').map((e) => [e.id, e]));
  const tokenized = entries.map((entry): EntryTokens => ({ title: tokenize(entry.title), text: tokenize(entry.text) }));
  const compounds = hyphenCompounds(tokenized);
  // Section paths and page titles repeat from entry to entry: each is read once.
  const phrases = new Map<string, Token[]>();
  const tokenizeOnce = (text: string): Token[] => {
    let tokens = phrases.get(text);
    if (tokens === undefined) phrases.set(text, (tokens = tokenize(text)));
    return tokens;
  };
  const known = new Set<string>();
  const data = entries.map((entry, entryIndex) => {
    // A guide section's page title and the headings above it say what it is about as
    // much as its own heading does ("Setup" of the Discord bridge): they count as its
    // keywords, next to any curated ones.
    const page = entry.kind === 'section' && entry.page !== null ? pageById.get(entry.page) : undefined;
    const context = page ? entry.section.slice(page.section.length) : [];
    const curatedWords = Object.hasOwn(keywords, entry.id) ? (keywords[entry.id] ?? []) : [];
    return indexEntry({ postings, surfaces }, entry, entryIndex, context, curatedWords, compounds, tokenized[entryIndex]!, tokenizeOnce, known);
  });
  const averageTextLength = data.reduce((sum, d) => sum + d.textLength, 0) / Math.max(1, n) || 1;
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, idfOf(list.length, n));
  const textNorm = Float64Array.from(data, (d) => BM25_K * (1 - BM25_B + (BM25_B * d.textLength) / averageTextLength));
  // A section's heading reads with its page's title ("Import" of "Export and Import E2E Room
  // Keys"), which its keywords carry: both count as its title's length, so a short heading
  // is not favoured over its own page for words that are the page's.
  // The yardstick is the average heading's own length: one that long counts as it is.
  const averageHeadingLength = data.reduce((sum, d) => sum + d.title.length, 0) / Math.max(1, n) || 1;
  const titleNorm = Float64Array.from(data, (d) => {
    const length = Math.max(1, d.title.length + d.pageTitle.length);
    return 1 / (1 - TITLE_B + (TITLE_B * length) / averageHeadingLength);
  });
  return { entries: data, postings, packed: pack(postings), idf, maxIdf: unknownIdf(n), averageTextLength, textNorm, titleNorm, surfaces };
}
