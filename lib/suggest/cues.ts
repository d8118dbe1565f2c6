// Answers about what the screen shows (lib/page/cues.ts): a warning, a message, an open
// dialog, the section in view. Such an answer is pinned above the page's suggestions only
// when the match is strong, because a wrong answer shown as "About the warning on this page"
// misleads more than none:
// - the engine finds it among its first two answers to the cue (sure of it or not), and
// - the cue quotes the answer (the FAQ quotes "This is a system room that cannot be
//   deleted."), or at least two of the cue's words meet the answer, one of them a word few
//   answers use (a product, a field name); for the engine's first answer, a word may meet it
//   as a synonym of itself. Words every interface has ("Save", "Settings", "Error") never
//   count, so a generic dialog or heading pins nothing.
// A dialog or a message is read as part of the section in view, where the page has one.

import type { FaqEntry } from '../corpus/types';
import type { PageCues } from '../page/detect';
import type { MatchRange, QueryExplanation, SearchEngine, SearchHit } from '../search';
import type { AltKind } from '../search/expand';
// From its own module, not the engine's index: the panel lists suggestions before it loads the engine.
import { MAX_QUERY_LENGTH } from '../search/query';
import { isStopWord, isWeakWord, stem, tokenize } from '../search/text';

/** What kind of cue pinned an answer: it names the heading the panel shows it under. */
export type CueKind = 'alert' | 'notice' | 'dialog' | 'heading';

export interface CuePin {
  entry: FaqEntry;
  cue: CueKind;
  /** The cue's text, as read from the screen. */
  text: string;
}

/** At most this many pinned answers: the page's own suggestions stay in view below them. */
export const MAX_PINS = 2;

/**
 * A word at most this share of the corpus's answers use is specific enough to tie a cue to
 * an answer (about ten of the 190 entries: a bridge's name, a field like "Maximum users").
 */
const RARE_SHARE = 0.05;
/**
 * How a cue's word may meet an answer besides as itself: as the engine reads it, a synonym
 * at least this sure (no related word, no prefix or fuzzy match: a cue is no typed query).
 */
const SAME_SENSE: ReadonlySet<AltKind> = new Set(['exact', 'synonym']);
const SAME_SENSE_WEIGHT = 0.8;
/** A cue of at least this many words found word for word in an answer is a quotation. */
const QUOTE_WORDS = 4;

/**
 * The words of an interface's chrome and of message types: every control panel has them,
 * so they say nothing about which answer a cue needs.
 */
const UI_WORDS = new Set(
  `save saved saving cancel close ok okay yes no confirm submit continue back next previous edit apply done
   update updated change changes setting settings option options detail details error errors warning
   warnings success info information notice loading please try again dismiss failed fail unable could
   sorry something went wrong`
    .split(/\s+/)
    .filter(Boolean),
);

/** The cue's words that can tie it to an answer. */
function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    .filter((norm) => norm.length >= 2 && !isStopWord(norm) && !isWeakWord(norm) && !UI_WORDS.has(norm));
}

const contentStems = (text: string) => new Set(contentWords(text).map(stem));

const normalised = (text: string) => tokenize(text).map((t) => t.norm).join(' ');

/** Each entry's title and text, normalised and padded with spaces: worked out once per entry. */
const wholeTexts = new WeakMap<FaqEntry, string>();

function wholeText(entry: FaqEntry): string {
  let text = wholeTexts.get(entry);
  if (text === undefined) {
    text = ` ${normalised(`${entry.title} ${entry.text}`)} `;
    wholeTexts.set(entry, text);
  }
  return text;
}

/** How many entries use each stem, per corpus (computed once, when a page first has a cue). */
const frequencies = new WeakMap<readonly FaqEntry[], Map<string, number>>();

function frequencyOf(entries: readonly FaqEntry[]): Map<string, number> {
  let counts = frequencies.get(entries);
  if (!counts) {
    counts = new Map();
    for (const entry of entries) {
      for (const s of new Set(tokenize(`${entry.title} ${entry.text}`).map((t) => stem(t.norm)))) {
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
    }
    frequencies.set(entries, counts);
  }
  return counts;
}

/** The stems of the words the engine marked in the hit's title and text. */
function matchedStems(hit: SearchHit): Set<string> {
  const out = new Set<string>();
  const add = (source: string, ranges: readonly MatchRange[]) => {
    for (const [start, end] of ranges) for (const t of tokenize(source.slice(start, end))) out.add(stem(t.norm));
  };
  add(hit.entry.title, hit.matches.title);
  add(hit.entry.text, hit.matches.text);
  return out;
}

/**
 * Whether `hit` answers the cue `text` strongly enough to pin it. The engine's "sure" is not
 * asked: its confidence is fitted on what people type, and a screen's message is long and
 * worded for the screen ("Could not save: the home page URL … must use https"); the test here
 * is the message's own (a quotation, or two shared words, one of them rare in the corpus).
 * On the judged pages this pins more of what must come first (cue-contexts mustFirst 0.77 →
 * 0.81; contexts precision5 0.84 → 0.85, mustFirst 0.76 → 0.82). Taking "not sure" hits as
 * candidates too: cue-contexts mustRecall 0.92 → 0.95, mustFirst 0.74 → 0.84, contexts the same.
 */
function isStrongCueMatch(text: string, hit: SearchHit, entries: readonly FaqEntry[], read?: () => QueryExplanation): boolean {
  const words = normalised(text);
  const cue = contentStems(text);
  // A quotation: the cue's words, whole, in the answer (and one of them more than chrome).
  const quoted = wholeText(hit.entry).includes(` ${words} `);
  if (words.split(' ').length >= QUOTE_WORDS && cue.size > 0 && quoted) return true;
  const matched = matchedStems(hit);
  let shared = [...matched].filter((s) => cue.has(s));
  if (shared.length < 2 && read) {
    // The cue's words as the engine reads them, each met in the answer as itself or as a
    // synonym ("hostname" as "server name", "unavailable" as "taken"): one per word.
    const cueWords = new Set(contentWords(text));
    const viaSynonyms = read().terms.flatMap((term) => {
      if (!normalised(term.text).split(' ').some((w) => cueWords.has(w))) return [];
      const met = term.alternatives.find((a) => SAME_SENSE.has(a.kind) && a.weight >= SAME_SENSE_WEIGHT && matched.has(a.stem));
      return met ? [met.stem] : [];
    });
    if (viaSynonyms.length >= 2) shared = viaSynonyms;
  }
  if (shared.length < 2) return false;
  const counts = frequencyOf(entries);
  const rare = Math.max(2, entries.length * RARE_SHARE);
  return shared.some((s) => (counts.get(s) ?? 0) <= rare);
}

/** Whether `entry` is the section named `heading`, or lies under it. */
function isInSection(heading: string, entry: FaqEntry): boolean {
  const named = normalised(heading);
  return [entry.title, ...entry.section].some((title) => normalised(title) === named);
}

/** Whether the engine marked, in the hit, one of the cue's own content words. */
function meetsOwnWords(text: string, hit: SearchHit): boolean {
  const cue = contentStems(text);
  return [...matchedStems(hit)].some((s) => cue.has(s));
}

/** The cues in the order they matter: what interrupts, what asks, what informs, where one is. */
function cueTexts(cues: PageCues): Array<{ cue: CueKind; text: string }> {
  return [
    ...(cues.alerts ?? []).map((text) => ({ cue: 'alert' as const, text })),
    ...(cues.dialog ? [{ cue: 'dialog' as const, text: cues.dialog }] : []),
    ...(cues.notices ?? []).map((text) => ({ cue: 'notice' as const, text })),
    ...(cues.heading ? [{ cue: 'heading' as const, text: cues.heading }] : []),
  ].filter((c) => c.text.trim() !== '');
}

/** The answers to pin for what the screen shows, strongest cue first; [] without an engine. */
export function pinsForCues(
  cues: PageCues | undefined,
  entries: readonly FaqEntry[],
  engine: SearchEngine | null,
  limit: number = MAX_PINS,
): CuePin[] {
  if (!cues || !engine) return [];
  const pins: CuePin[] = [];
  const pinStrongMatches = (
    cue: CueKind,
    text: string,
    asked: string,
    isStrong = (hit: SearchHit, read?: () => QueryExplanation) => isStrongCueMatch(asked, hit, entries, read),
  ) => {
    // How the engine reads the cue: worked out only for a hit the cue's own words do not tie.
    let reading: QueryExplanation | undefined;
    const read = () => (reading ??= engine.explain(asked.slice(0, MAX_QUERY_LENGTH)));
    // A message is worded for a screen, not as a search: the engine's "not sure" answers are
    // candidates too (a dialog's two words, "Deactivate account", are sure of nothing), and
    // isStrongCueMatch decides. When it finds nothing for the message whole, its telling
    // words alone ("DNS", "CNAME", "root") may find something.
    let hits = engine.search(asked.slice(0, MAX_QUERY_LENGTH), { limit: MAX_PINS, unsure: true });
    if (hits.length === 0) hits = engine.search(contentWords(asked).join(' ').slice(0, MAX_QUERY_LENGTH), { limit: MAX_PINS });
    let pinned = false;
    for (const [k, hit] of hits.entries()) {
      // Only the engine's first answer may be tied to the cue through synonyms: a synonym has
      // other senses too ("unavailable" is "taken", and "claimed" too, but a "claim" is also OpenID's).
      if (pins.length < limit && !pins.some((p) => p.entry.id === hit.entry.id) && isStrong(hit, k === 0 ? read : undefined)) {
        pins.push({ entry: hit.entry, cue, text });
        pinned = true;
      }
    }
    return pinned;
  };
  for (const { cue, text } of cueTexts(cues)) {
    // A dialog or a message is about the section in view, where one is: the dialog was opened
    // from it, the message shown in it. Read under that section's heading, one that says
    // nothing of its subject on its own ("Remove integration") names it ("… of the Audit
    // Bot"), and one that fits several sections fits the one in view. Such an answer is
    // pinned when it lies in that section (its breadcrumb or title is the heading) and meets
    // the message's own words too; otherwise the message is read on its own.
    const heading = cue === 'heading' ? undefined : cues.heading?.trim();
    const pinnedInView =
      !!heading && pinStrongMatches(cue, text, `${heading}: ${text}`, (hit) => isInSection(heading, hit.entry) && meetsOwnWords(text, hit));
    if (!pinnedInView) pinStrongMatches(cue, text, text);
  }
  return pins;
}
