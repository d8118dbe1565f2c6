// Reaching the panel in the real browser. In an EMS page it is an extension page in an
// iframe inside a closed shadow root: Playwright's selectors cannot pierce a closed root
// (neither can the page's scripts, which is the point), but the frame is one of the page's
// frames, addressed by its URL.

import type { Frame, Page } from 'playwright-core';

/** The host element the content script adds (its tag name is random per page load). */
export const HOST = '[data-ems-help]';

const isPanelFrame = (frame: Frame) => /^(chrome|moz)-extension:\/\/[^/]+\/panel\.html\?in=page/.test(frame.url());

/** The panel page framed in `page`, once it is there (waits up to 10 s; no test runner needed). */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = page.frames().find((f) => isPanelFrame(f) && !f.isDetached());
    if (found) return found;
    if (Date.now() > until) throw new Error(`no EMS Help panel frame in ${page.url()} after ${timeout} ms`);
    await page.waitForTimeout(25);
  }
}

/** How many panel frames the page holds. */
export const panelFrameCount = (page: Page) => page.frames().filter((f) => isPanelFrame(f) && !f.isDetached()).length;

/** The open panel (landmark "EMS Help") in the page's panel frame. */
export async function panelIn(page: Page) {
  return (await panelFrame(page)).getByRole('complementary', { name: 'EMS Help' });
}
