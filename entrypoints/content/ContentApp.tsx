// Connects the panel to the page: the current address becomes a page context, and the
// user's settings (side, theme, what to do on arrival) apply as soon as they change.

import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { Panel, type PanelProps, type PanelRequest } from '../../components/panel/Panel';
import { detectPage, type PageHints } from '../../lib/page/detect';
import type { SettingsStore } from '../../lib/state/settings';

export interface ContentAppProps extends Omit<PanelProps, 'context' | 'defaultCollapsed' | 'request'> {
  location: StoreApi<{ url: string }>;
  settings: SettingsStore;
  /** The latest request from the background (keyboard command, context menu). */
  requests: StoreApi<{ request: PanelRequest | null }>;
}

/** The selected tab's label, where the app shows tabs without a `#/…` route in the address. */
function readHints(): PageHints {
  const selected = document.querySelector('[role="tab"][aria-selected="true"], [aria-selected="true"]');
  const label = selected?.textContent?.trim();
  return label ? { activeTab: label } : {};
}

export function ContentApp({ location, settings, requests, ...panel }: ContentAppProps) {
  const url = useStore(location, (s) => s.url);
  const settingsLoaded = useStore(settings, (s) => s.hydrated);
  const { panelSide, theme, arrival } = useStore(settings, (s) => s.value);
  const request = useStore(requests, (s) => s.request);
  const context = detectPage(url, readHints()) ?? { kind: 'other' as const, route: null };

  // "Off" for this kind of page hides even the launcher, until the user asks for the
  // panel with the keyboard command or the context menu.
  if (!settingsLoaded || (arrival[context.kind] === 'off' && !request)) return null;
  return (
    <div className="theme panel-root" data-side={panelSide} data-theme={theme === 'system' ? undefined : theme}>
      <Panel context={context} defaultCollapsed={arrival[context.kind] !== 'open'} request={request} {...panel} />
    </div>
  );
}
