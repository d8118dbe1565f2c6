// The README's panel and popup screenshots again, in Firefox, beside Chromium's so a reviewer
// can compare: `npm run build:firefox && npx tsx scripts/screenshots-firefox.ts` →
// assets/screenshots/*-firefox.png (scripts/screenshots.ts makes Chromium's).

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchFirefox } from '../tests/e2e/firefox';
import { startReplica } from '../tests/e2e/replica/server';

const out = resolve(import.meta.dirname, '../assets/screenshots');
mkdirSync(out, { recursive: true });
const replica = await startReplica();
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

for (const scheme of ['light', 'dark'] as const) {
  const firefox = await launchFirefox({ replicaPort: replica.port, colorScheme: scheme });
  const { browser, driver } = firefox;
  const shoot = async (name: string) => {
    // The tab the driver last opened is the one in front. The pointer leaves the panel first:
    // after a click on the launcher it would rest on the button now under it, shown hovered.
    const front = (await browser.pages()).at(-1)!;
    await front.mouse.move(1, 1);
    await front.screenshot({ path: `${out}/${name}-${scheme}-firefox.png` });
  };

  const hosting = await driver.openEms('/user/hosting#/integrations');
  // The bridge cards leave the panel no room there: it waits as the launcher until opened.
  await hosting.panel.click('button[aria-label^="Open EMS Help"]');
  await hosting.panel.texts('h3');
  await sleep(500);
  await shoot('panel-hosting-integrations');
  await hosting.close();

  const billing = await driver.openEms('/user/billing');
  await billing.panel.click('button[data-entry-id] .entry-title > span:first-child', 'How do I update my payment info?');
  await sleep(300);
  await shoot('panel-answer');
  await billing.close();

  const popup = await driver.openExtensionPage('popup.html');
  await (await browser.pages()).at(-1)!.setViewport({ width: 420, height: 540 });
  await popup.type('custom domain');
  await sleep(300);
  await shoot('popup-results');
  await popup.close();
  await firefox.close();
}
await replica.close();
console.log(`Firefox screenshots written to ${out}`);
