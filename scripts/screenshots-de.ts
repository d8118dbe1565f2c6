// The panel, popup, settings and answer tab in German, in the real browser: Chromium picks
// the extension's catalog (_locales/de) from its own interface language, which on Linux it
// takes from LANGUAGE (and --lang). `npm run build && npx tsx scripts/screenshots-de.ts` →
// assets/screenshots/*-de.png (the README shows four). Fails if the browser did not take
// German, or if a surface's text overflows its box or the popup's hints need two lines.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/browser';
import { panelFrame } from '../tests/e2e/panel-frame';
import { startReplica } from '../tests/e2e/replica/server';

// Read by the browser launched below (Playwright passes this process's environment on).
process.env.LANGUAGE = 'de';
process.env.LANG = 'de_DE.UTF-8';

const out = resolve(import.meta.dirname, '../assets/screenshots');
mkdirSync(out, { recursive: true });
const replica = await startReplica();
const browser = await launchWithExtension({ replicaPort: replica.port, colorScheme: 'light', extraArgs: ['--lang=de'] });

/** Elements whose text is wider than their box (clipped or spilling out), by a short description. */
async function overflowing(where: Page | Frame): Promise<string[]> {
  return where.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a, label, legend, h1, h2, h3, h4, p, span, li, option, kbd')]
      .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, pre, .table-scroll'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && getComputedStyle(el).textOverflow !== 'ellipsis')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 60)}`),
  );
}

/** The panel's frame in `page`, the panel open (where the page leaves no room it starts as the launcher). */
async function openPanel(page: Page): Promise<Frame> {
  const frame = await panelFrame(page);
  const launcher = frame.getByRole('button', { name: 'EMS Help öffnen' });
  const panel = frame.getByRole('complementary', { name: 'EMS Help' });
  await launcher.or(panel).first().waitFor({ timeout: 10_000 });
  if (await launcher.isVisible()) await launcher.click();
  await panel.waitFor();
  return frame;
}

const problems: string[] = [];
const check = async (name: string, where: Page | Frame) => {
  const lang = await where.evaluate(() => document.documentElement.lang);
  if (lang !== 'de') problems.push(`${name}: <html lang="${lang}">, not de: the browser did not take German`);
  for (const o of await overflowing(where)) problems.push(`${name}: overflows: ${o}`);
};

try {
  // The panel in the EMS page: billing, an answer open, then a search.
  const page = await browser.newPage();
  const shoot = async (name: string, frame: Frame) => {
    await page.waitForTimeout(600); // the frame follows the panel's new size
    await check(name, frame);
    await page.screenshot({ path: `${out}/${name}-de.png` });
  };
  await page.goto('https://ems.element.io/user/billing#/invoices');
  let frame = await openPanel(page);
  const panel = frame.getByRole('complementary', { name: 'EMS Help' });
  await panel.getByRole('heading', { name: /^Vorschläge für / }).waitFor({ timeout: 10_000 });
  await shoot('panel-billing', frame);

  await panel.getByRole('button', { name: 'How do I update my payment info?' }).click();
  await panel.getByRole('button', { name: 'In neuem Tab öffnen' }).waitFor();
  await shoot('panel-answer', frame);

  await page.goto('https://ems.element.io/user/hosting#/integrations');
  frame = await openPanel(page);
  const hosting = frame.getByRole('complementary', { name: 'EMS Help' });
  await hosting.getByRole('searchbox', { name: 'FAQ und Anleitungen durchsuchen' }).fill('cloudfare cname');
  await hosting.getByRole('heading', { name: 'Antworten aus FAQ und Anleitungen' }).waitFor();
  await shoot('panel-search', frame);

  // The popup (as a page of its own size): before typing, results, and nothing found.
  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 420, height: 540 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.getByText('Häufig gelesene Antworten').waitFor();
  await check('popup', popup);
  // Each keyboard hint on one line, the three side by side.
  const hintTops = await popup.locator('.popup-footer > span').evaluateAll((spans) => spans.map((s) => (s as HTMLElement).offsetTop));
  if (new Set(hintTops).size !== 1) problems.push('popup: the keyboard hints do not fit one line');
  await popup.screenshot({ path: `${out}/popup-empty-de.png` });
  await popup.keyboard.type('eigene Domain');
  await popup.getByRole('button', { name: 'Suche leeren' }).waitFor();
  await popup.waitForTimeout(150);
  await check('popup-results', popup);
  await popup.screenshot({ path: `${out}/popup-results-de.png` });
  await popup.getByRole('combobox').fill('xyzzy');
  await popup.getByText('Keine Antworten zu „xyzzy“ gefunden.').waitFor();
  await check('popup-none', popup);
  await popup.screenshot({ path: `${out}/popup-none-de.png` });

  // The settings page and the answer tab.
  const tab = await browser.newPage();
  await tab.goto(browser.extensionUrl('options.html'));
  await tab.getByRole('heading', { name: 'Einstellungen von EMS Help' }).waitFor();
  await check('settings', tab);
  await tab.screenshot({ path: `${out}/settings-de.png`, fullPage: true });
  await tab.goto(browser.extensionUrl('answer.html#can-i-use-ems-hosted-well-knowns-with-the-root-of-my-domain'));
  await tab.getByRole('button', { name: 'Link kopieren' }).waitFor();
  await check('answer', tab);
  await tab.screenshot({ path: `${out}/answer-de.png` });
} finally {
  await browser.close();
  await replica.close();
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log(`German screenshots written to ${out}`);
}
