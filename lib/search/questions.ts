// A long post's questions: a pasted support thread tells its setup, what was tried and
// what broke, and asks at the end (or at the start) in a sentence or two. Ranked on all of
// its words, the answer to a side remark can come first (the CAD files in the story of a
// failed login). The entries that match its question sentences well move up a little.

import { byStrength, type Candidate } from './score';

/**
 * How much an entry's strength grows at most for matching the question sentences (as much
 * as the one that matches them best). Tuned on the tuning sets (posts of 20 terms or more):
 * 0.3 and 0.5 gained alike on long posts; 0.6 and more also moved shorter forum posts'
 * right answers down and made more wrong answers sure.
 */
const QUESTION_WEIGHT = 0.3;
/** Questions that make up most of the post are the post: nothing to weigh apart. */
const MOST_OF_THE_POST = 0.8;

/** A sentence: the text up to and with its ".", "!", "?" or line break. */
const SENTENCE = /[^.!?\n]+[.!?\n]?/g;
/**
 * A sentence that asks without a question mark ("I need to make sure she can't log in any
 * more.", "Wir möchten die Domain wechseln."), in English or German. Tuned on the tuning sets:
 * one more right answer in the first three, none fewer.
 */
const ASKING =
  /\b(how (do|can|would|should|to)|is there|is it possible|(i|we) (need|want|have) to|(i|we)( would|'d|’d) like to|any way|wie (kann|können|geht|lässt|bekomme|kriege)|gibt es|(ich|wir) (möchte|möchten|will|wollen|muss|müssen)|kann man|können wir|kann ich)\b/i;

/** The sentences of `text` that ask (a question mark, or ASKING), joined; '' when it asks nothing or is all questions. */
export function questionSentences(text: string): string {
  const questions = (text.match(SENTENCE) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.endsWith('?') || ASKING.test(sentence))
    .join(' ');
  return questions.length < MOST_OF_THE_POST * text.trim().length ? questions : '';
}

/**
 * Moves up the `candidates` that match a long post's questions (`asked`: the candidates
 * for its question sentences alone), each by up to QUESTION_WEIGHT of its strength, as
 * much as it matches them relative to the best. The first one's strength stays what it
 * was, so that the confidence, fitted on strengths without this, reads the same scale.
 */
export function weighQuestions(candidates: Candidate[], asked: readonly Candidate[]): void {
  const best = asked[0]?.strength ?? 0;
  const before = candidates[0]?.strength ?? 0;
  if (best <= 0 || before <= 0) return;
  const askedStrength = new Map(asked.map((c) => [c.index, c.strength]));
  for (const c of candidates) c.strength *= 1 + (QUESTION_WEIGHT * (askedStrength.get(c.index) ?? 0)) / best;
  candidates.sort(byStrength);
  const after = candidates[0]?.strength ?? 0;
  for (const c of candidates) c.strength *= before / after;
}
