// Keeps the page's cues (lib/page/cues.ts) up to date as the app changes its screen: a
// warning appears, a dialog opens, a tab is selected, the person scrolls to another section.
//
// It must cost the page nothing it would notice. The observer's callback only notes that
// something changed; the reading runs READ_INTERVAL_MS after the first change it has not read
// yet (so at most four times a second, and once for a render's many mutations), and only
// when the reading differs is anything sent. Changes inside the extension's own host are
// ignored.

import { readCues, sameCues } from '@/lib/page/cues';
import type { PageCues } from '@/lib/page/detect';

/** The longest a cue waits to be read after the page changed (ms). */
export const READ_INTERVAL_MS = 250;

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
export function watchCues(doc: Document, isOurs: (node: Node) => boolean, onChange: (cues: PageCues) => void): CueWatch {
  let cues = readCues(doc, isOurs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const read = () => {
    timer = undefined;
    if (stopped) return;
    const next = readCues(doc, isOurs);
    if (sameCues(next, cues)) return;
    cues = next;
    onChange(cues);
  };
  const schedule = () => {
    if (timer === undefined && !stopped) timer = setTimeout(read, READ_INTERVAL_MS);
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
