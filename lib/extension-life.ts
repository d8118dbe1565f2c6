// Whether this extension page's extension is still there, and ending the page cleanly when
// it is not.
//
// Firefox keeps an extension page that a web page frames (the panel in the EMS page) alive
// after its add-on is updated, reloaded or removed, with the `browser` API torn down under
// it: any work the page still does — a render, a timer, the search engine built when idle, a
// click — then throws "can't access dead object". The new version's content script replaces
// the frame a moment later (or, if something keeps the old frame, never). Chromium unloads
// such frames itself, so there this never fires.
//
// The page cannot be told (no port closes, no event fires), so it looks: before every input
// the person makes, every quarter second, and when an error arrives. Once the extension is
// gone the page unloads itself: unloading ends everything it runs (React, timers, observers,
// pending callbacks) without running the clean-ups that would touch the dead API again.

import { browser } from 'wxt/browser';

/** True while this page's extension is installed and running (its API answers). */
export function extensionContextAlive(): boolean {
  try {
    const id: unknown = browser.runtime?.id;
    return typeof id === 'string' && id !== '';
  } catch {
    // "can't access dead object": the API was torn down under this page.
    return false;
  }
}

/** How often an idle page looks whether its extension is still there. */
const CHECK_EVERY_MS = 250;

/** Input that could reach a handler calling the extension's API: looked at before any handler runs. */
const INPUT_EVENTS = ['pointerdown', 'mousedown', 'click', 'auxclick', 'keydown', 'input', 'focusin'] as const;

export interface RetireOptions {
  /** Whether the extension is still there (tests pass their own). */
  alive?: () => boolean;
  /** Ends the page (tests pass their own); unloads it by default. */
  retire?: (win: Window) => void;
}

/**
 * Ends this page as soon as its extension is gone (see the top of this file). An error or
 * rejection that arrives once the extension is gone is the sign of it, not a fault of the
 * page: it is handled here (not reported) and the page ends. Any other error is left to be
 * reported as usual. Returns a function that stops watching.
 */
export function retireWhenExtensionEnds(win: Window = window, options: RetireOptions = {}): () => void {
  const alive = options.alive ?? extensionContextAlive;
  const end = options.retire ?? ((w: Window) => w.location.replace('about:blank'));
  let retired = false;

  const retire = () => {
    if (retired) return;
    retired = true;
    // The listeners stay: what the page still does until it has unloaded (React unmounting
    // after the error, say) meets the same dead API, and is the same non-fault.
    win.clearInterval(timer);
    try {
      end(win);
    } catch {
      // A page that cannot navigate any more is already going.
    }
  };

  const onError = (event: Event) => {
    if (!retired && alive()) return; // a real error of a working page: reported as usual
    event.preventDefault();
    retire();
  };

  const onInput = (event: Event) => {
    if (!retired && alive()) return;
    // The handlers this input would reach call an API that is gone: they do not run.
    event.stopImmediatePropagation();
    event.preventDefault();
    retire();
  };

  const check = () => {
    if (!alive()) retire();
  };

  const timer = win.setInterval(check, CHECK_EVERY_MS);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onError);
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, true);

  function stop() {
    win.clearInterval(timer);
    win.removeEventListener('error', onError);
    win.removeEventListener('unhandledrejection', onError);
    for (const type of INPUT_EVENTS) win.removeEventListener(type, onInput, true);
  }
  return stop;
}
