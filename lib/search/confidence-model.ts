// Written by scripts/fit-confidence.ts: do not edit by hand (run `npm run fit:confidence`).
// A logistic model of "the first result is the answer", over confidence.ts's features.

export const CONFIDENCE_MODEL = {
  /** In FEATURE_NAMES order. */
  weights: [-3.867, 0.458, 0.512, 0.605, 0.998, 1.057, 0.752, 0.48, -0.086, 0.101, 0.461, -0.113],
  /** A first result at least this likely is shown as sure. */
  threshold: 0.88,
} as const;
