// A one-line excerpt of an answer around its first match, for result lists.

import type { MatchRange } from './engine';

export interface Snippet {
  text: string;
  /** The matches that fall inside the excerpt, in its own indices. */
  ranges: MatchRange[];
}

const ELLIPSIS = '…';
const URL_AT_START = /^(?:https?:\/\/|www\.)\S+/i;

/**
 * An excerpt must not open on a raw address ("…https://ems.element.io/user/hosting Click
 * Server Admin"): it starts at the beginning of the sentence around it when the match still
 * fits, else just after the address. (A match inside the address keeps it.)
 */
function notAtAUrl(flat: string, start: number, first: [number, number], max: number): number {
  const url = URL_AT_START.exec(flat.slice(start));
  if (!url || start + url[0].length > first[0]) return start;
  const sentence = Math.max(flat.lastIndexOf('. ', start - 1), flat.lastIndexOf(': ', start - 1), flat.lastIndexOf('? ', start - 1));
  const sentenceStart = sentence >= 0 ? sentence + 2 : 0;
  if (first[1] - sentenceStart <= max - 2 && !URL_AT_START.test(flat.slice(sentenceStart))) return sentenceStart;
  const after = start + url[0].length + 1;
  return after <= first[0] ? after : start;
}

/**
 * An excerpt of `text` of at most `maxLength` characters, whitespace (line breaks
 * included) collapsed to single spaces, starting a little before the first range and cut
 * at word boundaries, with `…` where text was left out. `ranges` (into `text`) are
 * shifted into the excerpt; ranges outside it are dropped, ranges cut by it are clipped.
 */
export function snippet(text: string, ranges: readonly MatchRange[], maxLength = 160): Snippet {
  const max = Math.max(1, Math.floor(maxLength));
  // Collapse whitespace, remembering where each original character went.
  let flat = '';
  const map = new Array<number>(text.length + 1);
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      pendingSpace = flat.length > 0;
      map[i] = flat.length;
      continue;
    }
    if (pendingSpace) {
      flat += ' ';
      pendingSpace = false;
    }
    map[i] = flat.length;
    flat += c;
  }
  map[text.length] = flat.length;
  const flatRanges = ranges
    .filter(([s, e]) => s >= 0 && e > s && s < text.length)
    .map(([s, e]): [number, number] => {
      const start = map[s] ?? flat.length;
      const end = (map[Math.min(e, text.length) - 1] ?? flat.length - 1) + 1;
      return [start, Math.max(start, end)];
    })
    .sort((a, b) => a[0] - b[0]);

  if (flat.length <= max) return { text: flat, ranges: flatRanges.filter(([s, e]) => e > s) };

  const first = flatRanges[0];
  let start = 0;
  if (first !== undefined) {
    // Some context before the match, starting at a word.
    start = Math.max(0, first[0] - Math.floor(max / 4));
    if (start > 0) {
      const space = flat.indexOf(' ', start);
      start = space >= 0 && space < first[0] ? space + 1 : Math.min(start, first[0]);
    }
  }
  const budget = () => max - (start > 0 ? 1 : 0);
  let end = Math.min(flat.length, start + budget());
  if (end < flat.length) {
    end = Math.min(flat.length, start + budget() - 1); // room for the trailing ellipsis
    const space = flat.lastIndexOf(' ', end);
    if (space > start && (first === undefined || space >= first[1] || space - start > max / 2)) end = space;
  } else if (start > 0) {
    // The excerpt reaches the end: use the room left at the start.
    start = Math.max(0, flat.length - (max - 1));
    if (start > 0) {
      const space = flat.indexOf(' ', start);
      if (space >= 0 && first !== undefined && space < first[0]) start = space + 1;
    }
  }
  const moved = start > 0 && first !== undefined ? notAtAUrl(flat, start, first, max) : start;
  if (moved !== start && first !== undefined) {
    start = moved;
    end = Math.min(flat.length, start + budget());
    if (end < flat.length) {
      end = start + budget() - 1;
      const space = flat.lastIndexOf(' ', end);
      if (space >= first[1]) end = space;
    }
  }
  let body = flat.slice(start, end);
  const trimmed = body.replace(/\s+$/, '');
  body = trimmed;
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = start + body.length < flat.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const windowEnd = start + body.length;
  const shifted = flatRanges
    .map(([s, e]): [number, number] => [Math.max(s, start), Math.min(e, windowEnd)])
    .filter(([s, e]) => e > s)
    .map(([s, e]): MatchRange => [s + shift, e + shift]);
  return { text: prefix + body + suffix, ranges: shifted };
}
