// The heading cues (heading-cues.ts, and the headings that negate in conditions.ts) all move
// a kind of heading up through liftHeadings. A cue is checked the same way for each: on two
// candidates, strongest first, it lifts the second and rescales both so that the strongest
// reads what the first did; where it does not apply, it moves nothing.
import { expect } from 'vitest';

/** A candidate as the cues read and move it. */
export interface Lifted {
  index: number;
  strength: number;
}

/** A cue applied to `candidates` (strongest first); true when it moved something. */
export type Cue = (candidates: Lifted[]) => boolean;

/** Two candidates, the entry `first` at strength 10 and `second` at `strength`. */
const pairOf = ([first, second]: readonly [number, number], strength: number): Lifted[] => [
  { index: first, strength: 10 },
  { index: second, strength },
];

/**
 * Checks that `cue` moves `pair`'s second entry (at `strength`) up, to `after`: the two
 * strengths, in the pair's order, rounded to two places. `label` names the case in a failure.
 */
export function expectLift(cue: Cue, pair: readonly [number, number], strength: number, after: readonly [number, number], label = ''): void {
  const candidates = pairOf(pair, strength);
  expect(cue(candidates), label).toBe(true);
  expect(
    candidates.map((c) => Math.round(c.strength * 100) / 100),
    label,
  ).toEqual(after);
}

/** Checks that `cue` moves nothing of `pair` (the second at `strength`). */
export function expectNoLift(cue: Cue, pair: readonly [number, number], strength: number, label = ''): void {
  const candidates = pairOf(pair, strength);
  expect(cue(candidates), label).toBe(false);
  expect(
    candidates.map((c) => c.strength),
    label,
  ).toEqual([10, strength]);
}
