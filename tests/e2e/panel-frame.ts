// Reaching the panel in the real browser. In an EMS page it is an extension page in an
// iframe inside a closed shadow root: Playwright's selectors cannot pierce a closed root
// (neither can the page's scripts, which is the point), but the frame is one of the page's
// frames, addressed by its URL.

import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The host element the content script adds (its tag name is random per page load). */
export const HOST = '[data-ems-help]';

const isPanelFrame = (frame: Frame) => /^chrome-extension:\/\/[^/]+\/panel\.html\?in=page/.test(frame.url());

/** The panel page framed in `page`, once it is there. */
export async function panelFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => {
      found = page.frames().find((f) => isPanelFrame(f) && !f.isDetached());
      return !!found;
    })
    .toBe(true);
  return found!;
}

/** How many panel frames the page holds. */
export const panelFrameCount = (page: Page) => page.frames().filter((f) => isPanelFrame(f) && !f.isDetached()).length;

/** The open panel (landmark "EMS Help") in the page's panel frame. */
export async function panelIn(page: Page) {
  return (await panelFrame(page)).getByRole('complementary', { name: 'EMS Help' });
}
