// npm run fit:confidence [-- --dry-run]
//
// Fits the calibrated confidence (lib/search/confidence.ts) on the tuning query sets and
// writes its weights to lib/search/confidence-model.ts. For every query, the features of
// its first candidate and whether that candidate is an answer (never, for an out-of-scope
// query) make one example; a logistic regression (gradient descent, a little L2) fits
// them. The threshold for "sure" is the one that maximises answers shown as sure minus
// WRONG_COST × wrong ones shown as sure: a confident wrong answer misleads, a right one
// shown as "Not sure" only asks the reader to look. Prints the fit on the tuning sets and
// on the held-out sets it never saw (holdout, holdout2). Only tuning sets are fitted on:
// tests/eval/blind-check-queries.json stays held out, measured with eval:search.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/build/load-corpus';
import type { ParsedEntry } from '../lib/corpus/types';
import { createSearchEngine } from '../lib/search';
import { confidenceFeatures, confidenceOf, FEATURE_NAMES } from '../lib/search/confidence';
import { meetsExpectation, parseQueriesJson } from '../lib/search/evaluate';

const TUNING = ['blind-tune-queries.json', 'blind-forum-queries.json', 'faq-queries.json', 'guide-queries.json'];
const HELD_OUT = ['holdout-queries.json', 'holdout2-queries.json'];
/**
 * A confident wrong answer costs this many right ones shown as "Not sure" (8, not 5: issue 20
 * asks for at most 6% confident and wrong on every set; at 5 the held-out sets had 7–9%).
 */
const WRONG_COST = 8;
const L2 = 0.01;
/** Newton steps at most. */
const STEPS = 50;
const MODEL_FILE = 'lib/search/confidence-model.ts';

interface Example {
  features: number[];
  correct: boolean;
}

const corpus = loadCorpus();
// The fit starts from no model: the features do not depend on the weights.
const engine = createSearchEngine(corpus.entries, corpus.search);
const byId = new Map<string, ParsedEntry>(corpus.entries.map((e) => [e.id, e]));

function examplesOf(file: string): Example[] {
  const { queries } = parseQueriesJson(readFileSync(join('tests/eval', file), 'utf8'));
  return queries.flatMap((query): Example[] => {
    const explained = engine.explain(query.q);
    const top = byId.get(explained.candidates[0]?.id ?? '');
    if (explained.first === undefined || top === undefined) return [];
    const correct = query.expect.some((e) => meetsExpectation(e, top));
    return [{ features: confidenceFeatures(explained.first), correct }];
  });
}

/** Solves a·x = b (Gaussian elimination with partial pivoting); a is small and square. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

/** Logistic regression with L2 (not on the bias), by Newton's method: it converges in a few steps. */
function fit(examples: readonly Example[]): number[] {
  const k = FEATURE_NAMES.length;
  let weights = new Array<number>(k).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = weights.map((w, i) => (i === 0 ? 0 : L2 * w * examples.length));
    const hessian = weights.map((_, i) => weights.map((__, j) => (i === j && i > 0 ? L2 * examples.length : 0)));
    for (const { features, correct } of examples) {
      const p = confidenceOf(features, weights);
      const error = p - (correct ? 1 : 0);
      for (let i = 0; i < k; i++) {
        gradient[i]! += error * features[i]!;
        for (let j = 0; j < k; j++) hessian[i]![j]! += p * (1 - p) * features[i]! * features[j]!;
      }
    }
    const delta = solve(hessian, gradient);
    weights = weights.map((w, i) => w - delta[i]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-6) break;
  }
  return weights.map((w) => Math.round(w * 1000) / 1000);
}

function outcome(examples: readonly Example[], weights: readonly number[], threshold: number) {
  let sureRight = 0;
  let sureWrong = 0;
  let unsureRight = 0;
  for (const { features, correct } of examples) {
    const sure = confidenceOf(features, weights) >= threshold;
    if (sure && correct) sureRight++;
    else if (sure) sureWrong++;
    else if (correct) unsureRight++;
  }
  return { n: examples.length, sureRight, sureWrong, unsureRight };
}

const tuning = TUNING.flatMap(examplesOf);
const weights = fit(tuning);
let threshold = 0.5;
let best = -Infinity;
for (let t = 0.2; t <= 0.9; t += 0.01) {
  const o = outcome(tuning, weights, t);
  const value = o.sureRight - WRONG_COST * o.sureWrong;
  if (value > best) [best, threshold] = [value, Math.round(t * 100) / 100];
}
console.log('weights', Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, weights[i]])));
console.log('threshold', threshold);
// The old rule, for comparison: the hand-set floors alone (feature "floors").
const floorsOnly = FEATURE_NAMES.map((name) => (name === 'floors' ? 2 : name === 'bias' ? -1 : 0));
for (const [name, examples] of [['tuning', tuning], ...HELD_OUT.map((f) => [f, examplesOf(f)] as const)] as const) {
  console.log(name, 'model', outcome(examples, weights, threshold), 'floors', outcome(examples, floorsOnly, 0.5));
}
if (!process.argv.includes('--dry-run')) {
  const text = readFileSync(MODEL_FILE, 'utf8').replace(/weights: \[[^\]]*\]/, `weights: [${weights.join(', ')}]`).replace(/threshold: [0-9.]+/, `threshold: ${threshold}`);
  writeFileSync(MODEL_FILE, text);
  console.log(`wrote ${MODEL_FILE}`);
}
