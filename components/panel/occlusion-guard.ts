// Clicks on the in-page panel count only while the browser says the panel is seen as drawn.
// A page can lay its own element over the panel's frame (see-through, or with
// `pointer-events: none`) to make the panel look like something else and have the person
// click it. Chromium can tell (IntersectionObserver v2, `trackVisibility`): the frame is
// covered, faded, transformed or filtered by the page. While it is, a pointer's click in the
// panel does nothing; the keyboard still works (the person sees where the focus is).
// Browsers without it (Firefox) are unchanged: the README says what remains possible there.

/** The browser's smallest allowed delay between visibility checks (ms). */
const CHECK_DELAY_MS = 100;

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** Starts guarding `doc`'s clicks; returns how to stop. Does nothing where the browser cannot tell. */
export function guardClicksWhileCovered(doc: Document): () => void {
  const root = doc.documentElement;
  let covered = false;
  let observer: IntersectionObserver;
  try {
    observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1) as VisibilityEntry | undefined;
        if (last && typeof last.isVisible === 'boolean') covered = !last.isVisible;
      },
      { trackVisibility: true, delay: CHECK_DELAY_MS } as IntersectionObserverInit,
    );
  } catch {
    return () => undefined; // no IntersectionObserver at all
  }
  observer.observe(root);
  // A pointer's click has a `detail` (the click count); Enter or Space on a button has none.
  const onClick = (event: MouseEvent) => {
    if (covered && event.detail > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  // A middle click opens links in a new tab too (auxclick): held back the same way.
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
  };
}
