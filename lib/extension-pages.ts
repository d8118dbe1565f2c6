// The extension's own pages, and the browser's side panel (Chrome) or sidebar (Firefox)
// that can host the panel page. Only for extension pages and the background: the content
// script never imports this.

import { browser } from 'wxt/browser';
import type { BackgroundMessage } from './messages';

/** `answer.html` plus a hash: `#<id>`, `#index`, `#index?pending=<token>`. */
export function answerPageUrl(hash = ''): string {
  return `${browser.runtime.getURL('/answer.html')}${hash}`;
}

export function answerUrlFor(id: string): string {
  return answerPageUrl(`#${encodeURIComponent(id)}`);
}

/** Asks the background to open an answer beside the sender's tab. */
export function openAnswerInTab(id: string, active = true): Promise<unknown> {
  const message: BackgroundMessage = { type: 'open-answer', id, active };
  return browser.runtime.sendMessage(message);
}

/**
 * Opens the extension's settings page. A panel page framed in a web page may have no
 * `runtime.openOptionsPage` (Firefox), or have it refuse: the background opens it then.
 */
export function openSettings(): Promise<unknown> {
  const viaBackground = () => browser.runtime.sendMessage({ type: 'open-settings' } satisfies BackgroundMessage).catch(() => undefined);
  try {
    if (typeof browser.runtime.openOptionsPage === 'function') return browser.runtime.openOptionsPage().catch(viaBackground);
  } catch {
    // The API threw where it stands: ask the background.
  }
  return viaBackground();
}

/** Firefox's sidebar API (not in Chrome's types). */
interface SidebarAction {
  open(): Promise<void>;
  close(): Promise<void>;
  toggle(): Promise<void>;
}

export function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Chrome's side panel API, where it exists. */
export function sidePanel() {
  return (browser as unknown as { sidePanel?: typeof browser.sidePanel }).sidePanel;
}

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Both need a user gesture, so
 * call this synchronously from a click or command handler, with the window id known
 * beforehand. Resolves false when neither exists or the browser refused.
 */
export function openSidePanel(windowId: number | undefined): Promise<boolean> {
  try {
    const firefox = sidebarAction();
    if (firefox) return firefox.open().then(() => true, () => false);
    const chrome = sidePanel();
    if (chrome && windowId !== undefined) return chrome.open({ windowId }).then(() => true, () => false);
  } catch {
    // Called outside a gesture, or the API is missing its permission.
  }
  return Promise.resolve(false);
}

/** Whether this browser can host the panel beside the page (side panel or sidebar). */
export function hasSidePanel(): boolean {
  return !!sidebarAction() || typeof sidePanel()?.open === 'function';
}
