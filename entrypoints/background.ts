// The background does what only it can: open answer tabs for content scripts, and the
// browser-level entry points (keyboard command, omnibox, context menu). The logic lives in
// lib/background/handlers.ts; this file connects it to the browser's events.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  besideTab,
  handleCommand,
  handleMenuClick,
  handleOmniboxEnter,
  omniboxSuggestions,
  SEARCH_MENU_ID,
  type BackgroundApi,
  type OmniboxDisposition,
} from '../lib/background/handlers';
import { entries, searchData } from '../lib/corpus';
import { answerPageUrl, isBackgroundMessage } from '../lib/messages';
import { answerSearchRequest, isSearchRequest } from '../lib/panel-search';
import { createSearchEngine } from '../lib/search';

export default defineBackground(() => {
  const engine = createSearchEngine(entries, searchData);
  const api: BackgroundApi = {
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    createTab: (options) => browser.tabs.create(options),
    updateTab: (tabId, options) => browser.tabs.update(tabId, options),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    answerPageUrl: (hash) => `${answerPageUrl()}${hash}`,
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The panel's searches and suggestions (the engine is kept out of the content script).
    if (isSearchRequest(message)) return Promise.resolve(answerSearchRequest(message, entries, engine));
    if (!isBackgroundMessage(message)) return undefined;
    return api
      .createTab({ url: answerPageUrl(message.id), active: message.active, ...besideTab(sender.tab) })
      .then(() => ({ ok: true }));
  });

  browser.commands.onCommand.addListener((command) => {
    void handleCommand(command, api);
  });

  // Chrome renders <match> in suggestions; Firefox shows descriptions as plain text.
  const markup = import.meta.env.BROWSER !== 'firefox';
  browser.omnibox.setDefaultSuggestion({ description: 'Search the EMS FAQ for “%s”' });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    suggest(omniboxSuggestions(text, engine, markup));
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
