// What a person meets at 1024 px wide (issue 21's review), in Chromium, shared by the English
// and the German run (panel-ux.e2e.ts, panel-ux-de.e2e.ts): the warning's launcher keeps its
// whole label, an open panel stays open when a warning appears, and the panel can be moved
// out of the way of the page's controls.

import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './browser';
import { HOST, panelFrame } from './panel-frame';

export interface Words {
  launcher: RegExp;
  hide: string;
  moveLeft: string;
}

export const ENGLISH: Words = { launcher: /^Open EMS Help/, hide: 'Hide EMS Help', moveLeft: 'Move to the left edge' };
export const GERMAN: Words = { launcher: /^EMS Help öffnen/, hide: 'EMS Help ausblenden', moveLeft: 'An den linken Rand verschieben' };

export async function emsAt1024(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`https://ems.element.io${path}`);
  return page;
}

const panel = (frame: Frame) => frame.locator('[role="complementary"]');
const hostBox = (page: Page) => page.locator(HOST).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

/**
 * The launcher as drawn: one line of text, all of it inside the button, and the frame as wide
 * as the button (the frame clips anything beyond it).
 */
export async function launcherFits(page: Page, words: Words): Promise<{ text: string; oneLine: boolean; inside: boolean; frameHoldsIt: boolean }> {
  const frame = await panelFrame(page);
  const launcher = frame.getByRole('button', { name: words.launcher });
  await launcher.waitFor();
  // The frame follows the launcher's size a moment later.
  await page.waitForTimeout(400);
  const drawn = await launcher.evaluate((button) => {
    const label = button.querySelector('span:last-child')!;
    const box = button.getBoundingClientRect();
    const text = label.getBoundingClientRect();
    const lines = label.getClientRects().length;
    return {
      text: label.textContent ?? '',
      width: box.width,
      oneLine: lines === 1 && text.height < 24,
      inside: text.left >= box.left && text.right <= box.right + 0.5 && button.scrollWidth <= button.clientWidth,
    };
  });
  const host = await hostBox(page);
  return { text: drawn.text, oneLine: drawn.oneLine, inside: drawn.inside, frameHoldsIt: host.width + 0.5 >= drawn.width };
}

/** Hosts at 1024 px, panel folded by the person, then the page's warning: the launcher says so, whole. */
export async function warningLauncherFits(browser: ExtensionBrowser, words: Words, warningText: string) {
  const page = await emsAt1024(browser, '/user/hosting#/hosts');
  const frame = await panelFrame(page);
  await panel(frame).waitFor();
  await frame.getByRole('button', { name: words.hide }).click();
  await page.getByRole('button', { name: 'Check DNS' }).click();
  await expect.poll(async () => (await launcherFits(page, words)).text).toBe(warningText);
  const fit = await launcherFits(page, words);
  expect(fit).toEqual({ text: warningText, oneLine: true, inside: true, frameHoldsIt: true });
  // Opened again by the person: the pages after this one start open.
  await frame.getByRole('button', { name: words.launcher }).click();
  await panel(frame).waitFor();
  await page.close();
}
