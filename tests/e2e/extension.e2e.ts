// The built extension in a real Chromium, on the local replica of the EMS control panel.

import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { HOST, panelIn } from './panel-frame';

const env = setUpExtensionBrowser();

describe('the built extension', () => {
  it('mounts its panel element on https://ems.element.io/user/hosting', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting');
    await expect.poll(() => page.locator(HOST).count()).toBe(1);
    await expect.poll(async () => (await panelIn(page)).count()).toBe(1);
    await page.close();
  });

  it('opens the popup page with the search box focused', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.browser.extensionUrl('popup.html'));
    const search = page.getByRole('combobox', { name: 'Search the EMS FAQ' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('opens answer.html on an entry', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.browser.extensionUrl('answer.html#how-do-i-update-my-payment-info'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('How do I update my payment info?');
    await page.close();
  });
});
