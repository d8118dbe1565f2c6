// Scoring: how strongly each entry matches a query's terms and how much of the query it
// covers, with the bonuses for naming its heading; and the floors a result must clear.

import { WEAK_IMPORTANCE, type QueryTerm } from './expand';
import { FIELD_COUNT, KEYWORDS, TEXT, TITLE, type EntryData, type SearchIndex } from './index-build';
import { preferSections } from './prefer-sections';
import { spannedStems } from './query';

/** Contribution of a match, per field. */
export const FIELD_WEIGHT = [3, 2.4, 0.6, 1] as const;
/** How much a match in the field counts towards coverage. */
const FIELD_COVERAGE = [1, 1, 0.6, 0.9] as const;
/** A second field matching the same term adds this share of its own contribution. */
const SECOND_FIELD = 0.25;
/** Bonus for two consecutive query terms found within PROXIMITY_WINDOW words. */
const PROXIMITY_BONUS = 0.35;
const PROXIMITY_WINDOW = 3;
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
/** How much a match in curated keywords (not a heading) counts towards ABOUT_FLOOR. */
const KEYWORD_ABOUT = 0.2;
/** Lower-ranked hits are kept while their strength is this share of the best's. */
const RELATIVE_FLOOR = 0.1;
/** … and they cover at least this much of the query. */
const COVERAGE_FLOOR_OTHERS = 0.4;
/**
 * The lower floor for "not sure" matches: a third of the query covered by an entry that
 * matches something specific. Below it (a recipe, another product) nothing is shown.
 */
const UNSURE_COVERAGE = 0.34;
const UNSURE_STRENGTH = 0.6;
/** At most this many "not sure" matches are shown. */
export const UNSURE_LIMIT = 3;

export interface Candidate {
  index: number;
  strength: number;
  coverage: number;
  /** Whether a term that is not everyday English matched: no answer rests on "good" alone. */
  specific: boolean;
  /** Share of the query (by importance) matched in the heading or keywords: what it is about. */
  about: number;
  matched: Set<string>;
}

/** Per entry, what each of the query's terms matched. */
interface EntryMatches {
  /** Per term, per field: the best contribution. */
  fieldBest: Float64Array;
  /** Per term: the best credit towards coverage. */
  coverage: Float64Array;
  /** Every stem of the entry that matched. */
  matched: Set<string>;
  /** Per term: the entry's stems that matched it, with the best weight. */
  termStems: Array<Map<string, number>>;
}

function tfFactor(index: SearchIndex, field: number, tf: number, entry: EntryData): number {
  if (field !== TEXT) return Math.min(1.15, 0.95 + 0.05 * tf);
  // BM25-style saturation with length normalisation, scaled so tf 2 in an average answer ≈ 1.
  const k = 1.2;
  const b = 0.6;
  const saturation = (tf * (k + 1)) / (tf + k * (1 - b + (b * entry.textLength) / index.averageTextLength));
  return Math.min(1.2, saturation / ((2 * (k + 1)) / (2 + k)));
}

/** Walks the postings of every alternative of every term: what each entry matched. */
function matchTerms(index: SearchIndex, terms: readonly QueryTerm[]): Map<number, EntryMatches> {
  const byEntry = new Map<number, EntryMatches>();
  terms.forEach((term, t) => {
    for (const alt of term.alternatives) {
      const list = index.postings.get(alt.stem);
      if (list === undefined) continue;
      const specificity = Math.min(term.importance, index.idf.get(alt.stem) ?? 0);
      for (const posting of list) {
        let m = byEntry.get(posting.entry);
        if (m === undefined) {
          m = {
            fieldBest: new Float64Array(terms.length * FIELD_COUNT),
            coverage: new Float64Array(terms.length),
            matched: new Set(),
            termStems: terms.map(() => new Map()),
          };
          byEntry.set(posting.entry, m);
        }
        const entryData = index.entries[posting.entry];
        if (entryData === undefined) continue;
        const { fieldBest: fb, coverage: cov } = m;
        for (let f = 0; f < FIELD_COUNT; f++) {
          const tf = posting.tf[f] ?? 0;
          if (tf === 0) continue;
          const value = specificity * alt.weight * (FIELD_WEIGHT[f] ?? 0) * tfFactor(index, f, tf, entryData);
          const slot = t * FIELD_COUNT + f;
          if (value > (fb[slot] ?? 0)) fb[slot] = value;
          const c = (alt.cover ?? alt.weight) * (FIELD_COVERAGE[f] ?? 0);
          if (c > (cov[t] ?? 0)) cov[t] = c;
        }
        m.matched.add(alt.stem);
        const stems = m.termStems[t];
        stems?.set(alt.stem, Math.max(stems.get(alt.stem) ?? 0, alt.weight));
      }
    }
  });
  return byEntry;
}

/**
 * Whether some position in `a` is within PROXIMITY_WINDOW of a different one in `b`.
 * Positions are in ascending order (the index records them as it reads), so each lookup is
 * a binary search: long guide pages have words at hundreds of positions.
 */
function near(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) {
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]! < x - PROXIMITY_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < b.length && b[k]! <= x + PROXIMITY_WINDOW; k++) if (b[k] !== x) return true;
  }
  return false;
}

/** `strength` plus the bonus for consecutive terms side by side in the question, keywords or answer. */
function withProximity(strength: number, terms: readonly QueryTerm[], entryData: EntryData, stemsPerTerm: Array<Map<string, number>>): number {
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
          if (near(pa, pb)) {
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
  return strength;
}

/**
 * `strength` with the bonus for a query that names the whole heading (each heading word
 * weighted by its IDF). `hit`: the stems the query names; `about`: the share of the query
 * the heading and the headings above it account for.
 */
function withTitleBonus(
  strength: number,
  index: SearchIndex,
  terms: readonly QueryTerm[],
  entryData: EntryData,
  fieldBest: Float64Array,
  hit: ReadonlySet<string>,
  about: number,
): number {
  const titleStems = entryData.positions[TITLE];
  if (titleStems === undefined || titleStems.size === 0) return strength;
  let all = 0;
  let named = 0;
  for (const s of titleStems.keys()) {
    const weight = index.idf.get(s) ?? 0;
    all += weight;
    if (hit.has(s)) named += weight;
  }
  // (Not for a section whose heading only repeats its page's: "Import" under "Export
  // and Import E2E Room Keys" says nothing the page title does not.)
  if (all > 0 && named >= all - 1e-9 && !entryData.headingInContext) {
    // The whole heading is named: how much of the query the heading and the headings
    // above it in its page account for.
    strength *= 1 + TITLE_COMPLETE_BONUS * about * about;
    // Every word of the query is in the heading too: the query is the heading, give
    // or take a typo or a stop word.
    if (terms.every((_, t) => (fieldBest[t * FIELD_COUNT + TITLE] ?? 0) > 0)) strength *= 1 + TITLE_COMPLETE_BONUS;
  }
  return strength;
}

/**
 * Every entry that matches a term, strongest first. `queryKey`: the query's words,
 * normalised, to recognise a query that is exactly a heading.
 */
export function scoreQuery(index: SearchIndex, terms: QueryTerm[], queryKey = ''): { candidates: Candidate[]; totalImportance: number } {
  const totalImportance = terms.reduce((sum, t) => sum + t.importance, 0);
  const termWords = spannedStems(terms);
  const candidates: Candidate[] = [];
  for (const [entryIndex, m] of matchTerms(index, terms)) {
    const entryData = index.entries[entryIndex];
    if (entryData === undefined) continue;
    const { fieldBest: fb, coverage: cov, termStems: stemsPerTerm } = m;
    let strength = 0;
    let covered = 0;
    let specific = false;
    terms.forEach((term, t) => {
      // The best field's contribution and a share of the second best's.
      let first = 0;
      let second = 0;
      for (let f = t * FIELD_COUNT; f < (t + 1) * FIELD_COUNT; f++) {
        const value = fb[f] ?? 0;
        if (value > first) {
          second = first;
          first = value;
        } else if (value > second) second = value;
      }
      strength += first + SECOND_FIELD * second;
      covered += term.importance * (cov[t] ?? 0);
      if ((cov[t] ?? 0) > 0 && term.importance > WEAK_IMPORTANCE) specific = true;
    });
    strength = withProximity(strength, terms, entryData, stemsPerTerm);
    // How much of the query (by importance) the heading and the headings above it match.
    // Curated keywords say what an entry is about less surely than its headings: they count
    // for KEYWORD_ABOUT towards the confidence floor, and not for the heading bonus.
    let aboutImportance = 0;
    let keywordImportance = 0;
    terms.forEach((term, t) => {
      const stems = stemsPerTerm[t];
      let inHeading = false;
      for (const stem of stems?.keys() ?? []) if (entryData.heading.has(stem)) inHeading = true;
      if (inHeading) aboutImportance += term.importance;
      else if ((fb[t * FIELD_COUNT + KEYWORDS] ?? 0) > 0) keywordImportance += term.importance;
    });
    const about = totalImportance > 0 ? aboutImportance / totalImportance : 0;
    const aboutForFloor = totalImportance > 0 ? (aboutImportance + KEYWORD_ABOUT * keywordImportance) / totalImportance : 0;
    // A compound term ("room keys" read as "roomkey") also names its words.
    const hit = termWords.length === 0 ? m.matched : new Set([...m.matched, ...termWords]);
    strength = withTitleBonus(strength, index, terms, entryData, fb, hit, about);
    const exact = queryKey !== '' && queryKey === entryData.titleKey;
    if (exact) {
      strength *= 1 + EXACT_TITLE_BONUS;
      // A heading typed as it reads is specific, even when its words are everyday ones.
      specific = true;
    }
    const coverageShare = totalImportance > 0 ? covered / totalImportance : 0;
    // An entry that answers all of the query outranks one that answers part of it loudly.
    strength *= COVERAGE_BASE + (1 - COVERAGE_BASE) * coverageShare;
    candidates.push({ index: entryIndex, strength, coverage: coverageShare, about: aboutForFloor, specific, matched: m.matched });
  }
  preferSections(index, candidates);
  candidates.sort((a, b) => b.strength - a.strength || a.index - b.index);
  return { candidates, totalImportance };
}

/**
 * The floors: the candidates to show (at most `limit`), best first, and whether they are
 * sure answers; none when the best does not clear the floor (with `unsure`, the lower one).
 */
export function shortlist(candidates: readonly Candidate[], limit: number, unsure: boolean): { shown: Candidate[]; sure: boolean } {
  const top = candidates[0];
  if (top === undefined || !top.specific) return { shown: [], sure: false };
  const sure = top.coverage >= COVERAGE_FLOOR && top.strength >= STRENGTH_FLOOR && top.about >= ABOUT_FLOOR;
  if (!sure && !(unsure && top.coverage >= UNSURE_COVERAGE && top.strength >= UNSURE_STRENGTH)) return { shown: [], sure };
  const most = sure ? limit : Math.min(limit, UNSURE_LIMIT);
  const shown: Candidate[] = [];
  for (const candidate of candidates) {
    if (shown.length >= most) break;
    if (candidate !== top) {
      if (candidate.strength < RELATIVE_FLOOR * top.strength) break;
      if (candidate.coverage < COVERAGE_FLOOR_OTHERS) continue;
    }
    shown.push(candidate);
  }
  return { shown, sure };
}

/** A hit's score, 0..1: its strength relative to every term matching in the question (1), so it falls with rank. */
export function scoreOf(candidate: Candidate, totalImportance: number): number {
  const maxStrength = totalImportance * FIELD_WEIGHT[TITLE] * (1 + SECOND_FIELD);
  const score = maxStrength > 0 ? Math.min(1, candidate.strength / maxStrength) : 0;
  return Math.round(score * 1000) / 1000;
}
