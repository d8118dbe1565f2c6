// `npm run demo`: the built extension in Chromium on a local replica of the EMS control
// panel, so anyone can try the panel without an EMS account. Ctrl+C ends it.
//
// `npm run demo -- --screenshots DIR`: for a machine with no display. Writes what a person
// would see — the panel on each EMS page, the toolbar popup with a search, and the answer
// tab — as PNG files into DIR, and ends.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/browser';
import { panelFrame } from '../tests/e2e/panel-frame';
import { startReplica } from '../tests/e2e/replica/server';

const PAGES = ['/user/hosting#/hosts', '/user/hosting#/integrations', '/user/billing', '/user/account', '/support'];

function screenshotsDir(args: readonly string[]): string | null {
  const at = args.indexOf('--screenshots');
  if (at === -1) return null;
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) {
    console.error('Usage: npm run demo -- --screenshots DIR   (DIR: where the PNG files go)');
    process.exit(2);
  }
  return resolve(dir);
}

/** The browser's first tab: a persistent profile starts with one, and a second would be a stray blank tab. */
async function firstTab(browser: ExtensionBrowser): Promise<Page> {
  return browser.context.pages()[0] ?? (await browser.newPage());
}

async function takeScreenshots(browser: ExtensionBrowser, page: Page, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const shot = async (target: Page, name: string) => {
    const path = `${dir}/${name}.png`;
    await target.screenshot({ path });
    written.push(path);
  };
  for (const path of PAGES) {
    await page.goto(`https://ems.element.io${path}`);
    // Where the page leaves the panel no room it shows its launcher: open it, as a person would.
    const frame = await panelFrame(page);
    const shown = frame.locator('button.launcher, [role="complementary"]').first();
    await shown.waitFor({ timeout: 15_000 });
    if (await frame.locator('button.launcher').count()) await frame.locator('button.launcher').first().click();
    await frame.getByRole('complementary').waitFor({ timeout: 15_000 });
    await shot(page, `panel-${path.replace(/^\/(user\/)?/, '').replace(/[#/]+/g, '-')}`);
  }
  // The popup at its own size, with a search typed in.
  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.getByRole('combobox').fill('custom domain');
  await popup.getByRole('option').first().waitFor();
  await shot(popup, 'popup-search');
  await popup.close();
  // The answer tab, in the one tab.
  await page.goto(browser.extensionUrl('answer.html#cname-doesnt-work-with-cloudflare'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot(page, 'answer-tab');
  console.log(`Wrote ${written.length} screenshots:\n${written.map((p) => `  ${p}`).join('\n')}`);
}

const dir = screenshotsDir(process.argv.slice(2));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const replica = await startReplica();
const browser = await launchWithExtension({ replicaPort: replica.port, headless: dir !== null || !hasDisplay });
const page = await firstTab(browser);

const stop = async (code = 0) => {
  await browser.close().catch(() => undefined);
  await replica.close();
  process.exit(code);
};

if (dir) {
  try {
    await takeScreenshots(browser, page, dir);
    await stop(0);
  } catch (error) {
    console.error(`The screenshots could not be taken: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
} else if (!hasDisplay) {
  console.log(
    'No display found, so there is no window to show. See the extension anyway:\n' +
      '  npm run demo -- --screenshots DIR   writes the panel on each EMS page, the popup and the answer tab as PNG files.',
  );
  await stop(0);
} else {
  await page.goto('https://ems.element.io/user/hosting');
  console.log(`EMS replica on https://127.0.0.1:${replica.port}, shown to the browser as https://ems.element.io`);
  console.log('Try: the panel on the right, the Billing/Account/Support links, the Hosting tabs.');
  console.log(`Popup: ${browser.extensionUrl('popup.html')}   Answers: ${browser.extensionUrl('answer.html#index')}`);
  console.log('Ctrl+C to stop.');
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  browser.context.on('close', () => void stop());
}
