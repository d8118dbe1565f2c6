// Written by scripts/fit-confidence.ts: do not edit by hand (run `npm run fit:confidence`).
// A logistic model of "the first result is the answer", over confidence.ts's features.

export const CONFIDENCE_MODEL = {
  /** In FEATURE_NAMES order. */
  weights: [-3.874, 0.36, 0.554, 0.621, 1.048, 0.866, 0.904, 0.438, -0.28, 0.162, -0.012, -0.093],
  /** A first result at least this likely is shown as sure. */
  threshold: 0.88,
} as const;
