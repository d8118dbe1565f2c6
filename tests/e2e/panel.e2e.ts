// The panel in the real browser, on the local replica of the EMS control panel. The panel is
// an extension page in a frame (see panel-frame.ts for how a test reaches it).

import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, setUpExtensionBrowser } from './browser';
import { HOST, panelFrame, panelFrameCount, panelIn } from './panel-frame';

const env = setUpExtensionBrowser();

const questions = async (page: Page) =>
  (await panelIn(page)).locator('button[aria-expanded][data-entry-id]').allTextContents();
const listHeading = async (page: Page) => (await panelIn(page)).getByRole('heading', { level: 3 }).textContent();
const launcher = async (page: Page) => (await panelFrame(page)).getByRole('button', { name: 'Open EMS Help' });

async function open(path: string): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(`https://ems.element.io${path}`);
  await (await panelIn(page)).waitFor();
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
    expect(await page.locator(HOST).count()).toBe(1);
    expect(panelFrameCount(page)).toBe(1);
    await page.close();
  });

  it('follows a #/… tab change on the hosting page', async () => {
    const page = await open('/user/hosting#/hosts');
    await page.getByRole('link', { name: 'Server Admin' }).click();
    await expect.poll(() => listHeading(page)).toBe('Suggested for Hosting · Server Admin');
    expect((await questions(page))[0]).toBe('How do I delete users when administering the server?');
    // The Integrations tab's bridge cards span the content: the panel folds to its launcher
    // there, and opens on request with that tab's answers.
    await page.getByRole('link', { name: 'Integrations' }).click();
    await (await launcher(page)).click();
    await expect.poll(() => listHeading(page)).toBe('Suggested for Hosting · Integrations');
    expect(await questions(page)).toContain('Can I host my own Telegram bridge?');
    expect(await page.locator(HOST).count()).toBe(1);
    await page.close();
  });

  it('keeps the folded state across navigation and reloads, per page kind', async () => {
    const page = await open('/user/billing');
    await (await panelIn(page)).getByRole('searchbox', { name: 'Search the EMS FAQ' }).focus();
    await page.keyboard.press('Escape');
    const button = await launcher(page);
    await button.waitFor();
    expect(await button.evaluate((el) => document.activeElement === el && document.hasFocus())).toBe(true);

    await page.getByRole('link', { name: 'Hosting', exact: true }).click();
    await (await panelIn(page)).waitFor();
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await (await launcher(page)).waitFor();
    await page.reload();
    await (await launcher(page)).waitFor();
    expect(await (await panelIn(page)).count()).toBe(0);
    await (await launcher(page)).click();
    await (await panelIn(page)).waitFor();
    await page.close();
  });
});

describe('answers', () => {
  it('expands an answer in place and opens it in a tab', async () => {
    const page = await open('/user/billing');
    const panel = await panelIn(page);
    await panel.getByRole('button', { name: 'How do I update my payment info?' }).click();
    const answer = panel.getByRole('region', { name: 'How do I update my payment info?' });
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
    const panel = await panelIn(page);
    await panel.getByRole('searchbox', { name: 'Search the EMS FAQ' }).fill('cloudfare proxy');
    await expect.poll(async () => (await questions(page))[0]).toBe("CNAME doesn't work with CloudFlare?");
    await panel.getByRole('searchbox', { name: 'Search the EMS FAQ' }).fill('zzzz qqqq');
    await expect.poll(() => panel.getByText('No answers match “zzzz qqqq”.').count()).toBe(1);
    await page.close();
  });
});

describe('keyboard', () => {
  it('Tab reaches the panel from the page and leaves it; Esc folds it to the launcher', async () => {
    const page = await open('/support');
    const frame = await panelFrame(page);
    // From the page's last control, Tab goes into the panel…
    await page.getByRole('button', { name: 'Open a support request' }).focus();
    let inPanel = false;
    for (let i = 0; i < 4 && !inPanel; i++) {
      await page.keyboard.press('Tab');
      inPanel = await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body);
    }
    expect(inPanel).toBe(true);
    // …and Shift+Tab from its first control leaves it for the page again.
    const first = await frame.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toBe('Open in side panel');
    await page.keyboard.press('Shift+Tab');
    expect(await frame.evaluate(() => document.hasFocus())).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open a support request');

    await (await panelIn(page)).getByRole('searchbox', { name: 'Search the EMS FAQ' }).focus();
    await page.keyboard.press('Escape');
    const button = await launcher(page);
    await expect.poll(() => button.evaluate((el) => document.activeElement === el)).toBe(true);
    await page.close();
  });
});

describe('in someone else’s page', () => {
  /** The page's own DOM (without our host element) and the boxes of its main parts. */
  const pageState = (page: Page) =>
    page.evaluate((host) => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll(host).forEach((el) => el.remove());
      const boxes = ['header', 'main', 'h1', 'nav.tabs', '.card'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
      });
      return { html: clone.outerHTML, boxes };
    }, HOST);

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

    const look = async (p: Page) =>
      (await panelIn(p)).evaluate((el) => {
        const button = el.querySelector('button[data-entry-id]')!;
        const s = getComputedStyle(button);
        const panel = getComputedStyle(el);
        return { font: s.fontFamily, color: s.color, size: s.fontSize, width: panel.width, bg: panel.backgroundColor };
      });
    const hostile = await look(page);
    expect(hostile.font).not.toMatch(/^serif/);
    expect(hostile.color).toBe('rgb(23, 25, 28)');
    expect(hostile.size).toBe('14px');
    expect(hostile.width).toBe('344px');
    expect(hostile.bg).toBe('rgb(255, 255, 255)');
    // The host keeps its place and size whatever the page's CSS says.
    const box = await page.locator(HOST).boundingBox();
    expect(box).toMatchObject({ y: 72, width: 344 });
    await page.close();

    const calm = await open('/user/hosting');
    expect((await look(calm)).font).toBe(hostile.font);
    await calm.close();
  });
});
