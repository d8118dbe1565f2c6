// Nothing lost, nothing leaked, nothing broken: long navigation and an extension reload
// under an open page (Chromium's DevTools protocol and service worker). No request outside
// the extension and the EMS page is a shared scenario: scenarios.ts.

import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { SEARCH_MENU_ID } from '../../lib/background/handlers';
import { HOST, panelFrame, panelFrameCount, panelIn } from './panel-frame';

const env = setUpExtensionBrowser();

/** Route changes through the replica's own nav and tabs, four per round, ending where it began. */
const ROUND = ['Billing', 'Account', 'Support', 'Hosting'];

async function navigate(page: Page, times: number) {
  for (let i = 0; i < times; i++) {
    const name = ROUND[i % ROUND.length]!;
    await page.getByRole('link', { name, exact: true }).click();
    await expect.poll(async () => (await panelIn(page)).locator('.panel-page').textContent()).toMatch(new RegExp(`^${name}`));
  }
}

/** DOM nodes, listeners and JS heap of a document: the EMS page, or the panel's own frame (another process). */
async function domMetrics(page: Page, target: Page | Frame = page) {
  const cdp = await page.context().newCDPSession(target);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const get = (name: string) => metrics.find((m) => m.name === name)!.value;
  return { nodes: get('Nodes'), listeners: get('JSEventListeners'), heapMiB: Math.round((get('JSHeapUsedSize') / 2 ** 20) * 10) / 10 };
}

describe('nothing lost, nothing leaked', () => {
  // Stated bound: after 200 route changes, DOM nodes and event listeners are within 5% (and
  // at least 25 nodes / 10 listeners of slack for GC timing) of their count after the first 20.
  it('200 route changes leave one panel and no growth in DOM nodes, listeners or JS heap', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting');
    await (await panelIn(page)).waitFor();
    await navigate(page, 20);
    const early = await domMetrics(page);
    const earlyPanel = await domMetrics(page, await panelFrame(page));
    await navigate(page, 180);
    const late = await domMetrics(page);
    const latePanel = await domMetrics(page, await panelFrame(page));

    expect(await page.locator(HOST).count()).toBe(1);
    expect(panelFrameCount(page)).toBe(1);
    expect(late.nodes).toBeLessThanOrEqual(early.nodes + Math.max(25, early.nodes * 0.05));
    expect(late.listeners).toBeLessThanOrEqual(early.listeners + Math.max(10, early.listeners * 0.05));
    // The JS heap, after a forced collection: within 20% (and 2 MiB of slack) of its size
    // after the first 20 changes, in the page and in the panel's own document.
    expect(late.heapMiB).toBeLessThanOrEqual(early.heapMiB * 1.2 + 2);
    expect(latePanel.heapMiB).toBeLessThanOrEqual(earlyPanel.heapMiB * 1.2 + 2);
    expect(latePanel.nodes).toBeLessThanOrEqual(earlyPanel.nodes + Math.max(25, earlyPanel.nodes * 0.05));
    console.log(
      `after 20 route changes: page ${JSON.stringify(early)}, panel ${JSON.stringify(earlyPanel)}; ` +
        `after 200: page ${JSON.stringify(late)}, panel ${JSON.stringify(latePanel)}`,
    );
    await page.close();
  }, 120_000);

  it('makes no network request outside the extension and the EMS page itself, from any surface or entry point', async () => {
    const requests: string[] = [];
    env.browser.context.on('request', (request) => requests.push(request.url()));
    // Ours is the only extension in this profile; the panel's frame is loaded through a
    // per-session dynamic id (`use_dynamic_url`), so any chrome-extension: URL is ours.
    const allowed = (url: string) =>
      url.startsWith('chrome-extension://') || url.startsWith('https://ems.element.io/') || url.startsWith('data:');

    // Every surface, used as a person would.
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting#/integrations');
    // No room beside the bridge cards: the launcher, which opens the panel on request.
    await (await panelFrame(page)).getByRole('button', { name: 'Open EMS Help' }).click();
    const panel = await panelIn(page);
    await panel.getByRole('button', { name: 'Can I host my own Telegram bridge?' }).click();
    await panel.getByRole('searchbox', { name: 'Search the FAQ and guides' }).fill('custom domain');
    await panel.locator('button[data-entry-id]').first().click();
    const side = await env.browser.newPage();
    await side.goto(env.browser.extensionUrl('panel.html'));
    await side.getByRole('searchbox', { name: 'Search the FAQ and guides' }).fill('bridge');
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.extensionUrl('popup.html'));
    await popup.keyboard.type('well-known');
    await popup.getByRole('option').first().waitFor();
    const tab = await env.browser.newPage();
    await tab.goto(env.browser.extensionUrl('answer.html#can-i-customize-the-element-web-login-page'));
    await tab.goto(env.browser.extensionUrl('answer.html#index'));
    await tab.getByRole('searchbox', { name: 'Filter answers' }).fill('bridge');
    await tab.goto(env.browser.extensionUrl('options.html'));
    await tab.getByRole('radio', { name: 'Dark' }).check();
    await tab.getByRole('radio', { name: 'Same as the system' }).check();

    // The browser-level entry points, through the background's real listeners: the omnibox
    // (typing, then Enter), the keyboard command and the context menu on the EMS tab. The
    // browser's own UI cannot be driven headless; its events can be dispatched in the worker.
    const opened = env.browser.context.waitForEvent('page', { timeout: 10_000 });
    await env.browser.serviceWorker.evaluate(async (menuId) => {
      const api = (globalThis as unknown as { chrome: Record<string, Record<string, { dispatch(...args: unknown[]): void }>> & { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
      api.omnibox!.onInputChanged!.dispatch('custom domain', () => undefined);
      api.omnibox!.onInputEntered!.dispatch('custom domain', 'newForegroundTab');
      const [emsTab] = await api.tabs.query({ url: 'https://ems.element.io/*' });
      api.commands!.onCommand!.dispatch('toggle-panel', emsTab);
      api.contextMenus!.onClicked!.dispatch({ menuItemId: menuId, selectionText: 'cloudflare proxy' }, emsTab);
    }, SEARCH_MENU_ID);
    const omniboxTab = await opened;
    await expect.poll(() => omniboxTab.url()).toMatch(/answer\.html#/);
    // What the entry points opened has loaded and settled.
    await page.waitForTimeout(1500);

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !allowed(url))).toEqual([]);
    for (const p of [page, popup, tab, side, omniboxTab]) await p.close();
  });

  it('reloading the extension leaves no orphan panel, no page error, and the page working', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('https://ems.element.io/user/billing');
    await (await panelIn(page)).waitFor();

    // The worker goes away mid-call as the extension reloads.
    await env.browser.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);

    // The old content script notices it was invalidated and removes its panel.
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('link', { name: 'Support', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Support');
    expect(errors).toEqual([]);
    await page.close();
  });
});
