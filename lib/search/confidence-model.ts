// Written by scripts/fit-confidence.ts: do not edit by hand (run `npm run fit:confidence`).
// A logistic model of "the first result is the answer", over confidence.ts's features.

export const CONFIDENCE_MODEL = {
  /** In FEATURE_NAMES order. */
  weights: [-3.097, 0.432, 0.505, 0.555, 0.915, 0.805, 1.126, -0.1, 0.106, 0.123, 0.204],
  /** A first result at least this likely is shown as sure. */
  threshold: 0.82,
} as const;
