// Help from anywhere: the keyboard command and context menu reach the panel through the
// background, and settings apply to an open EMS tab without a reload.

import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { HOST, panelFrame, panelIn } from './panel-frame';

const env = setUpExtensionBrowser();

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
    await (await panelIn(page)).waitFor();
    await sendToEmsTab({ type: 'toggle-panel' });
    await (await panelFrame(page)).getByRole('button', { name: 'Open EMS Help' }).waitFor();
    expect(await (await panelIn(page)).count()).toBe(0);
    await sendToEmsTab({ type: 'toggle-panel' });
    await (await panelIn(page)).waitFor();
    await page.close();
  });

  it('the context menu’s message opens the panel searching for the selection', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting');
    await (await panelIn(page)).getByRole('button', { name: 'Hide EMS Help' }).click(); // folded: the message must open it again
    await (await panelFrame(page)).getByRole('button', { name: 'Open EMS Help' }).waitFor();
    await sendToEmsTab({ type: 'search-panel', query: 'cloudflare proxy' });
    const panel = await panelIn(page);
    const box = panel.getByRole('searchbox', { name: 'Search the EMS FAQ' });
    await expect.poll(() => box.inputValue()).toBe('cloudflare proxy');
    await expect.poll(() => panel.locator('button[data-entry-id]').first().textContent()).toBe("CNAME doesn't work with CloudFlare?");
    await page.close();
  });

  it('ignores malformed and unknown messages', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/account');
    await (await panelIn(page)).waitFor();
    for (const message of [{}, { type: 'constructor' }, { type: 'search-panel', query: 'x'.repeat(10_000) }, { type: 'search-panel' }, null, 'toggle-panel']) {
      await sendToEmsTab(message).catch(() => undefined); // no receiver answers: that is the point
    }
    await page.waitForTimeout(300);
    expect(await (await panelIn(page)).count()).toBe(1);
    expect(await (await panelIn(page)).getByRole('searchbox').inputValue()).toBe('');
    await page.close();
  });

  it('moves the open panel to the left when the setting changes, without a reload', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/billing');
    await (await panelIn(page)).waitFor();
    const host = page.locator(HOST);
    const before = await host.boundingBox();
    expect(before!.x).toBeGreaterThan(640);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    const options = await env.browser.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    await options.getByRole('radio', { name: 'Left edge of the page' }).check();

    await expect.poll(async () => (await host.boundingBox())!.x).toBeLessThan(40);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await options.getByRole('radio', { name: 'Right edge of the page' }).check();
    await options.close();
    await page.close();
  });
});
