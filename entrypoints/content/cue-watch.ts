// Keeps the page's cues (lib/page/cues.ts) up to date as the app changes its screen: a
// warning appears, a dialog opens, a tab is selected, the person scrolls to another section.
//
// It must cost the page nothing it would notice. The observer's callback only notes that
// something changed; the reading runs READ_INTERVAL_MS after the first change it has not read
// yet (so at most four times a second, and once for a render's many mutations; less often on
// a page that keeps changing without news, see MAX_READ_INTERVAL_MS), in a moment the
// browser has nothing else to do (so never in the way of the page's next frame), never while
// the tab is in the background, and only when the reading differs is anything sent. Changes
// inside the extension's own host are ignored.

import { AttributeQueries } from '@/lib/page/attribute-queries';
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

/** Runs `task` when the browser is idle, or after `timeout` ms at the latest. */
export type WhenIdle = (task: () => void, timeout: number) => void;

/** The browser's idle callback where it has one (not Safari, not jsdom); else at once. */
const browserIdle =
  (win: Window | null): WhenIdle =>
  (task, timeout) => {
    if (typeof win?.requestIdleCallback === 'function') win.requestIdleCallback(task, { timeout });
    else task();
  };

export interface WatchOptions {
  /** How the screen is read (lib/page/cues.ts); tests count the readings. */
  readScreen?: typeof readCues;
  /** When a due reading runs; tests run it themselves. */
  whenIdle?: WhenIdle;
}

/**
 * Watches `doc` for cue changes and calls `onChange` with each new reading. `isOurs`
 * tells the extension's own elements, whose changes and text are not the page's.
 */
export function watchCues(doc: Document, isOurs: (node: Node) => boolean, onChange: (cues: PageCues) => void, options: WatchOptions = {}): CueWatch {
  const readScreen = options.readScreen ?? readCues;
  const whenIdle = options.whenIdle ?? browserIdle(doc.defaultView);
  // The attribute lists found in one reading serve the next until the page adds or removes an element.
  const queries = new AttributeQueries(doc);
  let cues = readScreen(doc, isOurs, queries);
  /** Set while a reading is due (waiting for its time, then for an idle moment). */
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let interval = READ_INTERVAL_MS;
  let lastRead = performance.now();
  /** The page changed while its tab was in the background: read when it is shown again. */
  let changedWhileHidden = false;
  const hidden = () => doc.visibilityState === 'hidden';

  const read = () => {
    timer = undefined;
    if (stopped) return;
    if (hidden()) {
      changedWhileHidden = true;
      return;
    }
    const next = readScreen(doc, isOurs, queries);
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
    if (hidden()) {
      changedWhileHidden = true;
      return;
    }
    // A page that was quiet since the last reading: its next change is news, read it soon.
    if (performance.now() - lastRead > 2 * interval) interval = READ_INTERVAL_MS;
    const due = setTimeout(() => {
      // A readNow() in the meantime took this reading's place.
      whenIdle(() => timer === due && read(), READ_INTERVAL_MS);
    }, interval);
    timer = due;
  };

  const observer = new MutationObserver((records) => {
    let pageChanged = false;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      pageChanged = true;
      queries.noteChange(record);
    }
    if (pageChanged) schedule();
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  // The section in view changes as the person scrolls.
  const onScroll = () => schedule();
  doc.addEventListener('scroll', onScroll, { passive: true, capture: true });
  const onVisibility = () => {
    if (hidden() || !changedWhileHidden) return;
    changedWhileHidden = false;
    schedule();
  };
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    current: () => cues,
    readNow() {
      clearTimeout(timer);
      timer = undefined;
      interval = READ_INTERVAL_MS;
      queries.forget();
      read();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
