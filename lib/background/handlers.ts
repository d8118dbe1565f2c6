// What the background does: messages from the extension's own pages (open an answer tab),
// and the browser-level entry points: the keyboard command and the "Search EMS Help"
// context menu (the omnibox, `ems <query>`, is omnibox.ts). Written against a small slice of the browser API so
// tests can run them with WXT's fake browser.
//
// A search text never goes into an address (browser history, synced history): the answer
// tab gets it through `storage.session`, under a random token, read once and deleted.

import {
  fromThisExtension,
  isInPagePanelUrl,
  PANEL_RELAY_PORT,
  PANEL_RELAYED_PREFIX,
  parseBackgroundMessage,
  type ContentMessage,
  type ScreenAnswersReply,
} from '../messages';
import { detectPage, type PageContext } from '../page/detect';
import type { Placement } from '../state/settings';

export interface TabInfo {
  id?: number;
  index: number;
  url?: string;
  windowId?: number;
}

/** The part of the browser API the handlers use. */
export interface BackgroundApi {
  activeTab(): Promise<TabInfo | undefined>;
  createTab(options: { url: string; active: boolean; index?: number; openerTabId?: number }): Promise<unknown>;
  updateTab(tabId: number, options: { url: string }): Promise<unknown>;
  sendToTab(tabId: number, message: ContentMessage): Promise<unknown>;
  answerPageUrl(hash: string): string;
  /** Keeps `query` for the answer tab to take once; returns the token that names it. */
  stashQuery(query: string): Promise<string>;
  /** The "Where help appears" setting, if known without waiting (a command must act in its own turn). */
  placementNow(): Placement | undefined;
  loadPlacement(): Promise<Placement>;
  /** Shows or hides the side panel (sidebar) of a window; must run within the user's gesture. */
  toggleSidePanel(windowId: number | undefined): Promise<boolean>;
  /** The extension's settings page (runtime.openOptionsPage). */
  openSettings(): Promise<unknown>;
  /** The engine's answers to what a page's screen shows and to its guide page (lib/suggest/screen-answers.ts). */
  screenAnswers(context: PageContext): ScreenAnswersReply;
}

/** The storage.session key a stashed query is kept under. */
export const pendingQueryKey = (token: string) => `pending-query:${token}`;

/** `#index?pending=<token>`: the index, filtered by a query kept out of the address. */
export function pendingIndexHash(token: string): string {
  return `#index?${new URLSearchParams({ pending: token }).toString()}`;
}

/** The answer index filtered by `query`, without the query in the address. */
export async function indexFor(query: string, api: BackgroundApi): Promise<string> {
  if (!query) return api.answerPageUrl('#index');
  return api.answerPageUrl(pendingIndexHash(await api.stashQuery(query)));
}

/** A sender of runtime messages, as the browser describes it. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: TabInfo;
}

/**
 * A message to the background (lib/messages.ts). Only this extension's own pages (the panel
 * page, in a frame or the side panel) may ask: not a content script, whose messages the
 * page it runs in might have influenced, and nothing else. Never throws.
 */
export function handleRuntimeMessage(
  raw: unknown,
  sender: MessageSender | undefined,
  ownId: string | undefined,
  knownId: (id: string) => boolean,
  api: BackgroundApi,
): Promise<{ ok: boolean } | ScreenAnswersReply> | undefined {
  try {
    if (!fromThisExtension(sender, ownId)) return undefined;
    const url = typeof sender?.url === 'string' ? sender.url : '';
    if (!/^(chrome|moz)-extension:\/\//.test(url)) return undefined;
    const message = parseBackgroundMessage(raw, knownId);
    if (!message) return undefined;
    if (message.type === 'screen-answers') return Promise.resolve(api.screenAnswers(message.context));
    if (message.type === 'open-settings') {
      return api.openSettings().then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    }
    return api
      .createTab({
        url: api.answerPageUrl(`#${encodeURIComponent(message.id)}`),
        active: message.active,
        ...besideTab(sender?.tab),
      })
      .then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
  } catch {
    return undefined;
  }
}

/** Where a tab opened from `tab` goes: right after it, as the browser places a link opened in a new tab. */
export function besideTab(tab: TabInfo | undefined): { index?: number; openerTabId?: number } {
  return tab?.id !== undefined ? { index: tab.index + 1, openerTabId: tab.id } : {};
}

export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

/**
 * Alt+Shift+H toggles whichever the user chose: the side panel (anywhere), or the panel in
 * an EMS page. An EMS tab without a live content script (open since before the extension
 * was installed or reloaded) gets the answer index beside it instead, as the context menu
 * does. Never rejects.
 */
export async function handleCommand(
  command: string,
  tab: TabInfo | undefined,
  api: BackgroundApi,
): Promise<'panel' | 'side-panel' | 'index' | 'ignored'> {
  if (command !== TOGGLE_PANEL_COMMAND) return 'ignored';
  try {
    // The side panel opens only within the user's gesture: decide without waiting if we can.
    const known = api.placementNow();
    if (known === 'sidepanel') return (await api.toggleSidePanel(tab?.windowId)) ? 'side-panel' : await fallBack(tab, api);
    const placement = known ?? (await api.loadPlacement());
    if (placement === 'sidepanel') return (await api.toggleSidePanel(tab?.windowId)) ? 'side-panel' : await fallBack(tab, api);
    const target = tab ?? (await api.activeTab());
    if (target?.id === undefined || !target.url || !detectPage(target.url)) return 'ignored';
    try {
      await api.sendToTab(target.id, { type: 'toggle-panel' });
      return 'panel';
    } catch {
      return await fallBack(target, api);
    }
  } catch {
    return 'ignored';
  }
}

async function fallBack(tab: TabInfo | undefined, api: BackgroundApi): Promise<'index' | 'ignored'> {
  try {
    await api.createTab({ url: api.answerPageUrl('#index'), active: true, ...besideTab(tab) });
    return 'index';
  } catch {
    return 'ignored';
  }
}

export const SEARCH_MENU_ID = 'search-ems-help';

/** The selected text, trimmed to what a search box takes. */
export function menuQuery(selection: string | undefined): string {
  return (selection ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** "Search EMS Help for …": the panel on an EMS page, the answer index anywhere else. */
export async function handleMenuClick(
  menuItemId: string | number,
  selection: string | undefined,
  tab: TabInfo | undefined,
  api: BackgroundApi,
): Promise<'panel' | 'index' | 'ignored'> {
  const query = menuQuery(selection);
  if (menuItemId !== SEARCH_MENU_ID || !query) return 'ignored';
  try {
    const placement = api.placementNow() ?? (await api.loadPlacement());
    if (placement === 'page' && tab?.id !== undefined && tab.url && detectPage(tab.url)) {
      try {
        await api.sendToTab(tab.id, { type: 'search-panel', query });
        return 'panel';
      } catch {
        // The page was open before the extension was installed or reloaded: no panel there yet.
      }
    }
    await api.createTab({ url: await indexFor(query, api), active: true, ...besideTab(tab) });
    return 'index';
  } catch {
    return 'ignored';
  }
}

/** The part of a runtime port the relay uses. */
export interface RelayPort {
  name: string;
  sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * A panel page in an EMS page's frame that has no `tabs` API (Firefox gives a page framed in
 * a web page only runtime, storage and i18n) asks the background for its port: the
 * background opens one to the content script of the panel's own tab, named with the panel's
 * address as the browser reported it, and passes messages through both ways unchanged (each
 * end parses what it gets). Either end closing closes the other. Ports of any other name are
 * left alone; anything but this extension's in-page panel page is refused. Never throws.
 */
export function relayPanelPort(
  port: RelayPort,
  ownId: string | undefined,
  connectTab: (tabId: number, name: string) => RelayPort,
): void {
  if (port.name !== PANEL_RELAY_PORT) return;
  const sender = port.sender;
  const tabId = sender?.tab?.id;
  if (!fromThisExtension(sender, ownId) || typeof tabId !== 'number' || !isInPagePanelUrl(sender?.url)) {
    port.disconnect();
    return;
  }
  let inner: RelayPort;
  try {
    inner = connectTab(tabId, `${PANEL_RELAYED_PREFIX}${sender.url}`);
  } catch {
    port.disconnect();
    return;
  }
  const pass = (to: RelayPort) => (message: unknown) => {
    try {
      to.postMessage(message);
    } catch {
      // That end has just closed; its onDisconnect closes this one.
    }
  };
  port.onMessage.addListener(pass(inner));
  inner.onMessage.addListener(pass(port));
  port.onDisconnect.addListener(() => inner.disconnect());
  inner.onDisconnect.addListener(() => port.disconnect());
}
