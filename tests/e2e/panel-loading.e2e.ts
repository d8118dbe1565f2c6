// What an idle panel loads, in the real build (issue 21, "Fast to appear"): the page's
// suggestions come from the catalogue and the build's rankings, so the panel in every EMS tab
// holds neither the answers nor a search engine until the person uses it. The chunking is
// the build's: a change that pulls the engine into the panel's first load shows here, not in
// the jsdom tests (tests/unit/panel-loading.test.tsx).

import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { panelFrame } from './panel-frame';

const env = setUpExtensionBrowser();

/**
 * The extension's script chunks the frame has run, by name without the build's hash. (The
 * frame's Resource Timing lists no chrome-extension:// script; the debugger lists every
 * script parsed in the frame, those from before it was enabled included.)
 */
async function chunksLoaded(frame: Frame): Promise<string[]> {
  const session = await env.browser.context.newCDPSession(frame);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', (event) => urls.push(event.url));
  await session.send('Debugger.enable');
  await session.send('Debugger.disable');
  await session.detach();
  return urls.map((url) => /\/chunks\/(.+?)-[\w-]+\.js$/.exec(url)?.[1]).filter((name): name is string => name !== undefined);
}

describe('the idle panel', () => {
  it('lists the page’s suggestions without loading the answers or the engine, and loads them once the person searches', async () => {
    const page = await env.browser.newPage();
    await page.goto('https://ems.element.io/user/hosting#/hosts');
    const frame = await panelFrame(page);
    const suggestions = frame.locator('.panel-list li');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBeGreaterThan(0);
    await page.waitForTimeout(1500); // anything loaded after the first paint would be in by now
    const idle = await chunksLoaded(frame);
    expect(idle).toContain('panel');
    expect(idle).not.toContain('answers');
    expect(idle).not.toContain('search');

    const box = frame.getByRole('searchbox');
    await box.click();
    await box.fill('invite users');
    await expect.poll(() => chunksLoaded(frame)).toContain('answers');
    // The results' heading: their kind, or that none of them is sure (a two-word search may be neither).
    await frame.getByRole('heading', { name: /^(Answers from the FAQ and guides|Not sure — closest matches)$/ }).waitFor();
    expect(await frame.locator('.panel-list li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
