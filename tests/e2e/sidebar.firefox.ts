// Firefox's sidebar and the in-page panel (issue 21). Firefox gives a panel page framed in a
// web page only a content script's APIs (runtime, storage, i18n, extension, menus: no
// sidebarAction), and sidebarAction.open() needs a user action, which a message to the
// background does not carry (tried: the background's open() is refused). So the in-page
// panel offers no "Open in side panel" there; the toolbar popup's does open the sidebar, in
// one click, as the README says.

import { describe, expect, it } from 'vitest';
import { setUpFirefox } from './firefox';

const env = setUpFirefox();

describe('the sidebar in Firefox', () => {
  it('the framed panel has no sidebar API, so it offers no button that would do nothing', async () => {
    const driver = env.firefox.driver;
    const tab = await driver.openEms('/user/billing');
    await expect.poll(() => tab.panel.count('[role="complementary"]')).toBe(1);
    const apis = await tab.panel.evaluate(() => 'sidebarAction' in ((globalThis as unknown as { browser?: object }).browser ?? {}), null);
    expect(apis).toBe(false);
    expect(await tab.panel.count('button', 'Open in side panel')).toBe(0);
    await tab.close();
  });

  it('the popup’s “Open in side panel” opens the sidebar in one click', async () => {
    const driver = env.firefox.driver;
    const popup = await driver.openExtensionPage('popup.html');
    const options = await driver.openExtensionPage('options.html');
    const sidebarOpen = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }).browser;
        return api.sidebarAction.isOpen({});
      }, null);
    expect(await sidebarOpen()).toBe(false);
    // The popup closes itself once the sidebar is open, which may end the click.
    await popup.click('button', 'Open in side panel').catch(async (error: unknown) => {
      if (!(await popup.closed())) throw error;
    });
    await expect.poll(sidebarOpen).toBe(true);
    await options.close();
  });
});
