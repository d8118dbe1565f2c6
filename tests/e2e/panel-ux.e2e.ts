// The panel as a person meets it at 1024 px (issue 21), in Chromium, English interface.
// German: panel-ux-de.e2e.ts.

import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { HOST, panelFrame } from './panel-frame';
import { emsAt1024, ENGLISH, warningLauncherFits } from './panel-ux';

const env = setUpExtensionBrowser();

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
