// Connects the panel to the page: the current address becomes a page context.

import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { Panel, type PanelProps } from '../../components/panel/Panel';
import { detectPage, type PageHints } from '../../lib/page/detect';

export interface ContentAppProps extends Omit<PanelProps, 'context'> {
  location: StoreApi<{ url: string }>;
}

/** The selected tab's label, where the app shows tabs without a `#/…` route in the address. */
function readHints(): PageHints {
  const selected = document.querySelector('[role="tab"][aria-selected="true"], [aria-selected="true"]');
  const label = selected?.textContent?.trim();
  return label ? { activeTab: label } : {};
}

export function ContentApp({ location, ...panel }: ContentAppProps) {
  const url = useStore(location, (s) => s.url);
  const context = detectPage(url, readHints()) ?? { kind: 'other' as const, route: null };
  return (
    <div className="theme panel-root">
      <Panel context={context} {...panel} />
    </div>
  );
}
