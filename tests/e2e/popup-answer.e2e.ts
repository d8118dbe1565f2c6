// The popup and the answer tab in the real env.browser.

import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';

const env = setUpExtensionBrowser();

describe('popup → answer tab', () => {
  it('types a query, picks a result with the keyboard, and opens the answer tab', async () => {
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.extensionUrl('popup.html'));
    const box = popup.getByRole('combobox', { name: 'Search the EMS FAQ' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), { timeout: 5000 }).toBe(true);
    await popup.keyboard.type('slack bridge');
    const listbox = popup.getByRole('listbox', { name: 'Answers' });
    const options = listbox.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    // Results for the whole query (not a prefix still being typed) before moving through them.
    await expect.poll(() => options.first().textContent()).toContain('Slack bridge');
    expect(await options.first().locator('mark').count()).toBeGreaterThan(0);

    // ↓ moves to the second result, ↓ again to the third; ↑ back to the second, which Enter opens.
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    const second = options.nth(1);
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    expect(await second.getAttribute('aria-selected')).toBe('true');
    const title = await second.locator('.option-title').textContent();

    const opened = env.browser.context.waitForEvent('page', { timeout: 10_000 });
    // The popup closes itself once the answer tab is open, which may end the key press.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    const tab = await opened;
    await tab.waitForLoadState('load', { timeout: 10_000 });
    expect(tab.url()).toMatch(/answer\.html#[a-z0-9-]+$/);
    await expect.poll(() => tab.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await expect.poll(() => popup.isClosed()).toBe(true);
    await tab.close();
  });
});

describe('the answer tab', () => {
  it('opens a deep link, follows the FAQ’s own link to another answer, and goes back', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.browser.extensionUrl('answer.html#what-is-the-difference-between-the-free-and-paid-slack-bridge'));
    const h1 = page.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.textContent()).toBe('What is the difference between the free and paid Slack bridge?');
    expect(await page.title()).toBe('What is the difference between the free and paid Slack bridge? · EMS Help');

    await page.getByRole('article').getByRole('link', { name: 'Does DMs count towards the 20 channel limit for the paid Slack bridge?' }).click();
    await expect.poll(() => h1.textContent()).toBe('Does DMs count towards the 20 channel limit for the paid Slack bridge?');
    expect(page.url()).toBe(env.browser.extensionUrl('answer.html#does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge'));

    await page.goBack();
    await expect.poll(() => h1.textContent()).toBe('What is the difference between the free and paid Slack bridge?');
    await page.goForward();
    await expect.poll(() => h1.textContent()).toBe('Does DMs count towards the 20 channel limit for the paid Slack bridge?');
    await page.close();
  });

  it('shows the index and "not found" for an unknown id', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.browser.extensionUrl('answer.html#index'));
    // Every FAQ question and every guide page (and the book's own start page).
    const faq = page.getByRole('main').getByRole('region', { name: 'Frequently Asked Questions' });
    await expect.poll(() => faq.getByRole('link').count()).toBe(44);
    expect(await page.getByRole('main').getByRole('link').count()).toBe(44 + 34);
    await page.goto(env.browser.extensionUrl('answer.html#no-such-answer-about-dns'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This answer was not found');
    await page.close();
  });
});
