// Takes the README's screenshots in the real browser, light and dark:
// `npm run build && npx tsx scripts/screenshots.ts` → assets/screenshots/.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { panelFrame } from '../tests/e2e/panel-frame';
import { startReplica } from '../tests/e2e/replica/server';

const out = resolve(import.meta.dirname, '../assets/screenshots');
mkdirSync(out, { recursive: true });
const replica = await startReplica();
/** The frame follows the panel's new size a moment later (and the compositor after it): a shot before shows the old frame. */
const settled = (page: { waitForTimeout(ms: number): Promise<void> }) => page.waitForTimeout(600);

for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ replicaPort: replica.port, colorScheme: scheme });
  const page = await browser.newPage();
  for (const path of ['/user/hosting#/hosts', '/user/billing#/invoices', '/user/account', '/support', '/user/hosting#/integrations']) {
    await page.goto(`https://ems.element.io${path}`);
    // The panel is in its own frame; where the page leaves it no room it is the launcher.
    const frame = await panelFrame(page);
    const launcher = frame.getByRole('button', { name: 'Open EMS Help' });
    if (await launcher.count()) await launcher.click();
    await frame.getByRole('complementary', { name: 'EMS Help' }).waitFor();
    const name = path.replace(/^\/(user\/)?/, '').replace(/[#/]+/g, '-');
    // The pointer leaves the panel: after a click on the launcher it would rest on a button.
    await page.mouse.move(1, 1);
    await settled(page);
    await page.screenshot({ path: `${out}/panel-${name}-${scheme}.png` });
  }
  // A warning on the screen, and the answer the panel pins for it.
  await page.goto('https://ems.element.io/user/hosting#/server-admin');
  await (await panelFrame(page)).getByRole('complementary', { name: 'EMS Help' }).waitFor();
  await page.getByRole('button', { name: 'Delete room' }).click();
  await (await panelFrame(page)).getByRole('region', { name: 'About the warning on this page' }).waitFor();
  await settled(page);
  await page.screenshot({ path: `${out}/panel-warning-${scheme}.png` });
  // One answer open.
  await page.goto('https://ems.element.io/user/billing');
  const panel = (await panelFrame(page)).getByRole('complementary', { name: 'EMS Help' });
  await panel.getByRole('button', { name: 'How do I update my payment info?' }).click();
  await settled(page);
  await page.screenshot({ path: `${out}/panel-answer-${scheme}.png` });
  await panel.getByRole('searchbox').fill('cloudfare cname');
  await page.waitForTimeout(100);
  await settled(page);
  await page.screenshot({ path: `${out}/panel-search-${scheme}.png` });

  // The same panel page as the browser's side panel shows it for that tab (the side panel
  // itself cannot be photographed headless): pinned to the EMS tab, at a side panel's size.
  const tabId = await browser.serviceWorker.evaluate(
    async () => (await (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.query({ url: 'https://ems.element.io/*' }))[0]!.id!,
  );
  const side = await browser.newPage();
  await side.setViewportSize({ width: 400, height: 800 });
  await side.goto(browser.extensionUrl(`panel.html?tab=${tabId}`));
  await side.getByRole('complementary', { name: 'EMS Help' }).waitFor();
  await side.waitForTimeout(200);
  await side.screenshot({ path: `${out}/side-panel-${scheme}.png` });
  await side.close();

  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 420, height: 540 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.screenshot({ path: `${out}/popup-empty-${scheme}.png` });
  await popup.keyboard.type('custom domain');
  await popup.waitForTimeout(100);
  await popup.screenshot({ path: `${out}/popup-results-${scheme}.png` });

  const tab = await browser.newPage();
  await tab.goto(browser.extensionUrl('answer.html#can-i-use-ems-hosted-well-knowns-with-the-root-of-my-domain'));
  await tab.getByRole('heading', { level: 1 }).waitFor();
  await tab.screenshot({ path: `${out}/answer-${scheme}.png` });
  await tab.goto(browser.extensionUrl('answer.html#index'));
  await tab.screenshot({ path: `${out}/index-${scheme}.png` });
  await browser.close();
}
await replica.close();
console.log(`screenshots written to ${out}`);
