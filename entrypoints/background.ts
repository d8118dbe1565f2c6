// The background does what only it can: open answer tabs for the panel page, and the
// browser-level entry points (keyboard command, omnibox, context menu). The logic lives in
// lib/background/handlers.ts; this file connects it to the browser's events.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  handleCommand,
  handleMenuClick,
  handleRuntimeMessage,
  relayPanelPort,
  pendingQueryKey,
  SEARCH_MENU_ID,
  type BackgroundApi,
} from '@/lib/background/handlers';
import { handleOmniboxEnter, omniboxSuggestions, type OmniboxDisposition } from '@/lib/background/omnibox';
import { entries, getEntry, searchData } from '@/lib/corpus';
import { answerPageUrl, sidebarAction, sidePanel } from '@/lib/extension-pages';
import { t } from '@/lib/i18n';
import { createSearchEngine, type SearchEngine } from '@/lib/search';
import { effectiveSettings, keysToForget } from '@/lib/state/effective-settings';
import { settingsItem } from '@/lib/state/items';
import { EMPTY_POLICY } from '@/lib/state/managed';
import { createManagedPolicyStore, sessionArea } from '@/lib/state/managed-store';
import { DEFAULT_SETTINGS, type Placement, type Settings } from '@/lib/state/settings';
import { screenAnswers } from '@/lib/suggest/engine-answers';
import { toReply } from '@/lib/suggest/screen-answers';

export default defineBackground(() => {
  // Built on the first omnibox keystroke or the first panel page's question about its
  // screen (lib/suggest/screen-answers.ts), not at start: the background starts with the
  // browser (and again after each idle stop in Chrome), when the first EMS page is loading
  // on the same cores.
  let engine: SearchEngine | undefined;
  const searchEngine = () => (engine ??= createSearchEngine(entries, searchData));

  // The organisation's policy: read here with warnings, so a bad policy is named (once per
  // problem, each time it is read) in the background's console. A copy of each read goes to
  // storage.session, for the panel pages to draw with while their own read is slow.
  const managed = createManagedPolicyStore({ warn: true, keepCopyIn: sessionArea() });

  // The placement that applies (the person's setting merged with the policy), kept at hand:
  // the keyboard command must open a side panel in its own turn, before any await, or the
  // browser refuses (no user gesture).
  let stored: Settings = DEFAULT_SETTINGS;
  let storedLoaded = false;
  let placement: Placement | undefined;
  const apply = () => {
    const { settings } = effectiveSettings(stored, managed.getState().policy);
    if (storedLoaded && managed.getState().loaded) placement = settings.placement;
    // What a setting (the person's or the organisation's) says not to keep is removed.
    const forget = keysToForget(settings);
    if (storedLoaded && forget.length > 0) {
      void browser.storage.local
        .get(forget)
        .then((present) => (Object.keys(present).length > 0 ? browser.storage.local.remove(Object.keys(present)) : undefined))
        .catch(() => undefined);
    }
  };
  const loadPlacement = async (): Promise<Placement> => {
    stored = await settingsItem.getValue();
    storedLoaded = true;
    const policy = managed.getState().loaded
      ? managed.getState().policy
      : await new Promise<typeof EMPTY_POLICY>((resolve) => {
          const stop = managed.subscribe((state) => {
            if (!state.loaded) return;
            stop();
            resolve(state.policy);
          });
        });
    apply();
    return effectiveSettings(stored, policy).settings.placement;
  };
  loadPlacement().catch(() => undefined);
  managed.subscribe(apply);
  settingsItem.watch((value) => {
    stored = value;
    storedLoaded = true;
    apply();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // Something was recorded while a setting says not to keep it (an older page still open).
    if (area === 'local' && keysToForget(effectiveSettings(stored, managed.getState().policy).settings).some((key) => Object.hasOwn(changes, key))) {
      apply();
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
    openSettings: () => browser.runtime.openOptionsPage(),
    // The panel pages' pins for what their screen shows: one engine for every tab, here.
    screenAnswers: (context) => toReply(screenAnswers(context, entries, searchEngine())),
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
  browser.omnibox.setDefaultSuggestion({ description: t('background.omniboxDefault') });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    try {
      suggest(omniboxSuggestions(text, searchEngine(), entries, markup));
    } catch {
      // The omnibox session ended while searching.
    }
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void handleOmniboxEnter(text, disposition as OmniboxDisposition, searchEngine(), entries, api);
  });

  // Made on every start, not only on install: Firefox drops the menus of a persistent (MV2)
  // background when the browser quits (MDN, menus.create), so after a restart there would be
  // none. Chrome keeps them, hence remove all first: a second create with the same id fails.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: SEARCH_MENU_ID,
      title: t('background.searchMenu'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info.menuItemId, info.selectionText, tab, api);
  });
});
