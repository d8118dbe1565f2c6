import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleCommand,
  handleMenuClick,
  handleRuntimeMessage,
  menuQuery,
  relayPanelPort,
  SEARCH_MENU_ID,
  type BackgroundApi,
} from '@/lib/background/handlers';
import { handleOmniboxEnter, markRanges, omniboxSuggestions, omniboxTarget } from '@/lib/background/omnibox';
import { PANEL_RELAY_PORT, PANEL_RELAYED_PREFIX } from '@/lib/messages';
import type { Placement } from '@/lib/state/settings';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';

const engine = createSearchEngine(entries, searchData);
const ANSWER = 'chrome-extension://test/answer.html';

/** The tab the user is looking at; WXT's fake browser cannot switch tabs, so tests set it. */
let activeTab: Awaited<ReturnType<typeof fakeBrowser.tabs.create>> | undefined;

/** The handlers' browser API, on WXT's fake browser (which has no tabs.sendMessage: recorded here). */
function fakeApi(placement: Placement = 'page') {
  const sent: Array<[number, unknown]> = [];
  const stash = new Map<string, string>();
  const api: BackgroundApi = {
    stashQuery: async (query) => {
      const token = `00000000-0000-4000-8000-${String(stash.size).padStart(12, '0')}`;
      stash.set(token, query);
      return token;
    },
    placementNow: () => placement,
    loadPlacement: async () => placement,
    toggleSidePanel: vi.fn(async () => true),
    activeTab: async () => activeTab,
    createTab: vi.fn((options) => fakeBrowser.tabs.create(options)),
    updateTab: (tabId, options) => fakeBrowser.tabs.update(tabId, options),
    sendToTab: vi.fn(async (tabId, message) => {
      sent.push([tabId, message]);
      return { ok: true };
    }),
    answerPageUrl: (hash) => `${ANSWER}${hash}`,
    openSettings: vi.fn(async () => undefined),
    screenAnswers: vi.fn(() => ({ ok: true as const, pins: [], guide: [] })),
  };
  return { api, sent, stash };
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
    expect(await handleCommand('toggle-panel', undefined, api)).toBe('panel');
    expect(sent).toEqual([[id, { type: 'toggle-panel' }]]);
  });

  it('does nothing off EMS, or for another command', async () => {
    const { api, sent } = fakeApi();
    await openActiveTab('https://example.com/');
    expect(await handleCommand('toggle-panel', undefined, api)).toBe('ignored');
    expect(await handleCommand('something-else', undefined, api)).toBe('ignored');
    expect(sent).toEqual([]);
  });

  it('opens the answer index beside an EMS tab that has no live content script, without rejecting', async () => {
    const { api } = fakeApi();
    api.sendToTab = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const id = await openActiveTab('https://ems.element.io/support');
    const tab = await fakeBrowser.tabs.get(id);
    expect(await handleCommand('toggle-panel', tab, api)).toBe('index');
    expect(api.createTab).toHaveBeenCalledWith({ url: `${ANSWER}#index`, active: true, index: tab.index + 1, openerTabId: id });
  });

  it('never rejects, whatever fails', async () => {
    const { api } = fakeApi();
    api.placementNow = () => undefined;
    api.loadPlacement = () => Promise.reject(new Error('storage gone'));
    await expect(handleCommand('toggle-panel', undefined, api)).resolves.toBe('ignored');
  });

  it('toggles the side panel in the command’s own turn when that is where help appears', async () => {
    const { api, sent } = fakeApi('sidepanel');
    await openActiveTab('https://example.com/');
    const result = handleCommand('toggle-panel', { index: 0, windowId: 7 }, api);
    // Called before any await: the browser opens side panels only within the user's gesture.
    expect(api.toggleSidePanel).toHaveBeenCalledWith(7);
    expect(await result).toBe('side-panel');
    expect(sent).toEqual([]);
  });
});

describe('messages to the background', () => {
  const OWN = 'our-extension-id';
  const known = (id: string) => entries.some((e) => e.id === id);
  const panelPage = { id: OWN, url: 'chrome-extension://dynamic-id/panel.html?in=page&n=1', tab: { id: 3, index: 4 } };

  it('opens a known answer beside the panel’s tab, for the extension’s own pages only', async () => {
    const { api } = fakeApi();
    const message = { type: 'open-answer', id: 'dns-not-resolving', active: false };
    await expect(handleRuntimeMessage(message, panelPage, OWN, known, api)).resolves.toEqual({ ok: true });
    expect(api.createTab).toHaveBeenCalledWith({ url: `${ANSWER}#dns-not-resolving`, active: false, index: 5, openerTabId: 3 });

    const contentScript = { id: OWN, url: 'https://ems.element.io/user/billing', tab: { id: 3, index: 4 } };
    const otherExtension = { ...panelPage, id: 'someone-else' };
    for (const sender of [contentScript, otherExtension, undefined, {}]) {
      expect(handleRuntimeMessage(message, sender, OWN, known, api)).toBeUndefined();
    }
    expect(handleRuntimeMessage({ ...message, id: 'no-such-answer' }, panelPage, OWN, known, api)).toBeUndefined();
    expect(api.createTab).toHaveBeenCalledTimes(1);
  });

  it('opens the settings for the extension’s own pages (a framed panel may lack openOptionsPage)', async () => {
    const { api } = fakeApi();
    await expect(handleRuntimeMessage({ type: 'open-settings' }, panelPage, OWN, known, api)).resolves.toEqual({ ok: true });
    const contentScript = { id: OWN, url: 'https://ems.element.io/user/billing', tab: { id: 3, index: 4 } };
    expect(handleRuntimeMessage({ type: 'open-settings' }, contentScript, OWN, known, api)).toBeUndefined();
    expect(api.openSettings).toHaveBeenCalledTimes(1);
  });
});

describe('the omnibox', () => {
  it('suggests answers with the matched words marked for Chrome', () => {
    const [first, second] = omniboxSuggestions('telegram bridge', engine, entries, true);
    // The guide first, the FAQ answer about running one's own bridge next.
    expect(first).toEqual({
      content: 'ems-help:integrations-telegram-bridge',
      description: '<match>Telegram</match> <match>Bridge</match> <dim>· Integrations › EMS bridges</dim>',
    });
    expect(second).toEqual({
      content: 'ems-help:can-i-host-my-own-telegram-bridge',
      description: 'Can I host my own <match>Telegram</match> <match>bridge</match>? <dim>· FAQ › Integrations</dim>',
    });
  });

  it('says where each answer lives, so sections of the same name read differently', () => {
    const plain = omniboxSuggestions('export e2e room keys', engine, entries, false).map((s) => s.description);
    expect(plain).toContain('Export · Export and Import E2E Room Keys › Element iOS');
    expect(plain).toContain('Export · Export and Import E2E Room Keys › Element Android');
    expect(new Set(plain).size).toBe(plain.length);
    const marked = omniboxSuggestions('export e2e room keys', engine, entries, true).map((s) => s.description);
    expect(new Set(marked).size).toBe(marked.length);
  });

  it('offers the online EMS documentation’s search when nothing answers for sure', () => {
    expect(omniboxSuggestions('best pizza dough recipe', engine, entries, true)).toEqual([
      { content: 'ems-help-docs:best pizza dough recipe', description: 'Search the online EMS documentation for “best pizza dough recipe”' },
    ]);
    // Chrome reads the description as XML: what was typed is escaped.
    expect(omniboxSuggestions('a <b> & c', engine, entries, true)[0]!.description).toBe(
      'Search the online EMS documentation for “a &#60;b&#62; &#38; c”',
    );
    expect(omniboxSuggestions('   ', engine, entries, false)).toEqual([]);
  });

  it('opens the documentation’s search, and only that, when that suggestion is chosen', async () => {
    const { api, stash } = fakeApi();
    await handleOmniboxEnter('ems-help-docs:invoice vat', 'newForegroundTab', engine, entries, api);
    expect(api.createTab).toHaveBeenCalledWith({ url: 'https://ems-docs.element.io/search?term=invoice+vat', active: true });
    expect(stash.size).toBe(0);
  });

  it('gives plain descriptions where the browser has no markup (Firefox)', () => {
    expect(omniboxSuggestions('sepa', engine, entries, false)[0]!.description).toBe(
      'Do you offer other payment options like IBAN/SEPA? · FAQ › Pricing & Payments',
    );
  });

  it('escapes what it marks', () => {
    expect(markRanges('a <b> & c', [[6, 7]])).toBe('a &#60;b&#62; <match>&#38;</match> c');
  });

  it('opens the chosen answer, the best confident answer, or the index filtered by the text', () => {
    expect(omniboxTarget('ems-help:dns-not-resolving', engine, entries)).toBe('#dns-not-resolving');
    expect(omniboxTarget('max upload size', engine, entries)).toBe('#is-there-a-maximum-file-size-per-upload');
    expect(omniboxTarget('best pizza dough recipe', engine, entries)).toBeNull();
  });

  it('keeps the typed text out of the address (and so out of history): the answer tab takes it from session storage', async () => {
    const { api, stash } = fakeApi();
    await handleOmniboxEnter('best pizza dough recipe', 'newForegroundTab', engine, entries, api);
    const [token] = [...stash.keys()];
    expect(stash.get(token!)).toBe('best pizza dough recipe');
    expect(api.createTab).toHaveBeenCalledWith({ url: `${ANSWER}#index?pending=${token}`, active: true });
    expect(JSON.stringify(vi.mocked(api.createTab).mock.calls)).not.toMatch(/pizza/);
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
    const urls = await tabUrls();
    expect(urls.some((u) => u?.startsWith(`${ANSWER}#index?pending=`))).toBe(true);
    expect(urls.join(' ')).not.toContain('well-known');
  });

  it('opens the index, not a panel, when help appears in the side panel', async () => {
    const { api, sent } = fakeApi('sidepanel');
    const id = await openActiveTab('https://ems.element.io/user/hosting');
    expect(await handleMenuClick(SEARCH_MENU_ID, 'dns', await fakeBrowser.tabs.get(id), api)).toBe('index');
    expect(sent).toEqual([]);
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

describe('relayPanelPort (Firefox: a framed panel page has no tabs API)', () => {
  const OWN = 'ems-help@test';
  const PANEL_URL = 'moz-extension://uuid/panel.html?in=page&n=abc&kind=billing';

  /** A port whose listeners, messages and disconnects are recorded. */
  function fakePort(name: string, sender?: MessageSenderLike) {
    const onMessage: Array<(m: unknown) => void> = [];
    const onDisconnect: Array<() => void> = [];
    const port = {
      name,
      sender,
      posted: [] as unknown[],
      disconnected: false,
      postMessage: (m: unknown) => void port.posted.push(m),
      disconnect: () => {
        if (port.disconnected) return;
        port.disconnected = true;
        onDisconnect.forEach((l) => l());
      },
      onMessage: { addListener: (l: (m: unknown) => void) => void onMessage.push(l) },
      onDisconnect: { addListener: (l: () => void) => void onDisconnect.push(l) },
      receive: (m: unknown) => onMessage.forEach((l) => l(m)),
    };
    return port;
  }
  type MessageSenderLike = { id?: string; url?: string; tab?: { id?: number; index: number } };

  it("connects the panel to its own tab's content script, named with the panel's address, and passes messages both ways", () => {
    const panel = fakePort(PANEL_RELAY_PORT, { id: OWN, url: PANEL_URL, tab: { id: 7, index: 0 } });
    const opened: Array<[number, string]> = [];
    let inner: ReturnType<typeof fakePort> | undefined;
    relayPanelPort(panel, OWN, (tabId, name) => {
      opened.push([tabId, name]);
      inner = fakePort(name);
      return inner;
    });
    expect(opened).toEqual([[7, `${PANEL_RELAYED_PREFIX}${PANEL_URL}`]]);
    panel.receive({ type: 'size' });
    inner!.receive({ type: 'context' });
    expect(inner!.posted).toEqual([{ type: 'size' }]);
    expect(panel.posted).toEqual([{ type: 'context' }]);
    inner!.disconnect();
    expect(panel.disconnected).toBe(true);
  });

  it('closes the content script side when the panel goes', () => {
    const panel = fakePort(PANEL_RELAY_PORT, { id: OWN, url: PANEL_URL, tab: { id: 7, index: 0 } });
    let inner: ReturnType<typeof fakePort> | undefined;
    relayPanelPort(panel, OWN, (_tabId, name) => (inner = fakePort(name)));
    panel.disconnect();
    expect(inner!.disconnected).toBe(true);
  });

  it.each([
    ['another extension', { id: 'other@test', url: PANEL_URL, tab: { id: 7, index: 0 } }],
    ['no tab (the side panel, the background)', { id: OWN, url: PANEL_URL }],
    ['another page of the extension', { id: OWN, url: 'moz-extension://uuid/options.html', tab: { id: 7, index: 0 } }],
    ['the side panel page', { id: OWN, url: 'moz-extension://uuid/panel.html?tab=7', tab: { id: 7, index: 0 } }],
  ])('refuses %s', (_what, sender) => {
    const panel = fakePort(PANEL_RELAY_PORT, sender);
    const connect = vi.fn();
    relayPanelPort(panel, OWN, connect);
    expect(connect).not.toHaveBeenCalled();
    expect(panel.disconnected).toBe(true);
  });

  it('leaves ports of any other name alone', () => {
    const port = fakePort('something-else', { id: OWN, url: PANEL_URL, tab: { id: 7, index: 0 } });
    const connect = vi.fn();
    relayPanelPort(port, OWN, connect);
    expect(connect).not.toHaveBeenCalled();
    expect(port.disconnected).toBe(false);
  });
});
