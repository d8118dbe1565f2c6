// Sections that say when they apply, in pairs: "If you know your current password" and "If
// you do not know your current password", "If you have an active session" and "If you DO NOT
// have an active session". Their words are the same but one: a query matches both alike,
// and whether it says "not" ("forgot my password", "no device is signed in any more") is
// what tells them apart. So the pair is ordered by the query's polarity: the negated
// heading first for a query that negates, the other for one that does not. And any heading
// that negates ("DNS not resolving") moves up a little for a query that negates.

import { GERMAN_NEGATIONS } from './german';
import { headingsWhere, headingWords, liftHeadings, perIndex, takePlace } from './heading-cues';
import type { SearchIndex } from './index-build';

/** Words of a heading that negate its condition (as normalised: "don't" is "dont"). */
const HEADING_NEGATIONS = new Set(['not', 'dont', 'didnt', 'doesnt', 'cannot', 'cant', 'no', 'without']);
/** Auxiliaries a negation brings along ("do not know"), left out when headings are compared. */
const AUXILIARIES = new Set(['do', 'does', 'did']);

/**
 * What says a query negates: a negation, English or German (german.ts's, and "ohne",
 * "nirgends"), or forgetting (a forgotten password is one not known).
 */
const QUERY_NEGATIONS = new Set([
  ...`not no never without none nobody nothing nowhere cannot dont cant didnt doesnt isnt arent wasnt werent havent hasnt
   wont couldnt anymore forgot forgotten forget forgetting ohne nirgends vergessen vergass`.split(/\s+/).filter(Boolean),
  ...GERMAN_NEGATIONS,
]);

/** Per entry: its twin's index, whether its own heading is the negated one, and its page's index (-1: not in the index). */
export type ConditionTwins = ReadonlyMap<number, { twin: number; negated: boolean; page: number }>;

const twinsOfIndex = new WeakMap<SearchIndex, ConditionTwins>();

/** The index's condition twins: two sections of one page whose headings differ only by a negation. */
export function conditionTwins(index: SearchIndex): ConditionTwins {
  return perIndex(twinsOfIndex, index, () => {
    const groups = new Map<string, Array<{ index: number; negated: boolean }>>();
    index.entries.forEach(({ entry }, i) => {
      if (entry.kind !== 'section' || entry.page === null) return;
      const words = headingWords(index, i);
      const negated = words.some((w) => HEADING_NEGATIONS.has(w));
      const key = `${entry.page}\n${words.filter((w) => !HEADING_NEGATIONS.has(w) && !AUXILIARIES.has(w)).join(' ')}`;
      const group = groups.get(key) ?? [];
      group.push({ index: i, negated });
      groups.set(key, group);
    });
    const found = new Map<number, { twin: number; negated: boolean; page: number }>();
    const indexOfId = new Map(index.entries.map((data, i) => [data.entry.id, i]));
    for (const group of groups.values()) {
      const [a, b] = group;
      if (group.length !== 2 || a === undefined || b === undefined || a.negated === b.negated) continue;
      const page = indexOfId.get(index.entries[a.index]?.entry.page ?? '') ?? -1;
      found.set(a.index, { twin: b.index, negated: a.negated, page });
      found.set(b.index, { twin: a.index, negated: b.negated, page });
    }
    return found;
  });
}

/** Whether a query of these words (normalised, tokenize) negates (QUERY_NEGATIONS). */
export function negates(words: readonly string[]): boolean {
  return words.some((w) => QUERY_NEGATIONS.has(w));
}

/**
 * A query that negates ("can't", "not found", "vergessen") asks about something that does not
 * work or a case that does not hold; the headings that negate name just those ("DNS not
 * resolving", "CNAME doesn't work with CloudFlare", "If you do not know your current
 * password"). Their strength grows by this share. Tuned on the tuning sets: 0.1, 0.15 and 0.2
 * gained alike (758 → 761–762 first of 862), 0.4 made more wrong answers sure.
 */
const NEGATED_HEADING_BONUS = 0.15;

const negatedOfIndex = new WeakMap<SearchIndex, ReadonlySet<number>>();

/** The entries of the index whose heading negates (HEADING_NEGATIONS, German negations). */
export function negatedHeadings(index: SearchIndex): ReadonlySet<number> {
  return headingsWhere(negatedOfIndex, index, (words) => words.some((w) => HEADING_NEGATIONS.has(w) || GERMAN_NEGATIONS.has(w)));
}

/**
 * Moves up the `candidates` (strongest first) whose heading negates, where the query (its
 * `words`, normalised) negates (heading-cues.ts liftHeadings: the first keeps its strength).
 * Returns whether anything moved (the caller sorts again).
 */
export function preferNegatedHeadings(index: SearchIndex, candidates: ReadonlyArray<{ index: number; strength: number }>, words: readonly string[]): boolean {
  return negates(words) && liftHeadings(candidates, negatedHeadings(index), NEGATED_HEADING_BONUS);
}

/**
 * A twin that negates as the query does takes its twin's place if it covers nearly as much of
 * the query as that one: the twins share their heading, and the rest of a long post matches
 * whichever text happens to use its words ("messages", "start"). Tuned on the tuning sets:
 * 0.05 → 0.15 one more first (1,354 → 1,355 of 1,870), 0.3 lost one.
 */
const TWIN_COVERAGE_MARGIN = 0.15;
/** … and ranks just above its own page, by this much, if it covers as much of the query as the page does. */
const ABOVE_PAGE = 0.01;

/**
 * Orders each pair of condition twins among `candidates` by the polarity of the query, its
 * `words` normalised (tokenize): the twin
 * whose heading negates as the query does swaps strengths with the other when that one is
 * stronger, and ranks just above its page when it covers as much of the query (the page's
 * introduction names the topic, "Change Account Password"; the twin says which case the
 * asker is in), unless the query is the page's title as it reads. Returns whether anything
 * moved (the caller sorts again). Measured on the tuning sets: 752 → 753 first of 862; held
 * out 793 → 794 of 918, one fewer confident and wrong.
 */
export function orderConditionTwins(index: SearchIndex, candidates: ReadonlyArray<{ index: number; strength: number; coverage: number }>, words: readonly string[]): boolean {
  const twins = conditionTwins(index);
  if (twins.size === 0) return false;
  // (One pass that only looks the candidates up: a large corpus has thousands of them per
  // keystroke, and most queries meet no twin.)
  const negative = negates(words);
  const asked = candidates.filter((c) => twins.get(c.index)?.negated === negative);
  if (asked.length === 0) return false;
  const wanted = new Set(asked.flatMap((c) => [twins.get(c.index)!.twin, twins.get(c.index)!.page]));
  const byIndex = new Map(candidates.filter((c) => wanted.has(c.index)).map((c) => [c.index, c]));
  const queryKey = words.join(' ');
  let moved = false;
  for (const candidate of asked) {
    const pair = twins.get(candidate.index)!;
    const page = byIndex.get(pair.page);
    const typedTitle = page !== undefined && index.entries[page.index]?.titleKey === queryKey;
    if (page !== undefined && !typedTitle && page.strength > candidate.strength && candidate.coverage >= page.coverage) {
      candidate.strength = page.strength * (1 + ABOVE_PAGE);
      moved = true;
    }
    const other = byIndex.get(pair.twin);
    if (other !== undefined && candidate.coverage >= other.coverage - TWIN_COVERAGE_MARGIN) moved = takePlace(candidate, other) || moved;
  }
  return moved;
}
