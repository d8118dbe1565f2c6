// A value once it has stopped changing: for what should not follow every keystroke or every
// scroll step (the search notes, use-search.ts; the section in view, panel/PanelBody.tsx).

import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms` (the first value at once). */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
