// Search that learns from what each person does, on this device only: a search followed
// by opening one of its answers makes that answer rank higher for the same and similar
// searches next time. Bounded (a few dozen pairs, a limited lift), fading (half as strong
// after two weeks), and cleared from the settings with the rest. Pure functions over plain
// data; stored as `searchChoicesItem` (lib/state/items.ts), in memory in lib/state/stores.ts.

import { stemsOf } from './text';
import type { SearchHit } from './engine';

export interface LearnedChoice {
  /** The search's words as the index reads them (stems, stop words out), space-separated. */
  query: string;
  /** The entry opened from its results. */
  id: string;
  /** Opens, decayed to the time `at`. */
  weight: number;
  /** When it was last chosen (ms since epoch). */
  at: number;
}

/** A choice counts half as much after two weeks. */
const HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000;
/** Pairs remembered; the weakest is forgotten first. */
export const MAX_CHOICES = 40;
/** Searches share at least this much of their words to count as "similar" (Jaccard). */
const SIMILAR = 0.5;
/** A choice that has faded below this weight (one choice, about seven weeks ago) no longer counts. */
const FORGOTTEN = 0.1;
/** The most a learned choice adds to a hit's score (scores are 0..1). */
const MAX_LIFT = 0.3;

export function queryKey(query: string): string {
  return [...new Set(stemsOf(query.slice(0, 200)))].sort().join(' ');
}

function decayed(choice: LearnedChoice, now: number): number {
  return choice.weight * 0.5 ** (Math.max(0, now - choice.at) / HALF_LIFE_MS);
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1);
}

/** `choices` with "opened `id` after searching `query`" added (or strengthened). */
export function recordChoice(choices: readonly LearnedChoice[], query: string, id: string, now: number): LearnedChoice[] {
  const key = queryKey(query);
  if (!key) return [...choices];
  const previous = choices.find((c) => c.query === key && c.id === id);
  const rest = choices.filter((c) => c !== previous);
  const next: LearnedChoice = { query: key, id, weight: (previous ? decayed(previous, now) : 0) + 1, at: now };
  return [next, ...rest].sort((a, b) => decayed(b, now) - decayed(a, now)).slice(0, MAX_CHOICES);
}

/**
 * The hits re-ranked with what this person chose before for the same or a similar search.
 * Only hits the engine found are lifted: learning never brings in an unrelated answer.
 */
export function applyChoices(hits: readonly SearchHit[], query: string, choices: readonly LearnedChoice[], now: number): SearchHit[] {
  if (hits.length < 2 || choices.length === 0) return [...hits];
  const key = queryKey(query);
  const lift = new Map<string, number>();
  for (const choice of choices) {
    const sim = similarity(key, choice.query);
    if (sim < SIMILAR || decayed(choice, now) < FORGOTTEN) continue;
    // A recent choice gives the full lift; it fades with the choice's age.
    const amount = MAX_LIFT * sim * Math.min(1, decayed(choice, now));
    lift.set(choice.id, Math.max(lift.get(choice.id) ?? 0, amount));
  }
  if (lift.size === 0) return [...hits];
  return hits
    .map((hit, rank) => ({ hit, rank, score: hit.score + (lift.get(hit.entry.id) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .map(({ hit }) => hit);
}

/** Stored choices, checked: anything malformed is dropped. */
export function parseChoices(raw: unknown): LearnedChoice[] | null {
  if (!Array.isArray(raw)) return null;
  return raw
    .filter(
      (c): c is LearnedChoice =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as LearnedChoice).query === 'string' &&
        (c as LearnedChoice).query.length <= 400 &&
        typeof (c as LearnedChoice).id === 'string' &&
        (c as LearnedChoice).id.length <= 300 &&
        Number.isFinite((c as LearnedChoice).weight) &&
        (c as LearnedChoice).weight > 0 &&
        Number.isFinite((c as LearnedChoice).at),
    )
    .slice(0, MAX_CHOICES);
}
