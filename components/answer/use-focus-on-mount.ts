// The answer tab's views move focus to their heading when they appear, as a new page load
// would (a screen reader announces the new view; the page starts at its top).

import { useEffect, useRef } from 'react';

/** Moves focus to the page's heading when the view changes, as a new page load would. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, []);
  return ref;
}
