// One calibrated confidence for a query's first result: a small logistic model over what
// scoring already knows about it (how much of the query it covers, whether the query is
// about its heading, how far it leads the next one, …), fitted on the tuning query sets
// by scripts/fit-confidence.ts and checked on sets held out from the fit. It replaces the
// stacked hand-set floors for "sure or not": a first result is shown as sure when the
// model gives it at least CONFIDENCE_MODEL.threshold. What is shown at all still rests on
// the lower "not sure" floor (score.ts).

import { CONFIDENCE_MODEL } from './confidence-model';
import type { QueryTerm } from './expand';
import type { Candidate } from './score';
import { stem } from './text';

/**
 * Words that say what to do, not what it is about: the verbs ("export", "purchase") and
 * the nouns of procedures ("setup", "removal", "username", "password"). Every guide has a
 * section named with one, so a query's subject is in its other words. A heading that
 * matches only these is weak evidence that the entry is the one meant.
 */
const PROCEDURE_VERBS = `set install configure remove delete export import purchase buy use enable disable add create
  change update upgrade manage require get start know check`;
const PROCEDURE_NOUNS = `setup installation configuration removal username password usage management setting settings
  step steps guide requirement support option options access good`;
const stemsOf = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(stem));
let genericStems: ReadonlySet<string> | undefined;
let verbStems: ReadonlySet<string> | undefined;

/** Whether every word of `term` is a generic procedure word. */
export function isGenericTerm(term: QueryTerm): boolean {
  genericStems ??= stemsOf(`${PROCEDURE_VERBS} ${PROCEDURE_NOUNS}`);
  const words = term.text.split(/[\s.\-/_]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => genericStems!.has(stem(w)));
}

/** Whether corpus stem `s` is a procedure verb's ("change", "add"): a translation to it names no topic. */
export function isProcedureVerb(s: string): boolean {
  verbStems ??= stemsOf(PROCEDURE_VERBS);
  return verbStems.has(s);
}

/** What the model reads of a query's first candidate, in the order of its weights. */
export interface ConfidenceInput {
  coverage: number;
  /** Share of the query its heading (and, less, its keywords) matches. */
  about: number;
  /** The same, counting only the query's subject words (not generic procedure words). */
  subject: number;
  strength: number;
  /** The strength of the best candidate from another page (0 when there is none): sections of one page do not compete. */
  runnerUp: number;
  /** The query's total importance (strength grows with it). */
  importance: number;
  /** Whether the old floors (coverage, strength, about) would call it sure. */
  floors: boolean;
  /** Share of the query's importance in words nothing in the corpus matches. */
  unknown: number;
  terms: number;
  german: boolean;
  /**
   * Share of the query's importance in words the corpus does not use, matched only through
   * the related-words table (general English): weaker evidence than the corpus's own words.
   */
  related: number;
}

export const FEATURE_NAMES = ['bias', 'coverage', 'about', 'subject', 'logStrength', 'strengthShare', 'lead', 'floors', 'unknown', 'terms', 'german', 'related'] as const;

/** The model's features, in FEATURE_NAMES order. */
export function confidenceFeatures(input: ConfidenceInput): number[] {
  const lead = input.runnerUp > 0 ? Math.min(2, Math.log(input.strength / input.runnerUp)) : 2;
  return [
    1,
    input.coverage,
    input.about,
    input.subject,
    Math.log(Math.max(0.05, input.strength)),
    Math.log(Math.max(0.01, input.strength / Math.max(0.1, input.importance))),
    lead,
    input.floors ? 1 : 0,
    input.unknown,
    Math.min(input.terms, 8) / 8,
    input.german ? 1 : 0,
    input.related,
  ];
}

/** The probability, 0..1, that the first result is the answer. */
export function confidenceOf(features: readonly number[], weights: readonly number[] = CONFIDENCE_MODEL.weights): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The model's input for the first of `candidates`; undefined when there is none. */
export function firstInput(
  candidates: readonly Candidate[],
  terms: readonly QueryTerm[],
  totalImportance: number,
  german: boolean,
  floors: (top: Candidate) => boolean,
  pageOf: (candidate: Candidate) => string,
): ConfidenceInput | undefined {
  const top = candidates[0];
  if (top === undefined) return undefined;
  const topPage = pageOf(top);
  const rival = candidates.find((c) => c !== top && pageOf(c) !== topPage);
  const unknown = terms.reduce((sum, t) => (t.alternatives.length === 0 ? sum + t.importance : sum), 0);
  const related = terms.reduce((sum, t) => (t.alternatives.length > 0 && t.alternatives.every((a) => a.kind === 'related') ? sum + t.importance : sum), 0);
  return {
    coverage: top.coverage,
    about: top.about,
    subject: top.subject,
    strength: top.strength,
    runnerUp: rival?.strength ?? 0,
    importance: totalImportance,
    floors: floors(top),
    unknown: totalImportance > 0 ? unknown / totalImportance : 0,
    terms: terms.length,
    german,
    related: totalImportance > 0 ? related / totalImportance : 0,
  };
}
