// How long the panel page waits for the organisation's policy before its first paint.
// Chrome answers the first read of managed storage after the browser starts slowly: 2–3 s
// in a fresh profile on a two-core machine (issue 21), while the person's own settings take
// a few milliseconds. A panel held back that long stood empty in the page; so the panel
// draws with the person's settings after a short wait and applies the policy when it comes
// (every surface follows the policy store live; the content script, which places the frame,
// reads the policy itself and removes the frame if the policy says so).

import type { ManagedPolicyStore } from '@/lib/state/managed-store';

/** Longer than a read takes once the browser has started (a few ms), far below the cold one. */
export const POLICY_WAIT_MS = 100;

/**
 * Marks `managed` loaded (with no policy yet) when it has not been read within `ms`; the
 * policy read later replaces it as usual. Returns a function that cancels the wait.
 */
export function stopWaitingForPolicy(managed: ManagedPolicyStore, ms: number = POLICY_WAIT_MS): () => void {
  const timer = setTimeout(() => {
    if (!managed.getState().loaded) managed.setState({ loaded: true });
  }, ms);
  return () => clearTimeout(timer);
}
