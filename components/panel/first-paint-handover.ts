// Who draws the in-page panel first: the page's first script (first-paint.ts) or React
// (entrypoints/panel/main.tsx). React in the EMS page holds its first render until the
// stores it waits for are read (it would draw an empty frame before that), so that render
// replaces the first script's drawing with the same panel, never with an empty frame; the
// first script draws nothing once React has rendered. Shared by the two bundles through
// this page's own global object (the EMS page around the frame cannot reach it); both run
// on the page's one thread.

const GLOBAL_NAME = '__emsHelpFirstPaint';

interface Handover {
  drawn: boolean;
  reactStarted: boolean;
}

function handover(): Handover {
  const holder = globalThis as typeof globalThis & { [GLOBAL_NAME]?: Handover };
  holder[GLOBAL_NAME] ??= { drawn: false, reactStarted: false };
  return holder[GLOBAL_NAME];
}

/** The first script, about to draw: true (and noted) where React has not started. */
export function mayDrawFirst(): boolean {
  const state = handover();
  if (state.reactStarted) return false;
  state.drawn = true;
  return true;
}

/** React, about to render: whether the first script has drawn (it will not draw after this). */
export function reactStarts(): boolean {
  const state = handover();
  state.reactStarted = true;
  return state.drawn;
}

/** What `whenRead` needs of a zustand store. */
interface Subscribable {
  subscribe(listener: () => void): () => void;
}

/** Resolves once `read()` holds, checked again on every change of `stores`. */
export function whenRead(read: () => boolean, stores: readonly Subscribable[]): Promise<void> {
  return new Promise((resolve) => {
    if (read()) return resolve();
    const stops = stores.map((store) =>
      store.subscribe(() => {
        if (!read()) return;
        stops.forEach((stop) => stop());
        resolve();
      }),
    );
  });
}
