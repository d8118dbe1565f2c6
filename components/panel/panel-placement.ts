// Where panel.html finds itself, before it draws anything. Firefox lets any site frame an
// extension's web-accessible page (MV2 has no `matches` for them), so a site that knows the
// install's id could frame the panel: a stable fingerprint of the install, and buttons to
// click it into opening tabs. Chromium blocks that; this check is for every browser alike.
//
// The panel draws only where it belongs:
// - `?in=page`: in a frame whose parent is an EMS page. Where the browser tells the
//   ancestors (`location.ancestorOrigins`, Chromium) or the referrer names the parent, it
//   must be EMS; where neither says (Firefox with a no-referrer policy), the panel waits for
//   its content script, which speaks only to the frame it placed (by the address's nonce).
// - the side panel / sidebar: a top-level document, never a frame in someone's page.

import { EMS_HOST } from '@/lib/page/detect';

export interface PlacementFacts {
  /** Whether the page is in a frame (`window.parent !== window`). */
  framed: boolean;
  /** The ancestors' origins, nearest first, where the browser tells them. */
  ancestorOrigins?: readonly string[];
  /** `document.referrer`: for a frame, its parent's address (or its origin, or nothing). */
  referrer: string;
  /** This page's own origin: a referrer naming it says nothing about the parent. */
  self: string;
}

/** The facts of this document. */
export function placementFacts(): PlacementFacts {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  let framed = true;
  try {
    framed = window.parent !== window;
  } catch {
    // A parent we may not even compare with: framed.
  }
  return { framed, ancestorOrigins: ancestors ? [...Array.from({ length: ancestors.length }, (_, i) => ancestors.item(i) ?? '')] : undefined, referrer: document.referrer, self: location.origin };
}

const EMS_ORIGIN = `https://${EMS_HOST}`;

const originOf = (address: string): string | null => {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
};

/**
 * `'draw'`: an in-page panel in an EMS page, which may draw from its address at once;
 * `'wait'`: in a frame of unknown parent: draw only once the content script speaks;
 * `'refuse'`: somewhere it does not belong (another site's frame, a top-level in-page panel).
 */
export function inPagePlacement(facts: PlacementFacts): 'draw' | 'wait' | 'refuse' {
  if (!facts.framed) return 'refuse';
  const parent = facts.ancestorOrigins?.[0] ?? (facts.referrer ? originOf(facts.referrer) : undefined);
  if (parent === undefined || parent === null || parent === facts.self) return 'wait';
  return parent === EMS_ORIGIN ? 'draw' : 'refuse';
}

/** Whether a side panel / sidebar page is where it belongs: a top-level document. */
export const sidePlacementOk = (facts: PlacementFacts) => !facts.framed;
