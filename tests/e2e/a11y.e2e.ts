// Accessibility of our own UI, checked by axe-core in the real browser, light and dark:
// no serious or critical violations on any surface.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { panelFrame } from './panel-frame';
import { startReplica, type Replica } from './replica/server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe in the page (evaluated over the DevTools protocol, so the page's CSP does not apply). */
async function seriousViolations(page: Page | Frame, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const context = scope ? { include: [[scope]] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/**
 * The contrast of an element's text on its own background, as WCAG computes it. axe leaves out
 * the "?" marks (hidden from screen readers), but they are what a sighted person reads.
 */
async function textContrast(page: Page | Frame, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const style = getComputedStyle(el);
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  });
}

let replica: Replica;

beforeAll(async () => {
  replica = await startReplica();
});

afterAll(async () => {
  await replica?.close();
});

describe.each(['light', 'dark'] as const)('axe, %s', (scheme) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ replicaPort: replica.port, colorScheme: scheme });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the panel, expanded with an answer open and a search typed', async () => {
    const page = await browser.newPage();
    await page.goto('https://ems.element.io/user/hosting#/integrations');
    // The panel page, in its frame (axe runs inside it; the page cannot reach it).
    const frame = await panelFrame(page);
    await frame.getByRole('button', { name: 'Open EMS Help' }).click(); // no room beside the bridge cards
    const panel = frame.getByRole('complementary', { name: 'EMS Help' });
    await panel.getByRole('button', { name: 'What is the difference between the free and paid Slack bridge?' }).click();
    expect(await seriousViolations(frame)).toEqual([]);
    expect(await textContrast(frame, '.panel-mark')).toBeGreaterThanOrEqual(4.5);
    await panel.getByRole('searchbox', { name: 'Search the FAQ and guides' }).fill('cloudflare');
    await panel.locator('button[data-entry-id]').first().click();
    expect(await seriousViolations(frame)).toEqual([]);
    // Esc closes the innermost thing first: the answer, the search, then the panel.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await frame.getByRole('button', { name: 'Open EMS Help' }).waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    expect(await textContrast(frame, '.launcher-mark')).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('the panel page in the side panel', async () => {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('panel.html'));
    await page.getByRole('complementary', { name: 'EMS Help' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup, before typing and with results', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 540 });
    await page.goto(browser.extensionUrl('popup.html'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.type('custom domain');
    await page.getByRole('option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the answer tab, the index and the settings page', async () => {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('answer.html#cname-and-well-known'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await textContrast(page, '.brand-mark')).toBeGreaterThanOrEqual(4.5);
    await page.goto(browser.extensionUrl('answer.html#index'));
    await page.getByRole('searchbox', { name: 'Filter answers' }).fill('bridge');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByRole('radio', { name: 'Left edge of the page' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
