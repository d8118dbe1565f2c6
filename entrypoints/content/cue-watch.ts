// Keeps the page's cues (lib/page/cues.ts) up to date as the app changes its screen: a
// warning appears, a dialog opens, a tab is selected, the person scrolls to another section.
//
// It must cost the page nothing it would notice. The observer's callback only notes that
// something changed; the reading runs READ_INTERVAL_MS after the first change it has not read
// yet (so at most four times a second, and once for a render's many mutations; less often on
// a page that keeps changing without news, see MAX_READ_INTERVAL_MS), and only when the
// reading differs is anything sent. Changes inside the extension's own host are
// ignored.

import { readCues, sameCues } from '@/lib/page/cues';
import type { PageCues } from '@/lib/page/detect';

/** The longest a cue waits to be read after the page changed (ms). */
export const READ_INTERVAL_MS = 250;

/**
 * On a page that never stops changing (a live log, a clock in a huge table) readings that
 * find nothing new come further apart, up to this (ms): each reading can make the browser lay
 * out the whole page, and four a second cost a 5,000-row page a tenth of its frame rate. A
 * reading that finds a change, or a page that was quiet for a while, starts again at
 * READ_INTERVAL_MS.
 */
export const MAX_READ_INTERVAL_MS = 2000;

/** Attributes that show, hide, select or open something; other attribute changes are not cues. */
const ATTRIBUTES = ['role', 'aria-selected', 'aria-hidden', 'aria-modal', 'open', 'hidden', 'class', 'style'];

export interface CueWatch {
  /** The cues as last read. */
  current(): PageCues;
  /** Reads now (after a navigation), and reports a change as a mutation would. */
  readNow(): void;
  stop(): void;
}

/**
 * Watches `doc` for cue changes and calls `onChange` with each new reading. `isOurs`
 * tells the extension's own elements, whose changes and text are not the page's.
 */
export function watchCues(
  doc: Document,
  isOurs: (node: Node) => boolean,
  onChange: (cues: PageCues) => void,
  /** How the screen is read (lib/page/cues.ts); tests count the readings. */
  readScreen: typeof readCues = readCues,
): CueWatch {
  let cues = readScreen(doc, isOurs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let interval = READ_INTERVAL_MS;
  let lastRead = performance.now();

  const read = () => {
    timer = undefined;
    if (stopped) return;
    const next = readScreen(doc, isOurs);
    lastRead = performance.now();
    if (sameCues(next, cues)) {
      interval = Math.min(interval * 2, MAX_READ_INTERVAL_MS);
      return;
    }
    interval = READ_INTERVAL_MS;
    cues = next;
    onChange(cues);
  };
  const schedule = () => {
    if (timer !== undefined || stopped) return;
    // A page that was quiet since the last reading: its next change is news, read it soon.
    if (performance.now() - lastRead > 2 * interval) interval = READ_INTERVAL_MS;
    timer = setTimeout(read, interval);
  };

  const observer = new MutationObserver((records) => {
    if (timer !== undefined) return; // a reading is already due: nothing more to note
    for (const record of records) {
      if (!isOurs(record.target)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  // The section in view changes as the person scrolls.
  const onScroll = () => schedule();
  doc.addEventListener('scroll', onScroll, { passive: true, capture: true });

  return {
    current: () => cues,
    readNow() {
      clearTimeout(timer);
      interval = READ_INTERVAL_MS;
      read();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
      doc.removeEventListener('scroll', onScroll, { capture: true });
    },
  };
}
