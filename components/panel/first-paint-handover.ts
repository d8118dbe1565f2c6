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
  /** The last control clicked in the first script's drawing (see noteClicks). */
  clicked?: ClickedControl;
}

/** A control of the first drawing: where it is (child indices from the drawing's root) and what it says. */
interface ClickedControl {
  path: number[];
  label: string;
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

/** React, about to render: the first script will not draw after this. */
export function reactStarts(): void {
  handover().reactStarted = true;
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

/** A control's accessible name as the drawing gives it: its label, else its text. */
const labelOf = (control: Element) => control.getAttribute('aria-label') ?? control.textContent ?? '';

/**
 * The first script's drawing has no handlers: a click on it before React takes over (the
 * launcher, a suggestion, the fold button) is noted here, and React, which draws the same
 * markup, clicks the same control once it is there (clickWhatWasClicked). A person's click
 * in that moment (~40 ms, a few hundred right after the browser starts) is not lost.
 */
export function noteClicks(drawing: HTMLElement): void {
  drawing.addEventListener('click', (event) => {
    const control = event.target instanceof Element ? event.target.closest('button') : null;
    if (!control || !drawing.contains(control)) return;
    const path: number[] = [];
    for (let node: Element = control; node !== drawing; node = node.parentElement!) path.unshift([...node.parentElement!.children].indexOf(node));
    handover().clicked = { path, label: labelOf(control) };
  });
}

/**
 * Clicks, in React's drawing (`root`), the control the person clicked in the first one: the
 * same place, and only where it says the same (else the state has changed meanwhile, and
 * the click is dropped rather than given to another control). Once, as soon as React has
 * drawn in `root`.
 */
export function clickWhatWasClicked(root: HTMLElement): void {
  const state = handover();
  const clicked = state.clicked;
  // Kept until React has drawn something there.
  if (!clicked || !root.firstElementChild) return;
  delete state.clicked;
  let node: Element | undefined = root;
  for (const index of clicked.path) node = node?.children[index];
  const control = node;
  if (!(control instanceof HTMLElement) || control.localName !== 'button' || labelOf(control) !== clicked.label) return;
  // After the rest of React's first effects (this runs in one of them): the panel page
  // listens for a pointer going down to load the answers (PanelApp.tsx), as a real click's would.
  queueMicrotask(() => {
    const view = control.ownerDocument.defaultView;
    const Pointer = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
    control.dispatchEvent(new Pointer('pointerdown', { bubbles: true, cancelable: true }));
    control.focus();
    control.click();
  });
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
