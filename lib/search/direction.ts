// Which way a move goes. Two answers of the corpus share their words and differ only in
// direction: the guide "Migrate From Self Hosted to EMS" and the FAQ "How do I migrate from
// EMS to self-hosted?". A query that says which way it means ("from our own Synapse server
// to EMS", "vom eigenen Server zu EMS") matches both equally well word for word, and the
// wrong one used to come first (issue 20, "direction is lost"). So the query's direction is
// read from its own words, each entry's from its heading (a section's also from its page's
// title), and an entry going the other way ranks lower (score.ts), one going the same way
// a little higher (engine.ts, ALONG_BONUS).
//
// A direction is a marker ("from", "to"; German "von", "zu", "nach") followed within a few
// words by a word naming one of the two sides: EMS (the hosted service, the vendor the
// person is talking to: "you") or the person's own server. A marker with no side word after
// it ("how to", "from the admin panel") says nothing.

import { tokenize } from './text';

/** The two ends of a move between hosting providers. */
export type Side = 'ems' | 'self';

export interface Direction {
  from?: Side;
  to?: Side;
}

const FROM_MARKERS = new Set(['from', 'von', 'vom', 'aus']);
const TO_MARKERS = new Set(['to', 'into', 'onto', 'zu', 'zum', 'zur', 'nach']);

/** Which marker `word` is, if it is one. */
const markerOf = (word: string): keyof Direction | undefined => (FROM_MARKERS.has(word) ? 'from' : TO_MARKERS.has(word) ? 'to' : undefined);

/** How many words after a marker may name its side ("from our own Synapse server"). */
const SIDE_WINDOW = 4;

/** The hosted service by name. */
const EMS_WORDS = new Set(['ems', 'element']);
/** The person's own server: self-hosted, their own Synapse (German "eigenen", "selbst"). */
const SELF_WORDS = new Set(['self', 'selfhosted', 'own', 'synapse', 'eigenen', 'eigener', 'eigene', 'eigenem', 'selbst', 'selbstgehostet', 'selbstgehosteten']);
/** The vendor addressed: in a question to EMS's help, "to you" is to EMS. */
const ADDRESSEE_WORDS = new Set(['you', 'euch', 'ihnen']);

/**
 * The side `words` name: EMS by name first ("your own EMS server" is EMS), then the
 * person's own server, then the vendor addressed; undefined where none is named.
 */
function sideOf(words: readonly string[]): Side | undefined {
  if (words.some((w) => EMS_WORDS.has(w))) return 'ems';
  if (words.some((w) => SELF_WORDS.has(w))) return 'self';
  if (words.some((w) => ADDRESSEE_WORDS.has(w))) return 'ems';
  return undefined;
}

/** The direction `text` states: the first marker of each kind whose words name a side. */
export function directionOf(text: string): Direction {
  const words = tokenize(text).map((t) => t.norm);
  const direction: Direction = {};
  for (let i = 0; i < words.length; i++) {
    const kind = markerOf(words[i]!);
    if (kind === undefined || direction[kind] !== undefined) continue;
    // The side's words run to the next marker or the end of the window, whichever comes first.
    const window: string[] = [];
    for (let j = i + 1; j < words.length && j <= i + SIDE_WINDOW; j++) {
      if (markerOf(words[j]!) !== undefined) break;
      window.push(words[j]!);
    }
    const side = sideOf(window);
    if (side !== undefined) direction[kind] = side;
  }
  // A move from one side to the same side is no move between them.
  if (direction.from !== undefined && direction.from === direction.to) return {};
  return direction;
}

/** Whether an entry going `entry` way goes against what the query asked (`query`). */
export function opposes(query: Direction, entry: Direction | undefined): boolean {
  if (entry === undefined) return false;
  return (query.from !== undefined && entry.from !== undefined && query.from !== entry.from) || (query.to !== undefined && entry.to !== undefined && query.to !== entry.to);
}

/**
 * How much an entry whose heading goes the way the query asks gains (heading-cues.ts
 * liftHeadings). The answer that starts the move ("How do I migrate from EMS to self-hosted
 * …?") then ranks above a guide for a later step that names no direction ("Import Database and
 * Media Dump"). Tuned on the tuning sets (1,016 first of 1,390 without): 0.1 → 1,018 and one
 * fewer confident and wrong; 0.2 → 1,018; 0.35 → 1,018 with one lost.
 */
export const ALONG_BONUS = 0.1;

/** Whether an entry going `entry` way goes where the query asked (`query`): it states a side the query states, and none against it. */
export function agrees(query: Direction, entry: Direction | undefined): boolean {
  if (entry === undefined || opposes(query, entry)) return false;
  return (query.from !== undefined && entry.from === query.from) || (query.to !== undefined && entry.to === query.to);
}

/** Whether `direction` says anything. */
export function isDirected(direction: Direction): boolean {
  return direction.from !== undefined || direction.to !== undefined;
}
