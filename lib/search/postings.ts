// Matching: walking the postings of a query's alternatives into one row per entry touched,
// with what each matched per term and field. Flat, reused buffers (one set per index), so a
// keystroke allocates nothing per entry even in a corpus a hundred times the real one.
// score.ts turns the rows into strengths, coverage and bonuses.

import type { QueryTerm } from './expand';
import { BM25_K, FIELD_COUNT, TEXT, TITLE, type SearchIndex } from './index-build';

/** Contribution of a match, per field. */
export const FIELD_WEIGHT = [3, 2.4, 0.6, 1] as const;
/** How much a match in the field counts towards coverage. */
export const FIELD_COVERAGE = [1, 1, 0.6, 0.9] as const;
/**
 * Buffers reused from one query to the next, one set per index, so that scoring allocates
 * nothing per entry: each entry a query touches gets a row; per row and term the best
 * contribution per field and the best credit towards coverage; and, as a linked list in
 * flat arrays, which of the query's alternatives it matched.
 */
export interface Workspace {
  /** Per entry: the query (generation) that last gave it a row, and that row. */
  stamp: Int32Array;
  row: Int32Array;
  generation: number;
  /**
   * Per row: its entry, the head of its list of matches, its plain strength, its coverage
   * (by importance), whether it matched a specific word, and scratch for ranking.
   */
  entryOf: Int32Array;
  head: Int32Array;
  plain: Float64Array;
  covered: Float64Array;
  specific: Uint8Array;
  ranked: Float64Array;
  scratch: Float64Array;
  /** Per row × term × field, and per row × term. */
  fieldBest: Float64Array;
  coverage: Float64Array;
  /** The matches: the alternative's number in the query, and the next match of the row. */
  matchAlt: Int32Array;
  matchNext: Int32Array;
}

const workspaces = new WeakMap<SearchIndex, Workspace>();

export function workspaceOf(index: SearchIndex): Workspace {
  let ws = workspaces.get(index);
  if (ws === undefined) {
    const n = index.entries.length;
    ws = {
      stamp: new Int32Array(n),
      row: new Int32Array(n),
      generation: 0,
      entryOf: new Int32Array(n),
      head: new Int32Array(n),
      plain: new Float64Array(n),
      covered: new Float64Array(n),
      specific: new Uint8Array(n),
      ranked: new Float64Array(n),
      scratch: new Float64Array(n),
      fieldBest: new Float64Array(0),
      coverage: new Float64Array(0),
      matchAlt: new Int32Array(1024),
      matchNext: new Int32Array(1024),
    };
    workspaces.set(index, ws);
  }
  return ws;
}

/** One of the query's alternatives, flattened: its term, stem and weight. */
export interface FlatAlternative {
  term: number;
  stem: string;
  weight: number;
}

/** A query word whose alternatives more than this share of all entries have is common: see matchTerms. */
const COMMON_SHARE = 1 / 16;
/**
 * Common words add no entries once the rarer ones have found this many: five times the
 * real corpus's entries, so only a corpus many times larger gets there (the bench's 10×
 * ranks exactly as without it; at 100×, one guide query of 120 loses its first place).
 */
const ROWS_BEFORE_COMMON = 1024;

/**
 * Walks the postings of every alternative of every term, filling the workspace: a row per
 * entry touched (in a very large corpus, not by the commonest words: see below), what it
 * matched per term and field. Returns the number of rows.
 */
export function matchTerms(index: SearchIndex, terms: readonly QueryTerm[], ws: Workspace, alternatives: FlatAlternative[]): number {
  const termCount = terms.length;
  // Local copies: the loop below runs once per posting.
  const fieldCount = FIELD_COUNT;
  const textField = TEXT;
  const titleField = TITLE;
  const width = termCount * fieldCount;
  if (++ws.generation > 0x3fffffff) {
    ws.generation = 1;
    ws.stamp.fill(0);
  }
  const generation = ws.generation;
  const { stamp, row, entryOf, head } = ws;
  const { textNorm, titleNorm } = index;
  let rows = 0;
  let matches = 0;
  const { slot: slots, start, entry: postingEntry, tf } = index.packed;
  // Per term, the postings of all its alternatives; room for every entry and every posting
  // this query walks, so the loop checks nothing.
  const postingsOf = terms.map((term) => {
    let sum = 0;
    for (const alt of term.alternatives) {
      const k = slots.get(alt.stem);
      if (k !== undefined) sum += start[k + 1]! - start[k]!;
    }
    return sum;
  });
  const total = postingsOf.reduce((sum, n) => sum + n, 0);
  // At most one row per entry, and per posting walked.
  const rowsAtMost = Math.min(index.entries.length, total);
  if (ws.matchAlt.length < total) {
    ws.matchAlt = new Int32Array(Math.max(total, ws.matchAlt.length * 2));
    ws.matchNext = new Int32Array(ws.matchAlt.length);
  }
  if (ws.fieldBest.length < rowsAtMost * width) ws.fieldBest = new Float64Array(rowsAtMost * width);
  if (ws.coverage.length < rowsAtMost * termCount) ws.coverage = new Float64Array(rowsAtMost * termCount);
  const { matchAlt, matchNext, fieldBest: fb, coverage: cov } = ws;
  // The rarer query words first (by the postings of all their alternatives). In a very
  // large corpus, a word a good share of all entries have ("configure", "room") then only
  // adds to the entries the rarer words found, once these are ROWS_BEFORE_COMMON: an entry
  // with nothing but such words rarely reaches the top, and giving each a row is most of a
  // keystroke's time there. The first word always finds its entries.
  const order = terms.map((_, t) => t).sort((a, b) => postingsOf[a]! - postingsOf[b]! || a - b);
  const common = index.entries.length * COMMON_SHARE;
  for (const t of order) {
    const term = terms[t]!;
    // Into the rows there are only, making none.
    const addsOnly = postingsOf[t]! > common && rows >= ROWS_BEFORE_COMMON;
    for (const alt of term.alternatives) {
      const k = slots.get(alt.stem);
      if (k === undefined) continue;
      const from = start[k]!;
      const to = start[k + 1]!;
      const altNumber = alternatives.length;
      alternatives.push({ term: t, stem: alt.stem, weight: alt.weight });
      const specificity = Math.min(term.importance, index.idf.get(alt.stem) ?? 0) * alt.weight;
      const credit = alt.cover ?? alt.weight;
      for (let p = from; p < to; p++) {
        const e = postingEntry[p]!;
        let r: number;
        if (stamp[e] === generation) r = row[e]!;
        else if (addsOnly) continue;
        else {
          r = rows++;
          stamp[e] = generation;
          row[e] = r;
          entryOf[r] = e;
          head[r] = -1;
          for (let i = r * width; i < rows * width; i++) fb[i] = 0;
          for (let i = r * termCount; i < rows * termCount; i++) cov[i] = 0;
        }
        const slot = r * width + t * fieldCount;
        const covSlot = r * termCount + t;
        for (let f = 0; f < fieldCount; f++) {
          const n = tf[p * fieldCount + f]!;
          if (n === 0) continue;
          const value = specificity * FIELD_WEIGHT[f]! * (f === textField ? textFactor(n, textNorm[e]!) : f === titleField ? otherFactor(n) * titleNorm[e]! : otherFactor(n));
          if (value > fb[slot + f]!) fb[slot + f] = value;
          const c = credit * FIELD_COVERAGE[f]!;
          if (c > cov[covSlot]!) cov[covSlot] = c;
        }
        matchAlt[matches] = altNumber;
        matchNext[matches] = head[r]!;
        head[r] = matches++;
      }
    }
  }
  return rows;
}

/** How much repeating a word in the question, keywords or section adds: a little. */
function otherFactor(tf: number): number {
  return Math.min(1.15, 0.95 + 0.05 * tf);
}

/** The same for the answer's text (`textNorm`: its length part, index-build.ts). */
function textFactor(tf: number, textNorm: number): number {
  // BM25-style saturation with length normalisation, scaled so tf 2 in an average answer ≈ 1.
  const saturation = (tf * (BM25_K + 1)) / (tf + textNorm);
  return Math.min(1.2, saturation / ((2 * (BM25_K + 1)) / (2 + BM25_K)));
}

/** The `k`-th largest of `values[0..n)` (k ≥ 1), reordering them. */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
