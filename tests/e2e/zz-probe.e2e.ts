import { expect, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { panelFrame } from './panel-frame';
const env = setUpExtensionBrowser();
it('probe timing', async () => {
  const page = await env.browser.newPage();
  for (let i = 0; i < 5; i++) {
    await page.goto(`https://ems.element.io/user/hosting?run=${i}`);
    const frame = await panelFrame(page);
    await frame.getByRole('complementary').waitFor();
    await page.waitForTimeout(300);
    const p = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { origin: performance.timeOrigin, dcl: n.domContentLoadedEventStart }; });
    const f = await frame.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { origin: performance.timeOrigin, fetch: n.fetchStart, resp: n.responseEnd, di: n.domInteractive, marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]) }; });
    const rel = (t: number) => Math.round(f.origin + t - (p.origin + p.dcl));
    console.log(JSON.stringify({ origin: rel(0), fetch: rel(f.fetch), resp: rel(f.resp), di: rel(f.di), marks: f.marks.map(([n, t]) => `${n}:${rel(t as number)}`) }));
  }
  expect(1).toBe(1);
});
