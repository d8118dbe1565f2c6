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

/**
 * What the person typed into the first script's drawing before React took it over, and
 * whether its search box still has the focus: null where the first script drew nothing, or
 * nothing was typed and the box is not focused. Read during React's first render, while
 * that drawing is still in the document (React replaces it when it commits): the typed
 * words and the focus go over to React's own search box instead of being lost with it.
 */
export function typedInFirstPaint(doc: Document = document): { query: string; focused: boolean } | null {
  if (!handover().drawn) return null;
  const input = doc.getElementById('root')?.querySelector<HTMLInputElement>('input.search-input');
  if (!input) return null;
  const focused = doc.activeElement === input;
  return input.value === '' && !focused ? null : { query: input.value, focused };
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
