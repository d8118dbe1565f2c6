// How panel.html was opened, from its address: read by the page's first script (which draws
// the first state before React, first-paint.ts) and by PanelApp.tsx. Free of React.

import { parseHostToPanel } from '@/lib/messages';
import type { PanelHost } from './panel-page';
import { inPagePlacement, placementFacts, sidePlacementOk, type PlacementFacts } from './panel-placement';

/**
 * How this panel.html was opened. Where it does not belong (panel-placement.ts) it is an
 * in-page panel without a first state: that draws nothing until its content script speaks,
 * and no content script speaks to a frame it did not place.
 */
export function panelHostFromUrl(search: string, facts: PlacementFacts = placementFacts()): PanelHost {
  const params = new URLSearchParams(search);
  const nowhere: PanelHost = { in: 'page', initial: null };
  if (params.get('in') === 'page') {
    const placement = inPagePlacement(facts);
    if (placement === 'refuse') return nowhere;
    // The same validation as any message from the content script.
    const initial =
      params.get('wait') === '1' || placement === 'wait'
        ? null
        : parseHostToPanel({
            type: 'context',
            context: { kind: params.get('kind'), route: params.get('route') || null },
            room: params.get('room') === '1',
            maxHeight: Number(params.get('h')),
          });
    return { in: 'page', initial };
  }
  if (!sidePlacementOk(facts)) return nowhere;
  const tab = Number(params.get('tab'));
  return Number.isSafeInteger(tab) && tab >= 0 && params.has('tab') ? { in: 'side', tabId: tab } : { in: 'side' };
}
