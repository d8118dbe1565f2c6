// Help from anywhere: the keyboard command and context menu reach the panel through the
// background, and settings apply to an open EMS tab without a reload.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';

const env = setUpExtensionBrowser();

const panel = (page: Page) => page.getByRole('complementary', { name: 'EMS Help' });

/** Sends, from the service worker, the message the background sends to the EMS tab. */
async function sendToEmsTab(message: unknown) {
  await env.browser.serviceWorker.evaluate(async (msg) => {
    const [tab] = await chrome.tabs.query({ url: 'https://ems.element.io/*' });
    await chrome.tabs.sendMessage(tab!.id!, msg);
  }, message);
}

describe('help from anywhere', () => {
  it('the keyboard command’s message hides and shows the panel', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/account');
    await panel(page).waitFor();
    await sendToEmsTab({ type: 'toggle-panel' });
    await page.getByRole('button', { name: 'Open EMS Help' }).waitFor();
    expect(await panel(page).count()).toBe(0);
    await sendToEmsTab({ type: 'toggle-panel' });
    await panel(page).waitFor();
    await page.close();
  });

  it('the context menu’s message opens the panel searching for the selection', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting');
    await panel(page).waitFor();
    await page.keyboard.press('Escape'); // folded: the message must open it again
    await sendToEmsTab({ type: 'search-panel', query: 'cloudflare proxy' });
    const box = panel(page).getByRole('searchbox', { name: 'Search the EMS FAQ' });
    await expect.poll(() => box.inputValue()).toBe('cloudflare proxy');
    await expect
      .poll(() => panel(page).locator('button[data-entry-id]').first().textContent())
      .toBe("CNAME doesn't work with CloudFlare?");
    await page.close();
  });

  it('moves the open panel to the left when the setting changes, without a reload', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/billing');
    await panel(page).waitFor();
    const before = await panel(page).boundingBox();
    expect(before!.x).toBeGreaterThan(640);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    const options = await env.browser.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    await options.getByRole('radio', { name: 'Left edge of the page' }).check();

    await expect.poll(async () => (await panel(page).boundingBox())!.x).toBeLessThan(40);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await options.getByRole('radio', { name: 'Right edge of the page' }).check();
    await options.close();
    await page.close();
  });
});
