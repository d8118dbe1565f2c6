// The in-page panel's one port to its content script (lib/messages.ts: where the user is
// comes in, the panel's size goes out). Opened by the panel page's first script when it has
// drawn the first state (first-paint.ts): the content script shows the frame only once told
// its size, and that should not wait for React. InPagePanel.tsx then takes over the same
// port, with the messages that came meanwhile; where the first script drew nothing, it opens
// the port itself. One port either way: the content script sizes the frame by the last one.

import { browser } from 'wxt/browser';
import { PANEL_PORT, PANEL_RELAY_PORT } from '@/lib/messages';
import type { Port } from './panel-page';

export interface OpenedPort {
  port: Port;
  /** The window of the EMS tab (Chrome), for opening the side panel there. */
  windowId?: number;
}

/**
 * Opens the port (null where there is none to open: the extension went away, no tab, or
 * `wanted` says it is no longer wanted by the time the tab is known).
 */
export async function connectPanelPort(wanted: () => boolean = () => true): Promise<OpenedPort | null> {
  try {
    if (typeof browser.tabs?.getCurrent === 'function') {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined || !wanted()) return null;
      return { port: browser.tabs.connect(tab.id, { name: `${PANEL_PORT}:page`, frameId: 0 }), windowId: tab.windowId };
    }
    // Firefox gives a page framed in a web page no `tabs` API: the background opens the
    // port to this tab's content script for it (relayPanelPort in lib/background/handlers).
    return { port: browser.runtime.connect({ name: PANEL_RELAY_PORT }) };
  } catch {
    // The extension was reloaded under this page: this frame is about to go.
    return null;
  }
}

/** A port opened before React, keeping what the content script says until React takes it. */
interface EarlyPort {
  opened: Promise<(OpenedPort & { queued: unknown[]; keep: (message: unknown) => void }) | null>;
}

// Shared by the first script and the page's modules (two bundles) through this page's own
// global object, which the EMS page around the frame cannot reach.
const GLOBAL_NAME = '__emsHelpEarlyPort';
type Holder = typeof globalThis & { [GLOBAL_NAME]?: EarlyPort };

/** The first script: opens the port now, keeping its messages for React. */
export function openEarlyPort(): Promise<OpenedPort | null> {
  const opened = connectPanelPort().then((result) => {
    if (!result) return null;
    const queued: unknown[] = [];
    const keep = (message: unknown) => void queued.push(message);
    result.port.onMessage.addListener(keep);
    return { ...result, queued, keep };
  });
  (globalThis as Holder)[GLOBAL_NAME] = { opened };
  return opened;
}

/**
 * InPagePanel: the port the first script opened, once, with `onMessage` now listening and
 * given what came meanwhile; undefined where the first script opened none.
 */
export function takeEarlyPort(onMessage: (message: unknown) => void): Promise<OpenedPort | null> | undefined {
  const holder = globalThis as Holder;
  const early = holder[GLOBAL_NAME];
  if (!early) return undefined;
  delete holder[GLOBAL_NAME];
  return early.opened.then((result) => {
    if (!result) return null;
    const { port, windowId, queued, keep } = result;
    // In one go: no message can come between these lines (they run in one task).
    port.onMessage.addListener(onMessage);
    port.onMessage.removeListener(keep);
    for (const message of queued.splice(0)) onMessage(message);
    return { port, windowId };
  });
}
