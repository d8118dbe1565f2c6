// The panel in someone else's page, in Chromium: compared with the same page in a browser
// without the extension (what a user does with the panel is in scenarios.ts, both browsers).

import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, setUpExtensionBrowser } from './browser';

const env = setUpExtensionBrowser();

const panel = (page: Page) => page.getByRole('complementary', { name: 'EMS Help' });

async function open(path: string): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(`https://ems.element.io${path}`);
  await panel(page).waitFor();
  return page;
}

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
