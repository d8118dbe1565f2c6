// The panel page in the browser's side panel. Playwright cannot drive Chrome's side panel
// itself (it is browser UI, not a page), so the test opens panel.html as a tab with
// `?tab=<id>`, which pins it to that tab exactly as the side panel follows its window's
// active tab (same code path: components/panel/PanelApp.tsx, useFollowedTab).

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { HOST, panelFrame, panelIn } from './panel-frame';

const env = setUpExtensionBrowser();

/** The id of the tab showing `url` (first match), read in the service worker. */
const tabIdOf = (pattern: string) =>
  env.browser.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, pattern);

async function sidePanelFor(tabId: number): Promise<Page> {
  const side = await env.browser.newPage();
  await side.goto(env.browser.extensionUrl(`panel.html?tab=${tabId}`));
  return side;
}

const heading = (page: Page) => page.getByRole('complementary', { name: 'EMS Help' }).getByRole('heading', { level: 3 }).textContent();

describe('the side panel', () => {
  it('shows the tab’s suggestions and follows its route changes', async () => {
    const ems = await env.browser.newPage();
    await ems.goto('https://ems.element.io/user/billing');
    await panelFrame(ems);
    const side = await sidePanelFor(await tabIdOf('https://ems.element.io/user/billing*'));
    await expect.poll(() => heading(side)).toBe('Suggested for Billing · Payment details');
    expect(await side.getByRole('button', { name: 'Hide EMS Help' }).count()).toBe(0);

    await ems.getByRole('link', { name: 'Account', exact: true }).click();
    await expect.poll(() => heading(side)).toBe('Suggested for Account');
    await ems.getByRole('link', { name: 'Hosting', exact: true }).click();
    await ems.getByRole('link', { name: 'Server Admin' }).click();
    await expect.poll(() => heading(side)).toBe('Suggested for Hosting · Server Admin');

    await side.getByRole('searchbox', { name: 'Search the FAQ and guides' }).fill('telegram bridge');
    // The whole FAQ, ranked as everywhere (the omnibox's unit test): the bridge's guide page
    // first, the FAQ answer about running one's own bridge next, each group with its page's
    // (or FAQ section's) other results under it.
    await expect.poll(async () => (await side.locator('.hit-group-title').allTextContents()).slice(0, 2)).toEqual(['Telegram Bridge', 'Integrations']);
    const firstOfGroup = (n: number) => side.locator(`.hit-group >> nth=${n}`).locator('button[data-entry-id] .entry-title > span:first-child').first().textContent();
    // (Under a heading that names it, the guide page's own row reads "Overview"; its title follows, unseen.)
    expect(await firstOfGroup(0)).toBe('Overview: Telegram Bridge');
    expect(await firstOfGroup(1)).toBe('Can I host my own Telegram bridge?');
    await side.close();
    await ems.close();
  });

  it('where help is in the side panel only, shows the answer to a warning on the tab’s screen first', async () => {
    const options = await env.browser.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    await options.getByRole('radio', { name: 'In the browser’s side panel' }).check();
    const ems = await env.browser.newPage();
    await ems.goto('https://ems.element.io/user/hosting#/server-admin');
    const side = await sidePanelFor(await tabIdOf('https://ems.element.io/user/hosting*'));
    await expect.poll(() => heading(side)).toBe('Suggested for Hosting · Server Admin');
    expect(await ems.locator(HOST).count()).toBe(0);

    await ems.getByRole('button', { name: 'Delete room' }).click();
    const pinned = side.getByRole('region', { name: 'About the warning on this page' });
    await expect.poll(() => pinned.locator('button[data-entry-id]').first().textContent()).toBe('What is a "system" room?');
    await ems.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => pinned.count()).toBe(0);

    await options.getByRole('radio', { name: 'In the EMS page' }).check();
    for (const page of [side, ems, options]) await page.close();
  });

  it('off EMS offers search and the index', async () => {
    const other = await env.browser.newPage();
    await other.goto(env.browser.extensionUrl('options.html'));
    const side = await sidePanelFor(await tabIdOf(env.browser.extensionUrl('options.html')));
    await expect.poll(() => side.getByText('Not an EMS page').count()).toBe(1);
    expect(await side.getByRole('link', { name: 'Browse all answers' }).getAttribute('href')).toMatch(/answer\.html#index$/);
    await side.getByRole('searchbox', { name: 'Search the FAQ and guides' }).fill('sepa');
    await expect
      .poll(() => side.locator('button[data-entry-id]').first().textContent())
      .toBe('Do you offer other payment options like IBAN/SEPA?');
    await side.close();
    await other.close();
  });

  it('“Open in side panel” in the page’s panel opens the real side panel and folds the in-page one', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/billing');
    await (await panelIn(page)).getByRole('button', { name: 'Open in side panel' }).click();
    await (await panelFrame(page)).getByRole('button', { name: 'Open EMS Help' }).waitFor();
    // The side panel is browser UI, not a page Playwright lists; the extension's own list of
    // its contexts shows it, with the panel page in it.
    const sidePanels = () =>
      env.browser.serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { getContexts(filter: object): Promise<Array<{ documentUrl?: string }>> } };
        };
        return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
      });
    await expect.poll(sidePanels).toEqual([env.browser.extensionUrl('panel.html')]);
    await page.close();
  });

  it('choosing it in the settings takes the panel out of open EMS tabs at once, and back', async () => {
    const ems = await env.browser.newPage();
    await ems.goto('https://ems.element.io/user/support');
    await (await panelIn(ems)).waitFor();
    const options = await env.browser.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    await options.getByRole('radio', { name: 'In the browser’s side panel' }).check();
    await expect.poll(() => ems.locator(HOST).count()).toBe(0);
    await options.getByRole('radio', { name: 'In the EMS page' }).check();
    await expect.poll(() => ems.locator(HOST).count()).toBe(1);
    await (await panelIn(ems)).waitFor();
    await options.close();
    await ems.close();
  });
});
