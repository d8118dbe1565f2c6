import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleCommand,
  handleMenuClick,
  handleOmniboxEnter,
  markRanges,
  menuQuery,
  omniboxSuggestions,
  omniboxTarget,
  SEARCH_MENU_ID,
  type BackgroundApi,
} from '../../lib/background/handlers';
import { entries, searchData } from '../../lib/corpus';
import { createSearchEngine } from '../../lib/search';

const engine = createSearchEngine(entries, searchData);
const ANSWER = 'chrome-extension://test/answer.html';

/** The tab the user is looking at; WXT's fake browser cannot switch tabs, so tests set it. */
let activeTab: Awaited<ReturnType<typeof fakeBrowser.tabs.create>> | undefined;

/** The handlers' browser API, on WXT's fake browser (which has no tabs.sendMessage: recorded here). */
function fakeApi() {
  const sent: Array<[number, unknown]> = [];
  const api: BackgroundApi = {
    activeTab: async () => activeTab,
    createTab: vi.fn((options) => fakeBrowser.tabs.create(options)),
    updateTab: (tabId, options) => fakeBrowser.tabs.update(tabId, options),
    sendToTab: vi.fn(async (tabId, message) => {
      sent.push([tabId, message]);
      return { ok: true };
    }),
    answerPageUrl: (hash) => `${ANSWER}${hash}`,
  };
  return { api, sent };
}

async function openActiveTab(url: string) {
  activeTab = await fakeBrowser.tabs.create({ url });
  return activeTab.id!;
}

const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);

describe('the keyboard command', () => {
  it('asks the EMS tab’s content script to show or hide the panel', async () => {
    const { api, sent } = fakeApi();
    const id = await openActiveTab('https://ems.element.io/user/billing');
    expect(await handleCommand('toggle-panel', api)).toBe(true);
    expect(sent).toEqual([[id, { type: 'toggle-panel' }]]);
  });

  it('does nothing off EMS, or for another command', async () => {
    const { api, sent } = fakeApi();
    await openActiveTab('https://example.com/');
    expect(await handleCommand('toggle-panel', api)).toBe(false);
    expect(await handleCommand('something-else', api)).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe('the omnibox', () => {
  it('suggests answers with the matched words marked for Chrome', () => {
    const [first, second] = omniboxSuggestions('telegram bridge', engine, true);
    // The guide first, the FAQ answer about running one's own bridge next.
    expect(first).toEqual({
      content: 'ems-help:integrations-telegram-bridge',
      description: '<match>Telegram</match> <match>Bridge</match> <dim>· EMS bridges</dim>',
    });
    expect(second).toEqual({
      content: 'ems-help:can-i-host-my-own-telegram-bridge',
      description: 'Can I host my own <match>Telegram</match> <match>bridge</match>? <dim>· Integrations</dim>',
    });
  });

  it('gives plain descriptions where the browser has no markup (Firefox)', () => {
    expect(omniboxSuggestions('sepa', engine, false)[0]!.description).toBe('Do you offer other payment options like IBAN/SEPA?');
  });

  it('escapes what it marks', () => {
    expect(markRanges('a <b> & c', [[6, 7]])).toBe('a &#60;b&#62; <match>&#38;</match> c');
  });

  it('opens the chosen answer, the best confident answer, or the index filtered by the text', () => {
    expect(omniboxTarget('ems-help:dns-not-resolving', engine, entries)).toBe('#dns-not-resolving');
    expect(omniboxTarget('max upload size', engine, entries)).toBe('#is-there-a-maximum-file-size-per-upload');
    expect(omniboxTarget('best pizza dough recipe', engine, entries)).toBe('#index?q=best+pizza+dough+recipe');
  });

  it('opens the answer tab in the current tab or a new one, as the browser asks', async () => {
    const { api } = fakeApi();
    const id = await openActiveTab('https://example.com/');
    await handleOmniboxEnter('sepa', 'currentTab', engine, entries, api);
    expect((await fakeBrowser.tabs.get(id)).url).toBe(`${ANSWER}#do-you-offer-other-payment-options-like-ibansepa`);
    await handleOmniboxEnter('ems-help:dns-not-resolving', 'newBackgroundTab', engine, entries, api);
    expect(api.createTab).toHaveBeenCalledWith({ url: `${ANSWER}#dns-not-resolving`, active: false });
    expect(await tabUrls()).toContain(`${ANSWER}#dns-not-resolving`);
  });
});

describe('the context menu', () => {
  it('opens the panel with the selected text on an EMS page', async () => {
    const { api, sent } = fakeApi();
    const id = await openActiveTab('https://ems.element.io/user/hosting');
    const tab = await fakeBrowser.tabs.get(id);
    expect(await handleMenuClick(SEARCH_MENU_ID, '  custom\n domain ', tab, api)).toBe('panel');
    expect(sent).toEqual([[id, { type: 'search-panel', query: 'custom domain' }]]);
  });

  it('opens the answer index filtered by the selection elsewhere', async () => {
    const { api, sent } = fakeApi();
    const id = await openActiveTab('https://example.com/docs');
    const tab = await fakeBrowser.tabs.get(id);
    expect(await handleMenuClick(SEARCH_MENU_ID, 'well-known', tab, api)).toBe('index');
    expect(sent).toEqual([]);
    expect(await tabUrls()).toContain(`${ANSWER}#index?q=well-known`);
  });

  it('falls back to the index when the EMS tab has no panel to receive it', async () => {
    const { api } = fakeApi();
    api.sendToTab = () => Promise.reject(new Error('Could not establish connection'));
    const id = await openActiveTab('https://ems.element.io/support');
    expect(await handleMenuClick(SEARCH_MENU_ID, 'dns', await fakeBrowser.tabs.get(id), api)).toBe('index');
  });

  it('ignores other menu items and empty selections', async () => {
    const { api } = fakeApi();
    expect(await handleMenuClick('other', 'x', undefined, api)).toBe('ignored');
    expect(await handleMenuClick(SEARCH_MENU_ID, '   ', undefined, api)).toBe('ignored');
    expect(menuQuery('x'.repeat(500))).toHaveLength(200);
  });
});
