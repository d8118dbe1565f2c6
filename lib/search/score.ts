// Scoring: how strongly each entry matches a query's terms and how much of the query it
// covers, with the bonuses for naming its heading; and the floors a result must clear.

import { WEAK_IMPORTANCE, type QueryTerm } from './expand';
import { FIELD_COUNT, KEYWORDS, TEXT, TITLE, type EntryData, type SearchIndex } from './index-build';
import { keywordPhraseWeights } from './keyword-phrases';
import { FIELD_WEIGHT, kthLargest, matchTerms, workspaceOf, type FlatAlternative } from './postings';
import { isGenericTerm, isProcedureVerb } from './confidence';
import { preferNamedSiblings, preferSections } from './prefer-sections';
import { spannedStems } from './query';

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
/**
 * A question that tells its story has at least this many terms ("Our choir's treasurer was
 * at sea for a month; since then her WhatsApp bridge …"). Its words that no entry uses are mostly
 * the story's own (a sport, a city, a colleague's holiday), not its subject: the "not sure"
 * floor then measures coverage among the words the corpus has. A short query keeps its
 * unknown words in the measure, and so "best pizza dough recipe" still shows nothing.
 */
const STORY_TERMS = 10;
/** … unless more than this share of it is such words: that is no story about EMS (filler text, a keyboard mash). */
const STORY_UNKNOWN = 0.75;
/** Ranking strength is scaled between this (nothing of the query covered) and 1 (all of it). */
const COVERAGE_BASE = 0.3;
/**
 * … and between this and 1 for a question that tells its story (STORY_TERMS): no answer
 * covers the story's own words (the design agency, the weekend the DNS moved), so what an
 * entry covers says less than how strongly it matches ("Cloudflare" in an FAQ heading).
 * Tuned on the tuning sets: 0.5 and 0.6 gained, 0.7 lost.
 */
const STORY_COVERAGE_BASE = 0.6;
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
/**
 * … and they cover at least this much of the query, or this share of what the best covers:
 * of a long question that tells its whole story even the best answer covers little, and
 * the next one may be the answer.
 */
const COVERAGE_FLOOR_OTHERS = 0.4;
const RELATIVE_COVERAGE_OTHERS = 0.6;
/**
 * The lower floor for "not sure" matches: 0.3 of the query covered by an entry that matches
 * something specific. Below it (a recipe, another product) nothing is shown. The same for a
 * question that tells its story (STORY_TERMS, measured among the words the corpus has).
 * Tuned on the tuning sets: a third for short questions and 0.3 for stories at first; 0.3 for
 * all, a later stop, showed three more queries their answer first (two of them held out)
 * where words no entry has left less for any answer to cover, and a "not sure"
 * list to 20 more of 480 out-of-scope questions that showed none, none of them sure; 0.27
 * showed two more answers and 19 more such lists. A story at 0.25 showed the same answers as
 * at 0.3, and six more such lists.
 */
const UNSURE_COVERAGE = 0.3;
const UNSURE_STRENGTH = 0.6;
/**
 * … and a quarter for a post of this many terms or more that tells its story (a support
 * thread pasted whole: its setup, what was tried, an error): the more it says around its
 * question, the less of it any answer covers, even among the words the corpus has. Measured
 * on blind-long (posts of 300–1,000 characters): four posts that showed nothing show their
 * answer as "not sure"; eight of its fifteen out-of-scope posts show a "not sure" list too,
 * never a sure one. Shorter stories keep UNSURE_COVERAGE.
 */
export const LONG_STORY_TERMS = 20;
const LONG_STORY_UNSURE_COVERAGE = 0.25;
/**
 * Whether an entry could lead the list by its own match (couldLead: a section lifted past its
 * page, a German guide past its English one) keeps the third: at 0.3 there, two held-out
 * queries lost a place.
 */
const LEAD_COVERAGE = 0.34;
/**
 * An English query ranks a page in another language (the German one) this much lower: its
 * words shared with English ("Domain", "EMS") say it is about the topic, but the reader
 * wants an answer they can read, unless nothing else fits.
 */
const OTHER_LANGUAGE_FACTOR = 0.4;
/**
 * And a German query ranks the German page this much higher: its reader reads German, and
 * the page answers in it what an English guide answers too (tuned on the guide set).
 */
const SAME_LANGUAGE_FACTOR = 1.5;
/**
 * An entry that moves the other way than the query asks ("from our own server to EMS"
 * against "from EMS to self-hosted", direction.ts) keeps this share of its strength: it
 * matches the query's words as well as the right one, and must fall clearly below it.
 */
const OPPOSITE_DIRECTION_FACTOR = 0.5;
/** At most this many "not sure" matches are shown. */
export const UNSURE_LIMIT = 3;
/**
 * A heading names a query word when it has the word itself, or (of a German query) the
 * word's main English translation or the German page's word, weighing this much or more;
 * not a synonym ("invoice" → "payment": the corpus has no invoices), a related word, a near
 * spelling or the start of a word still being typed ("pa"). A procedure verb ("change",
 * "ändern") names no topic: a heading need not name it, and a query of nothing else names
 * none (see namesSeveral).
 */
const NAMING_WEIGHT_GERMAN = 0.85;

export interface Candidate {
  index: number;
  strength: number;
  coverage: number;
  /** Whether a term that is not everyday English matched: no answer rests on "good" alone. */
  specific: boolean;
  /** Share of the query (by importance) matched in the heading or keywords: what it is about. */
  about: number;
  /** The same share counting only the query's subject words, not generic procedure words (confidence.ts). */
  subject: number;
  /** Whether its heading (with the headings above it) names every word of the query (NAMING_WEIGHT_GERMAN). */
  headingNamesQuery: boolean;
}

/**
 * When a query matches more than SCORE_ALL entries, only the FULL_SCORING strongest by
 * plain strength (times coverage) are scored in full (proximity, heading bonuses): the
 * bonuses multiply a strength by two at most, so the answers are among them. A corpus of
 * a few hundred entries is always scored in full; one a hundred times larger stays as fast
 * as typing.
 */
const SCORE_ALL = 256;
const FULL_SCORING = 96;

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

/**
 * A term's plain strength in one entry: the best field's contribution and a share of the
 * second best's, with `keywordValue` as the keywords field's (withKeywordPhrases weighs it).
 */
function bestTwo(fb: Float64Array, base: number, keywordValue: number): number {
  let first = 0;
  let second = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const value = f === KEYWORDS ? keywordValue : fb[base + f]!;
    if (value > first) {
      second = first;
      first = value;
    } else if (value > second) second = value;
  }
  return first + SECOND_FIELD * second;
}

/** `strength` with each term's keyword match weighed by how much of its phrase the query met (keyword-phrases.ts). */
function withKeywordPhrases(strength: number, terms: readonly QueryTerm[], entryData: EntryData, perTerm: ReadonlyArray<readonly FlatAlternative[]>, fb: Float64Array, offset: number): number {
  // Most entries a query reaches match none of its terms in their keywords: nothing to weigh,
  // and no phrase table to build for them (measured: keystroke p95 about 5 % lower).
  let inKeywords = false;
  for (let t = 0; t < terms.length && !inKeywords; t++) inKeywords = fb[offset + t * FIELD_COUNT + KEYWORDS]! > 0;
  if (!inKeywords) return strength;
  const weights = keywordPhraseWeights(terms, entryData, perTerm);
  if (weights === undefined) return strength;
  weights.forEach((weight, t) => {
    const base = offset + t * FIELD_COUNT;
    const keywordValue = fb[base + KEYWORDS]!;
    if (weight >= 1 || keywordValue <= 0) return;
    strength -= bestTwo(fb, base, keywordValue) - bestTwo(fb, base, keywordValue * weight);
  });
  return strength;
}

/** The fields where two terms side by side earn the proximity bonus. */
const PROXIMITY_FIELDS = [TITLE, KEYWORDS, TEXT] as const;

/**
 * `strength` plus the bonus for consecutive terms side by side in the question, keywords or
 * answer. `perTerm`: per term, the alternatives the entry matched.
 */
function withProximity(strength: number, terms: readonly QueryTerm[], entryData: EntryData, perTerm: ReadonlyArray<readonly FlatAlternative[]>): number {
  for (let t = 0; t + 1 < terms.length; t++) {
    const a = perTerm[t];
    const b = perTerm[t + 1];
    if (a === undefined || b === undefined || a.length === 0 || b.length === 0) continue;
    let best = 0;
    for (const f of PROXIMITY_FIELDS) {
      const positions = entryData.positions[f];
      if (positions === undefined) continue;
      for (const { stem: sa, weight: wa } of a) {
        const pa = positions.get(sa);
        if (pa === undefined) continue;
        for (const { stem: sb, weight: wb } of b) {
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
  offset: number,
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
  // (Not for a section whose heading only repeats its page's when the query names the
  // whole page title: "Import" under "Export and Import E2E Room Keys" then says nothing
  // the page does not. When it names only part of it, "import my keys on Android", the
  // heading says which part.)
  const pageNamed = entryData.headingInContext && entryData.pageTitle.every((s) => hit.has(s));
  if (all > 0 && named >= all - 1e-9 && !pageNamed) {
    // The whole heading is named: how much of the query the heading and the headings
    // above it in its page account for.
    strength *= 1 + TITLE_COMPLETE_BONUS * about * about;
    // Every word of the query is in the heading too: the query is the heading, give
    // or take a typo or a stop word.
    if (terms.every((_, t) => (fieldBest[offset + t * FIELD_COUNT + TITLE] ?? 0) > 0)) strength *= 1 + TITLE_COMPLETE_BONUS;
  }
  return strength;
}

/** Candidates strongest first; of two as strong, the earlier entry first (the order every ranking step keeps). */
export const byStrength = (a: Candidate, b: Candidate): number => b.strength - a.strength || a.index - b.index;

/**
 * Every entry that matches a term, strongest first (in a large corpus, the FULL_SCORING
 * strongest by plain strength). `queryKey`: the query's words, normalised, to recognise a
 * query that is exactly a heading. `opposite` tells the entries that go against the
 * direction the query states (direction.ts; none where it states none).
 */
export function scoreQuery(
  index: SearchIndex,
  terms: QueryTerm[],
  queryKey = '',
  german = false,
  opposite: (entryIndex: number) => boolean = () => false,
): { candidates: Candidate[]; totalImportance: number } {
  const totalImportance = terms.reduce((sum, t) => sum + t.importance, 0);
  const termCount = terms.length;
  const coverageBase = termCount >= STORY_TERMS ? STORY_COVERAGE_BASE : COVERAGE_BASE;
  const fieldCount = FIELD_COUNT;
  const width = termCount * fieldCount;
  const ws = workspaceOf(index);
  const alternatives: FlatAlternative[] = [];
  const rows = matchTerms(index, terms, ws, alternatives);
  const { fieldBest: fb, coverage: cov, entryOf, head, plain, covered, specific, ranked, scratch, matchAlt, matchNext } = ws;
  // What the query names: every stem it may stand for, and the words of a term that spans
  // two ("room keys" read as "roomkey"). A heading's word the entry matched is one of these.
  const named = new Set([...alternatives.map((a) => a.stem), ...spannedStems(terms)]);

  // First, every entry's plain strength (best field per term, and a share of the second)
  // times its coverage: cheap, and enough to rank out all but the strongest.
  const importance = terms.map((t) => t.importance);
  const weak = WEAK_IMPORTANCE;
  // What a heading must name of each term (NAMING_WEIGHT_GERMAN): a procedure verb need not be named.
  const names = (alt: { weight: number }) => alt.weight >= 1 || (german && alt.weight >= NAMING_WEIGHT_GERMAN);
  const verbOnly = terms.map((term) => {
    const naming = term.alternatives.filter(names);
    return naming.length > 0 && naming.every((alt) => isProcedureVerb(alt.stem));
  });
  const namesATopic = verbOnly.some((verb) => !verb);
  for (let r = 0; r < rows; r++) {
    let strength = 0;
    let sum = 0;
    let isSpecific = false;
    for (let t = 0; t < termCount; t++) {
      const base = r * width + t * fieldCount;
      strength += bestTwo(fb, base, fb[base + KEYWORDS]!);
      const c = cov[r * termCount + t]!;
      sum += importance[t]! * c;
      if (c > 0 && importance[t]! > weak) isSpecific = true;
    }
    covered[r] = sum;
    plain[r] = strength;
    specific[r] = isSpecific ? 1 : 0;
  }
  if (rows > SCORE_ALL) {
    for (let r = 0; r < rows; r++) ranked[r] = plain[r]! * (coverageBase + ((1 - coverageBase) * covered[r]!) / (totalImportance || 1));
    scratch.set(ranked.subarray(0, rows));
    const threshold = kthLargest(scratch, rows, FULL_SCORING);
    for (let r = 0; r < rows; r++) plain[r] = ranked[r]! >= threshold ? plain[r]! : -1;
  }

  const candidates: Candidate[] = [];
  const perTerm: FlatAlternative[][] = terms.map(() => []);
  const generic = terms.map(isGenericTerm);
  const subjectTotal = terms.reduce((sum, t, i) => (generic[i] ? sum : sum + t.importance), 0);
  for (let r = 0; r < rows; r++) {
    let strength = plain[r]!;
    if (strength < 0) continue;
    const entryIndex = entryOf[r]!;
    const entryData = index.entries[entryIndex];
    if (entryData === undefined) continue;
    for (const list of perTerm) list.length = 0;
    for (let m = head[r]!; m >= 0; m = matchNext[m]!) {
      const alt = alternatives[matchAlt[m]!]!;
      perTerm[alt.term]!.push(alt);
    }
    strength = withKeywordPhrases(strength, terms, entryData, perTerm, fb, r * width);
    strength = withProximity(strength, terms, entryData, perTerm);
    // How much of the query (by importance) the heading and the headings above it match.
    // Curated keywords say what an entry is about less surely than its headings: they count
    // for KEYWORD_ABOUT towards the confidence floor, and not for the heading bonus.
    let aboutImportance = 0;
    let keywordImportance = 0;
    let subjectImportance = 0;
    let headingNamesQuery = namesATopic;
    terms.forEach((term, t) => {
      const inHeading = perTerm[t]!.some((alt) => entryData.heading.has(alt.stem));
      headingNamesQuery &&= verbOnly[t]! || perTerm[t]!.some((alt) => names(alt) && !isProcedureVerb(alt.stem) && entryData.heading.has(alt.stem));
      const inKeywords = !inHeading && fb[r * width + t * FIELD_COUNT + KEYWORDS]! > 0;
      if (inHeading) aboutImportance += term.importance;
      else if (inKeywords) keywordImportance += term.importance;
      if (!generic[t]) subjectImportance += inHeading ? term.importance : inKeywords ? KEYWORD_ABOUT * term.importance : 0;
    });
    const about = totalImportance > 0 ? aboutImportance / totalImportance : 0;
    const aboutForFloor = totalImportance > 0 ? (aboutImportance + KEYWORD_ABOUT * keywordImportance) / totalImportance : 0;
    const subject = subjectTotal > 0 ? subjectImportance / subjectTotal : aboutForFloor;
    strength = withTitleBonus(strength, index, terms, entryData, fb, r * width, named, about);
    let isSpecific = specific[r] === 1;
    const exact = queryKey !== '' && queryKey === entryData.titleKey;
    if (exact) {
      strength *= 1 + EXACT_TITLE_BONUS;
      // A heading typed as it reads is specific, even when its words are everyday ones.
      isSpecific = true;
    }
    const coverageShare = totalImportance > 0 ? covered[r]! / totalImportance : 0;
    // An entry that answers all of the query outranks one that answers part of it loudly.
    strength *= coverageBase + (1 - coverageBase) * coverageShare;
    if (entryData.entry.lang === 'de') strength *= german ? SAME_LANGUAGE_FACTOR : OTHER_LANGUAGE_FACTOR;
    if (opposite(entryIndex)) strength *= OPPOSITE_DIRECTION_FACTOR;
    candidates.push({ index: entryIndex, strength, coverage: coverageShare, about: aboutForFloor, subject, specific: isSpecific, headingNamesQuery });
  }
  preferSections(index, candidates, couldLead);
  preferNamedSiblings(index, candidates, named, couldLead);
  candidates.sort(byStrength);
  return { candidates, totalImportance };
}

/** The stems of `entry` that `terms` matched (for highlighting a hit). */
export function matchedStems(index: SearchIndex, terms: readonly QueryTerm[], entry: number): Set<string> {
  const matched = new Set<string>();
  const positions = index.entries[entry]?.positions ?? [];
  for (const term of terms) {
    for (const alt of term.alternatives) {
      if (positions.some((field) => field.has(alt.stem))) matched.add(alt.stem);
    }
  }
  return matched;
}

/** Whether the hand-set floors would call `top` a sure answer (one of the confidence's features). */
export function passesFloors(top: Candidate): boolean {
  return top.coverage >= COVERAGE_FLOOR && top.strength >= STRENGTH_FLOOR && top.about >= ABOUT_FLOOR;
}

/** Whether `candidate`, ranked first, would be shown (as a sure answer or a "not sure" one) by its match alone. */
export function couldLead(candidate: Candidate): boolean {
  return candidate.specific && (passesFloors(candidate) || candidate.coverage >= LEAD_COVERAGE);
}

/** What the shortlist knows of the query itself. */
export interface QueryShape {
  terms: number;
  /** Share of the query's importance in words nothing in the corpus matches. */
  unknown: number;
}

/**
 * The candidates to show (at most `limit`), best first, and whether they are sure answers
 * (`confident`: the calibrated confidence, confidence.ts, says so; or the query names a
 * topic several answers share, namesSeveral). Without `unsure`, the
 * list is kept when the best clears the hand-set floors or is sure (suggestions and the
 * omnibox read it as before); with `unsure`, a best that is neither is still shown above
 * the lower floor, as "not sure" (lower for a long post, LONG_STORY_TERMS, that tells its
 * story, STORY_TERMS). None when the best matches nothing
 * specific. `pageOf` tells the page a candidate belongs to: the first hit's sections stay
 * listed below it.
 */
export function shortlist(
  candidates: readonly Candidate[],
  limit: number,
  unsure: boolean,
  confident: boolean,
  query: QueryShape = { terms: 0, unknown: 0 },
  pageOf?: (candidate: Candidate) => string,
): { shown: Candidate[]; sure: boolean } {
  const top = candidates[0];
  if (top === undefined || !top.specific) return { shown: [], sure: false };
  const sure = confident || (pageOf !== undefined && namesSeveral(candidates, pageOf));
  const listed = sure || passesFloors(top);
  const story = query.terms >= STORY_TERMS && query.unknown <= STORY_UNKNOWN;
  // (A long post's first few are reordered by its questions, questions.ts: the list is shown
  // when one of them covers enough, not only the first.)
  const covers = query.terms >= LONG_STORY_TERMS ? Math.max(...candidates.slice(0, UNSURE_LIMIT).map((c) => c.coverage)) : top.coverage;
  const unsureCoverage = story ? covers / (1 - query.unknown) : covers;
  const unsureFloor = story && query.terms >= LONG_STORY_TERMS ? LONG_STORY_UNSURE_COVERAGE : UNSURE_COVERAGE;
  if (!listed && !(unsure && unsureCoverage >= unsureFloor && top.strength >= UNSURE_STRENGTH)) return { shown: [], sure };
  const most = listed ? limit : Math.min(limit, UNSURE_LIMIT);
  const shown: Candidate[] = [];
  const topPage = pageOf?.(top);
  for (const candidate of candidates) {
    if (shown.length >= most) break;
    if (candidate !== top) {
      if (candidate.strength < RELATIVE_FLOOR * top.strength) break;
      // A section of the first hit's page is kept below it however little it covers: it is
      // listed under its page, and says which part of it the reader may want.
      const ofTopPage = pageOf !== undefined && pageOf(candidate) === topPage;
      if (candidate.coverage < Math.min(COVERAGE_FLOOR_OTHERS, RELATIVE_COVERAGE_OTHERS * top.coverage) && !ofTopPage) continue;
    }
    shown.push(candidate);
  }
  return { shown, sure };
}

/**
 * Whether the query names a topic that several answers share: the first candidate's heading
 * names all of it, and so does the heading of an answer on another page that would be
 * listed with it ("password": changing one's own, resetting a user's; "bridges"). The
 * confidence says how likely the first is the one answer meant, and with two such answers
 * it cannot be sure; but the list is what was asked for, so it is shown whole, as answers,
 * not as "Not sure — closest matches". Over every evaluation set, 8 queries moved so: the
 * first was the expected answer for 6, and third for the other 2 (one of them a guide page
 * first where a section of it was wanted). Most such queries are the one or two words
 * people type into a help box, which the sets written as questions hold few of.
 */
function namesSeveral(candidates: readonly Candidate[], pageOf: (candidate: Candidate) => string): boolean {
  const top = candidates[0];
  if (top === undefined || !top.headingNamesQuery) return false;
  const page = pageOf(top);
  return candidates.some(
    (c) =>
      c !== top &&
      c.headingNamesQuery &&
      pageOf(c) !== page &&
      c.strength >= RELATIVE_FLOOR * top.strength &&
      c.coverage >= Math.min(COVERAGE_FLOOR_OTHERS, RELATIVE_COVERAGE_OTHERS * top.coverage),
  );
}

/** A hit's score, 0..1: its strength relative to every term matching in the question (1), so it falls with rank. */
export function scoreOf(candidate: Candidate, totalImportance: number): number {
  const maxStrength = totalImportance * FIELD_WEIGHT[TITLE] * (1 + SECOND_FIELD);
  const score = maxStrength > 0 ? Math.min(1, candidate.strength / maxStrength) : 0;
  return Math.round(score * 1000) / 1000;
}
