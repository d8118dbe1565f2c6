// Words a question quotes: a button, a setting, an error message as the screen shows it
// ("Don't ask me again", "This is a system room that cannot be deleted"). Their words may
// each be everyday English or function words that the reading of the query drops; it is the
// sequence that names the place. An entry whose heading has the quoted words, in order, is
// what the question points at; one whose text has them is likely part of the answer, and
// the only one whose text has them (an error message a page explains) nearly as surely.

import type { Candidate } from './score';
import { tokenize } from './text';

/** A quoted span: between straight, curly or German double quotation marks, or backticks (single ones: SINGLE_QUOTED). */
const QUOTED = /["“„«`]([^"“”„«»`\n]{3,120})["”“»`]/g;
/** A quote names a place once it has this many words. */
const MIN_WORDS = 2;
/**
 * A quote found in more headings than this is a label many places share ("Element Web"),
 * and in more texts than this a common phrase: it names none of them.
 */
const MAX_HEADINGS = 2;
const MAX_TEXTS = 3;
/** How far above the first a heading that has the quote goes. */
const LIFT_MARGIN = 0.01;
/** An entry whose text has the quote: its strength grows by this share (or it joins the list at this share of the first's). */
const TEXT_QUOTE = 0.2;
/**
 * An entry that is the only one whose text has the quote (an error message the page
 * explains, "No SRV Records") is at least this strong relative to the first. Tuned on the
 * tuning sets: 0.9 and 1.01 (just above the first) gained one first result each; 1.01
 * also lost one, and so did accepting two texts.
 */
const ONLY_TEXT = 0.9;

/** An entry's heading and text as their words' normal forms, each joined by and set between single spaces (entryWords). */
export interface EntryWords {
  heading: string;
  text: string;
}

/** `text` as EntryWords reads it: " word word … ", where a phrase is found as " its words ". */
export function spacedWords(text: string): string {
  return ` ${tokenize(text).map((t) => t.norm).join(' ')} `;
}

/**
 * A span between single quotation marks ('No SRV Records', ‘Rebuild Host’): the opening mark
 * follows no letter or digit and comes right before a word, the closing one comes right
 * after a word and before no letter or digit, so an apostrophe inside a word ("don't") or
 * after one ("users' phones") opens nothing.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}'‘’])['‘](?=[^\s'‘’])([^\n]{3,120}?)(?<=\S)['’](?![\p{L}\p{N}])/gu;

/** The quoted spans of `query`, each as its words' normal forms. */
export function quotedPhrases(query: string): string[][] {
  return [...query.matchAll(QUOTED), ...query.matchAll(SINGLE_QUOTED)]
    .map((m) => tokenize(m[1] ?? '').map((t) => t.norm))
    .filter((words) => words.length >= MIN_WORDS);
}

/**
 * Lifts the entries whose heading has a phrase the query quotes to the top (just above the
 * first, and covering as much of the query: the quote is what it asks about), and moves up
 * those whose text has one; either joins the list if no word of the query had found it. The
 * only entry whose text has it ranks above the other entries of its page. True when any moved.
 */
export function weighQuoted(
  candidates: Candidate[],
  phrases: readonly string[][],
  entryCount: number,
  wordsOf: (index: number) => EntryWords,
  /** The page an entry belongs to (its own id for a page or an FAQ answer). */
  pageOf: (index: number) => string,
): boolean {
  const top = candidates[0];
  if (phrases.length === 0 || top === undefined) return false;
  const inHeading = new Set<number>();
  const inText = new Set<number>();
  for (const phrase of phrases) {
    const spaced = ` ${phrase.join(' ')} `;
    const headings: number[] = [];
    const texts: number[] = [];
    for (let index = 0; index < entryCount; index++) {
      const words = wordsOf(index);
      if (words.heading.includes(spaced)) headings.push(index);
      else if (words.text.includes(spaced)) texts.push(index);
    }
    if (headings.length <= MAX_HEADINGS) for (const index of headings) inHeading.add(index);
    if (texts.length <= MAX_TEXTS) for (const index of texts) inText.add(index);
  }
  if (inHeading.size === 0 && inText.size === 0) return false;
  const { strength: best, coverage } = top;
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  const candidate = (index: number) => {
    let c = byIndex.get(index);
    if (c === undefined) {
      c = { index, strength: 0, coverage: 0, about: 0, subject: 0, specific: false, headingNamesQuery: false };
      candidates.push(c);
    }
    return c;
  };
  for (const index of inHeading) {
    const c = candidate(index);
    c.strength = Math.max(c.strength, best) * (1 + LIFT_MARGIN);
    c.coverage = Math.max(c.coverage, coverage);
    // Named by the quote, it is specific however everyday its words ("Don't ask me again").
    c.specific = true;
  }
  for (const index of inText) {
    if (inHeading.has(index)) continue;
    const c = candidate(index);
    c.strength = c.strength > 0 ? c.strength * (1 + TEXT_QUOTE) : best * TEXT_QUOTE;
    if (inText.size === 1) {
      c.strength = Math.max(c.strength, best * ONLY_TEXT);
      // Of its page's entries it is the one that quotes the message, so none of its siblings
      // stays above it (the page's error section, not its setup steps, for a quoted error).
      const page = pageOf(index);
      const siblings = candidates.filter((other) => other !== c && pageOf(other.index) === page);
      const strongest = Math.max(0, ...siblings.map((other) => other.strength));
      if (strongest >= c.strength) c.strength = strongest * (1 + LIFT_MARGIN);
    }
  }
  return true;
}
