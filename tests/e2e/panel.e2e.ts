// The side panel in the real browser, on the local replica of the EMS control panel.

import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, setUpExtensionBrowser } from './browser';

const env = setUpExtensionBrowser();

const panel = (page: Page) => page.getByRole('complementary', { name: 'EMS Help' });
const questions = (page: Page) =>
  panel(page).locator('button[aria-expanded][data-entry-id]').allTextContents();
const listHeading = (page: Page) => panel(page).getByRole('heading', { level: 3 }).textContent();

async function open(path: string): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(`https://ems.element.io${path}`);
  await panel(page).waitFor();
  return page;
}

describe('the panel shows the right questions on each page', () => {
  it.each([
    ['/user/hosting', 'Hosting · Hosts', 'Are you able to use a custom domain like: "matrix.example.com"?'],
    ['/user/billing', 'Billing · Payment details', 'How do I update my payment info?'],
    ['/user/account', 'Account', 'Please discontinue my account'],
    ['/support', 'Support', 'I deleted my host, now my server name is taken and I cannot rebuild'],
  ])('%s', async (path, label, question) => {
    const page = await open(path);
    await expect.poll(() => listHeading(page)).toBe(`Suggested for ${label}`);
    expect(await questions(page)).toContain(question);
    expect(await questions(page)).toHaveLength(5);
    await page.close();
  });
});

describe('following the single-page app', () => {
  it('changes its suggestions as the app moves, without a reload and with one panel', async () => {
    const page = await open('/user/hosting');
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));

    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await expect.poll(() => listHeading(page)).toBe('Suggested for Billing · Payment details');
    expect(await questions(page)).toContain('How do I update my payment info?');

    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect.poll(() => listHeading(page)).toBe('Suggested for Account');
    expect((await questions(page))[0]).toBe('Please discontinue my account');

    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    expect(await page.locator('ems-help-panel').count()).toBe(1);
    await page.close();
  });

  it('follows a #/… tab change on the hosting page', async () => {
    const page = await open('/user/hosting#/hosts');
    await page.getByRole('link', { name: 'Integrations' }).click();
    await expect.poll(() => listHeading(page)).toBe('Suggested for Hosting · Integrations');
    expect(await questions(page)).toContain('Can I host my own Telegram bridge?');
    await page.getByRole('link', { name: 'Server Admin' }).click();
    await expect.poll(() => listHeading(page)).toBe('Suggested for Hosting · Server Admin');
    expect((await questions(page)).slice(0, 3)).toEqual(['Add Users', 'Reset User Password', 'How do I delete users when administering the server?']);
    expect(await page.locator('ems-help-panel').count()).toBe(1);
    await page.close();
  });

  it('keeps the folded state across navigation and reloads, per page kind', async () => {
    const page = await open('/user/billing');
    await panel(page).getByRole('searchbox', { name: 'Search the EMS FAQ' }).focus();
    await page.keyboard.press('Escape');
    const launcher = page.getByRole('button', { name: 'Open EMS Help' });
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);

    await page.getByRole('link', { name: 'Hosting', exact: true }).click();
    await panel(page).waitFor();
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await launcher.waitFor();
    await page.reload();
    await launcher.waitFor();
    expect(await panel(page).count()).toBe(0);
    await launcher.click();
    await panel(page).waitFor();
    await page.close();
  });
});

describe('answers', () => {
  it('expands an answer in place and opens it in a tab', async () => {
    const page = await open('/user/billing');
    await panel(page).getByRole('button', { name: 'How do I update my payment info?' }).click();
    const answer = panel(page).getByRole('region', { name: 'How do I update my payment info?' });
    await expect.poll(() => answer.textContent()).toContain('From here you can update your payment details.');

    const [tab] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      answer.getByRole('button', { name: 'Open in tab' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(env.browser.extensionUrl('answer.html#how-do-i-update-my-payment-info'));
    await expect.poll(() => tab.getByRole('heading', { level: 1 }).textContent()).toBe('How do I update my payment info?');
    await tab.close();
    await page.close();
  });

  it('searches the whole FAQ from the panel', async () => {
    const page = await open('/support');
    await panel(page).getByRole('searchbox', { name: 'Search the EMS FAQ' }).fill('cloudfare proxy');
    await expect.poll(async () => (await questions(page))[0]).toBe("CNAME doesn't work with CloudFlare?");
    await panel(page).getByRole('searchbox', { name: 'Search the EMS FAQ' }).fill('zzzz qqqq');
    await expect.poll(() => panel(page).getByText('No answers match “zzzz qqqq”.').count()).toBe(1);
    await page.close();
  });
});

describe('in someone else’s page', () => {
  /** The page's own DOM (without our host element) and the boxes of its main parts. */
  const pageState = (page: Page) =>
    page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('ems-help-panel').forEach((el) => el.remove());
      const boxes = ['header', 'main', 'h1', 'nav.tabs', '.card'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
      });
      return { html: clone.outerHTML, boxes };
    });

  it('leaves the page’s DOM and layout as they were, and keeps its own look under hostile CSS', async () => {
    // The same page in a browser without the extension, for comparison.
    const plain = await chromium.launch({
      executablePath: findChromium(),
      args: [`--host-resolver-rules=MAP ems.element.io 127.0.0.1:${env.replica.port}`, '--no-sandbox', '--disable-gpu', '--disable-quic'],
    });
    const plainPage = await plain.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
    await plainPage.goto('https://ems.element.io/user/hosting?hostile=1');
    const expected = await pageState(plainPage);
    await plain.close();

    const page = await open('/user/hosting?hostile=1');
    expect(await pageState(page)).toEqual(expected);

    const look = () =>
      panel(page).evaluate((el) => {
        const button = el.querySelector('button[data-entry-id]')!;
        const s = getComputedStyle(button);
        const p = getComputedStyle(el);
        return { font: s.fontFamily, color: s.color, size: s.fontSize, width: p.width, bg: p.backgroundColor };
      });
    const hostile = await look();
    expect(hostile.font).not.toMatch(/^serif/);
    expect(hostile.color).toBe('rgb(23, 25, 28)');
    expect(hostile.size).toBe('14px');
    expect(hostile.width).toBe('344px');
    expect(hostile.bg).toBe('rgb(255, 255, 255)');
    await page.close();

    const calm = await open('/user/hosting');
    const calmLook = await panel(calm).evaluate((el) => getComputedStyle(el.querySelector('button[data-entry-id]')!).fontFamily);
    expect(hostile.font).toBe(calmLook);
    await calm.close();
  });
});
