// The panel as a person meets it at 1024 px (issue 21), in Chromium, English interface.
// German: panel-ux-de.e2e.ts.

import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { HOST, panelFrame } from './panel-frame';
import { emsAt1024, ENGLISH, warningLauncherFits } from './panel-ux';

const env = setUpExtensionBrowser();

describe('a warning and the person’s fold (issue 22)', () => {
  const storedFold = () =>
    env.browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
      return JSON.stringify((await chrome.storage.local.get('panel-prefs'))['panel-prefs'] ?? null);
    });

  it('opens the folded panel in this tab without writing the fold; after a frame reload the handled warning does not open it again', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting#/hosts');
    let frame = await panelFrame(page);
    await frame.getByRole('button', { name: 'Hide EMS Help' }).click();
    await expect.poll(storedFold).toContain('"hosting":true');
    await page.getByRole('button', { name: 'Check DNS' }).click();
    await frame.getByRole('region', { name: 'About the warning on this page' }).waitFor();
    await page.waitForTimeout(500);
    expect(await storedFold()).toContain('"hosting":true');

    // Folded again by the person, then the page removes the host: the frame reloads.
    await frame.getByRole('button', { name: 'Hide EMS Help' }).click();
    await frame.getByRole('button', { name: 'Open EMS Help: help with this warning' }).waitFor();
    await page.evaluate(() => document.querySelector('[data-ems-help]')!.remove());
    await expect.poll(() => page.frames().filter((f) => f !== frame && /panel\.html/.test(f.url())).length).toBeGreaterThan(0);
    frame = await panelFrame(page);
    await frame.getByRole('button', { name: 'Open EMS Help: help with this warning' }).waitFor();
    await page.waitForTimeout(800);
    expect(await frame.getByRole('complementary', { name: 'EMS Help' }).count()).toBe(0);
    expect(await storedFold()).toContain('"hosting":true');
    // Open again for the tests after this one.
    await frame.getByRole('button', { name: /^Open EMS Help/ }).click();
    await expect.poll(storedFold).toContain('"hosting":false');
    await page.close();
  });
});

describe('the panel at 1024 px', () => {
  it('an open panel stays open when a warning appears (the page loses its room beside the content)', async () => {
    const page = await emsAt1024(env.browser, '/user/hosting#/hosts');
    const frame = await panelFrame(page);
    await frame.getByRole('complementary', { name: 'EMS Help' }).waitFor();
    await page.waitForTimeout(1200); // the person has been reading a moment
    await page.getByRole('button', { name: 'Check DNS' }).click();
    await expect.poll(() => frame.locator('.pinned h3').first().textContent().catch(() => null)).toBe('About the warning on this page');
    await page.waitForTimeout(800);
    expect(await frame.getByRole('complementary', { name: 'EMS Help' }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: ENGLISH.launcher }).count()).toBe(0);
    await page.close();
  });

  it('the warning’s launcher shows its whole label on one line', async () => {
    await warningLauncherFits(env.browser, ENGLISH, 'Help with this warning');
  });

  it('the open panel moves to the other edge in one click, stays open there, and the settings’ side stays the default', async () => {
    const page = await emsAt1024(env.browser, '/user/hosting#/integrations');
    const frame = await panelFrame(page);
    await frame.getByRole('button', { name: ENGLISH.launcher }).click();
    const x = () => page.locator(HOST).evaluate((el) => el.getBoundingClientRect().x);
    await expect.poll(x).toBeGreaterThan(600);
    await frame.getByRole('button', { name: ENGLISH.moveLeft }).click();
    await expect.poll(x).toBeLessThan(40);
    await page.waitForTimeout(600);
    expect(await frame.getByRole('complementary', { name: 'EMS Help' }).count()).toBe(1);
    await frame.getByRole('button', { name: 'Move to the right edge' }).click();
    await expect.poll(x).toBeGreaterThan(600);

    // Another tab starts on the settings' side.
    await frame.getByRole('button', { name: ENGLISH.moveLeft }).click();
    await expect.poll(x).toBeLessThan(40);
    const other = await emsAt1024(env.browser, '/user/billing');
    await panelFrame(other);
    await expect.poll(() => other.locator(HOST).evaluate((el) => el.getBoundingClientRect().x)).toBeGreaterThan(600);
    await other.close();
    await page.close();
  });
});
