// The in-page panel's first state is drawn by the panel page's first script before React has
// arrived (components/panel/first-paint.ts); React's first render then replaces it. Nothing
// may move or blink when it does (issue 21, "Fast to appear", and "nothing that flickers or
// jumps"): the first answers keep their words and their boxes, and the list is never empty
// in between. tests/unit/first-paint.test.tsx holds the markup to React's; this holds the
// real browser's layout to it.

import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { panelFrame } from './panel-frame';

const env = setUpExtensionBrowser();

/**
 * Run in every document before its own scripts; in the panel's frame it notes each new
 * frame-root with answers in it (the first script's, then React's): the first answers'
 * words and boxes, whether the first script had drawn by then, and any moment after the
 * first drawing without an answer listed.
 */
const WATCH_SCRIPT = `
  if (/^chrome-extension:/.test(location.protocol)) {
    const drawn = (window.firstPaintWatch = { roots: [], blank: 0 });
    let last = null;
    new MutationObserver(() => {
      const root = document.querySelector('#root > .frame-root');
      const items = root ? [...root.querySelectorAll('.panel-list li')] : [];
      if (items.length === 0) { if (drawn.roots.length > 0) drawn.blank++; return; }
      if (root === last) return;
      last = root;
      drawn.roots.push({
        byFirstScript: performance.getEntriesByName('ems-help:first-paint').length > 0,
        items: items.slice(0, 3).map((li) => {
          const box = li.getBoundingClientRect();
          return { text: li.textContent, x: box.x, y: box.y, width: box.width, height: box.height };
        }),
      });
    }).observe(document, { childList: true, subtree: true });
  }
`;

interface Watched {
  roots: Array<{ byFirstScript: boolean; items: Array<{ text: string; x: number; y: number; width: number; height: number }> }>;
  blank: number;
}

describe('the panel’s first paint, before React (issue 21)', () => {
  it('React takes over the first script’s drawing without a jump: the same first answers in the same boxes', async () => {
    // A browser that has been running a moment: its background keeps the policy's copy, which
    // the first script needs to know there is no policy (right after start it draws nothing).
    await env.browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } };
      for (let i = 0; i < 200; i++) {
        if ((await chrome.storage.session.get('managed-policy-copy'))['managed-policy-copy'] !== undefined) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await env.browser.context.addInitScript({ content: WATCH_SCRIPT });
    const page = await env.browser.newPage();
    for (const path of ['/user/hosting', '/user/billing']) {
      await page.goto(`https://ems.element.io${path}`);
      const frame = await panelFrame(page);
      const watched = () => frame.evaluate(() => (window as unknown as { firstPaintWatch: Watched }).firstPaintWatch);
      await expect.poll(async () => (await watched()).roots.length).toBeGreaterThanOrEqual(2);
      // Settled: React's render is the last.
      await page.waitForTimeout(500);
      const { roots, blank } = await watched();
      expect(roots[0]!.byFirstScript).toBe(true);
      expect(roots).toHaveLength(2);
      expect(roots[0]!.items.length).toBeGreaterThan(0);
      expect(roots[1]!.items).toEqual(roots[0]!.items);
      expect(blank).toBe(0);
    }
    await page.close();
  });
});
