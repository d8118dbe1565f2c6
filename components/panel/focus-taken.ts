// The EMS page can move the keyboard focus to an element of its own while the person types in
// the panel's search box (a script calling `focus()`): the next keys then go to the page.
// The panel cannot stop that (it cannot see or veto focus moves in the page), but it can notice
// and say so: when its window loses the focus within a moment of the person focusing the box
// or typing in it, the page most likely took it; a person rarely clicks away that fast.

import { useEffect, useState, type RefObject } from 'react';

/** How soon after the person's last focus or key a loss of focus counts as taken. */
export const TAKEN_WITHIN_MS = 800;

/** Whether the page seems to have taken the focus from `box` (true until the box has it again). */
export function useFocusTaken(box: RefObject<HTMLInputElement | null>, watch: boolean): boolean {
  const [taken, setTaken] = useState(false);
  useEffect(() => {
    const input = box.current;
    if (!watch || !input) return;
    const win = input.ownerDocument.defaultView;
    if (!win) return;
    let lastUse = Number.NEGATIVE_INFINITY;
    let boxLeftAt = Number.NEGATIVE_INFINITY;
    const used = () => {
      lastUse = performance.now();
      setTaken(false);
    };
    // When the focus leaves the frame, the box loses it first (the document's active element
    // is then the body), and the window a moment later.
    const left = () => {
      boxLeftAt = performance.now();
    };
    const onWindowBlur = () => {
      const now = performance.now();
      const fromBox = input.ownerDocument.activeElement === input || now - boxLeftAt < 100;
      // The box had the focus, the person was just using it, and now the whole panel lost it.
      if (fromBox && now - lastUse < TAKEN_WITHIN_MS) setTaken(true);
    };
    input.addEventListener('focus', used);
    input.addEventListener('keydown', used);
    input.addEventListener('blur', left);
    win.addEventListener('blur', onWindowBlur);
    return () => {
      input.removeEventListener('focus', used);
      input.removeEventListener('keydown', used);
      input.removeEventListener('blur', left);
      win.removeEventListener('blur', onWindowBlur);
    };
  }, [box, watch]);
  return taken;
}
