// The panel page (panel.html) as one app, wherever it is hosted:
// - in the EMS page, in the frame the content script placed: it learns where the user is
//   over a private port to that content script, and tells it the size to give the frame;
// - in the browser's side panel (Firefox: sidebar): it follows the active tab of its
//   window, asking that tab's content script (or, without one, reading the tab's address).
// It carries the corpus and the search engine itself: no round trip per keystroke.

import { useEffect, useState } from 'react';
import { parseHostToPanel } from '@/lib/messages';
import type { SearchEngine } from '@/lib/search';
import { InPagePanel } from './InPagePanel';
import { guardClicksWhileCovered } from './occlusion-guard';
import type { PanelAppProps, PanelHost } from './panel-page';
import { inPagePlacement, placementFacts, sidePlacementOk, type PlacementFacts } from './panel-placement';
import { SidePanel } from './SidePanel';

export type { PanelAppProps, PanelHost } from './panel-page';

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


export function PanelApp(props: PanelAppProps) {
  const engine = useEngineAfterFirstPaint(props.createEngine);
  const inPage = props.host.in === 'page';
  // In someone else's page: no pointer click while the page covers the panel (where the browser can tell).
  useEffect(() => (inPage ? guardClicksWhileCovered(document) : undefined), [inPage]);
  return props.host.in === 'page' ? (
    <InPagePanel {...props} engine={engine} initial={props.host.initial} />
  ) : (
    <SidePanel {...props} engine={engine} tabId={props.host.tabId} />
  );
}

/**
 * The engine, built after the first paint: building it takes longer than drawing the panel
 * (it indexes the whole FAQ), and the first paint needs only the curated suggestions.
 */
function useEngineAfterFirstPaint(create: () => SearchEngine): SearchEngine | null {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  useEffect(() => {
    // When the browser is idle: the first messages from the content script (where the user
    // is, once the page is parsed) are drawn before, not after, the index is built.
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(() => setEngine(create()), { timeout: 1000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(() => setEngine(create()), 50);
    return () => clearTimeout(timer);
  }, [create]);
  return engine;
}

