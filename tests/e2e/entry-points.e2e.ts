// Help from anywhere: the keyboard command and context menu reach the panel through the
// background. (Settings reaching an open tab is a shared scenario: scenarios.ts.)

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
});
