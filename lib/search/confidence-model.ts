// Written by scripts/fit-confidence.ts: do not edit by hand (run `npm run fit:confidence`).
// A logistic model of "the first result is the answer", over confidence.ts's features.

export const CONFIDENCE_MODEL = {
  /** In FEATURE_NAMES order. */
  weights: [-3.157, 0.449, 0.498, 0.551, 0.925, 0.832, 1.115, -0.094, -0.051, 0.121, 0.227, 0.12],
  /** A first result at least this likely is shown as sure. */
  threshold: 0.89,
} as const;
