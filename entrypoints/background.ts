// The background does what only it can: open answer tabs for the panel page, and the
// browser-level entry points (keyboard command, omnibox, context menu). The logic lives in
// lib/background/handlers.ts; this file connects it to the browser's events.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  handleCommand,
  handleMenuClick,
  handleOmniboxEnter,
  handleRuntimeMessage,
  omniboxSuggestions,
  relayPanelPort,
  pendingQueryKey,
  SEARCH_MENU_ID,
  type BackgroundApi,
  type OmniboxDisposition,
} from '@/lib/background/handlers';
import { entries, getEntry, searchData } from '@/lib/corpus';
import { answerPageUrl, sidebarAction, sidePanel } from '@/lib/extension-pages';
import { createSearchEngine } from '@/lib/search';
import { SETTINGS_STORAGE_KEY, settingsFromStorage, type Placement } from '@/lib/state/settings';

export default defineBackground(() => {
  const engine = createSearchEngine(entries, searchData);

  // The placement setting, kept at hand: the keyboard command must open a side panel in
  // its own turn, before any await, or the browser refuses (no user gesture).
  let placement: Placement | undefined;
  const loadPlacement = async (): Promise<Placement> => {
    const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
    placement = settingsFromStorage(stored[SETTINGS_STORAGE_KEY]).placement;
    return placement;
  };
  loadPlacement().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.hasOwn(changes, SETTINGS_STORAGE_KEY)) {
      placement = settingsFromStorage(changes[SETTINGS_STORAGE_KEY]?.newValue).placement;
    }
  });

  // Chrome tells which windows show the side panel (141+); the command toggles it there.
  const sidePanelOpen = new Set<number>();
  const chromePanel = sidePanel();
  chromePanel?.onOpened?.addListener((info) => sidePanelOpen.add(info.windowId));
  chromePanel?.onClosed?.addListener((info) => sidePanelOpen.delete(info.windowId));

  const api: BackgroundApi = {
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    createTab: (options) => browser.tabs.create(options),
    updateTab: (tabId, options) => browser.tabs.update(tabId, options),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    answerPageUrl: (hash) => answerPageUrl(hash),
    stashQuery: async (query) => {
      const token = crypto.randomUUID();
      await browser.storage.session.set({ [pendingQueryKey(token)]: query });
      return token;
    },
    placementNow: () => placement,
    loadPlacement,
    toggleSidePanel: (windowId) => {
      try {
        const firefox = sidebarAction();
        if (firefox) return firefox.toggle().then(() => true, () => false);
        if (!chromePanel || windowId === undefined) return Promise.resolve(false);
        if (sidePanelOpen.has(windowId) && chromePanel.close) {
          return chromePanel.close({ windowId }).then(() => true, () => false);
        }
        return chromePanel.open({ windowId }).then(() => true, () => false);
      } catch {
        return Promise.resolve(false);
      }
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleRuntimeMessage(message, sender, browser.runtime.id, (id) => getEntry(id) !== undefined, api),
  );

  // Firefox's framed panel page reaches its tab's content script through here (see relayPanelPort).
  browser.runtime.onConnect.addListener((port) =>
    relayPanelPort(port, browser.runtime.id, (tabId, name) => browser.tabs.connect(tabId, { name, frameId: 0 })),
  );

  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab, api);
  });

  // Chrome renders <match> in suggestions; Firefox shows descriptions as plain text.
  const markup = import.meta.env.BROWSER !== 'firefox';
  browser.omnibox.setDefaultSuggestion({ description: 'Search the EMS FAQ for “%s”' });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    try {
      suggest(omniboxSuggestions(text, engine, markup));
    } catch {
      // The omnibox session ended while searching.
    }
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void handleOmniboxEnter(text, disposition as OmniboxDisposition, engine, entries, api);
  });

  // Made on every start, not only on install: Firefox drops the menus of a persistent (MV2)
  // background when the browser quits (MDN, menus.create), so after a restart there would be
  // none. Chrome keeps them, hence remove all first: a second create with the same id fails.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: SEARCH_MENU_ID,
      title: 'Search EMS Help for “%s”',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info.menuItemId, info.selectionText, tab, api);
  });
});
