// `npm run bench` (scripts/bench-browser.ts): how fast the in-page panel appears and what it
// costs an EMS tab, in the real browser on the local EMS replica. Prints figures, asserts
// nothing. Three figures (issue 21, "Fast to appear"):
// - DOMContentLoaded of the EMS page → the first suggestions in the panel's frame;
// - the JS heap an EMS tab uses with the extension minus without it (page and panel frame);
// - the cold case: a new browser with a fresh profile, its first EMS page, from navigation
//   to the frame shown with its suggestions in it.

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR, findChromium, launchWithExtension } from '../tests/e2e/browser';
import { panelFrame } from '../tests/e2e/panel-frame';
import { startReplica } from '../tests/e2e/replica/server';

const PAGE = 'https://ems.element.io/user/hosting';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const ms = (values: number[]) => `median ${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;

/**
 * Plain JavaScript run in every document of the tab before its own scripts. In the EMS page:
 * the epoch time of DOMContentLoaded, and of the moment the content script shows the frame's
 * host (opacity 1, once the panel page has drawn and said its size). In the panel's frame
 * (an extension page the EMS page cannot look into): the epoch time the first answer is in
 * its list. Epoch times (timeOrigin + now) compare across the two documents.
 */
export const TIMING_SCRIPT = `
  const epoch = () => performance.timeOrigin + performance.now();
  if (/^(chrome|moz)-extension:/.test(location.protocol)) {
    // Where the frame's time goes (the breakdown): its storage reads, timed around the
    // extension API's own calls, and the first time anything is drawn in its root.
    const reads = (window.storageReads = []);
    const wrapped = new Set();
    for (const name of ['local', 'session', 'managed']) for (const api of [globalThis.browser, globalThis.chrome]) {
      const area = api && api.storage && api.storage[name];
      if (!area || wrapped.has(area)) continue;
      wrapped.add(area);
      const get = area.get.bind(area);
      area.get = (...args) => {
        const read = { name, call: epoch(), done: 0 };
        reads.push(read);
        const result = get(...args);
        if (result && typeof result.then === 'function') result.then(() => { read.done = epoch(); }, () => { read.done = epoch(); });
        return result;
      };
    }
    const seen = () => document.querySelector('.panel-list li');
    const watch = new MutationObserver(() => {
      if (window.firstDrawn === undefined && document.querySelector('#root > * > *')) window.firstDrawn = epoch();
      if (window.firstAnswer === undefined && seen()) { window.firstAnswer = epoch(); watch.disconnect(); }
    });
    watch.observe(document, { childList: true, subtree: true });
  } else {
    document.addEventListener('DOMContentLoaded', () => { window.dcl = epoch(); });
    const shown = () => {
      const host = document.querySelector('[data-ems-help]');
      return host && getComputedStyle(host).opacity === '1';
    };
    const watch = new MutationObserver(() => {
      if (window.frameShown === undefined && shown()) { window.frameShown = epoch(); watch.disconnect(); }
    });
    watch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  }
`;

interface Timings {
  /** Epoch ms of the EMS page's navigation start, DOMContentLoaded, and the frame shown. */
  start: number;
  dcl: number;
  frameShown: number;
  /** Epoch ms of the first answer in the panel's list. */
  firstAnswer: number;
  /** Epoch ms of the steps in the panel's frame before it (see FrameSteps). */
  frame: FrameSteps;
}

/** What the panel's frame did before its first suggestions, in epoch ms. */
interface FrameSteps {
  /** The frame's navigation began (the content script placed it). */
  navigation: number;
  /** panel.html received. */
  html: number;
  /** Its DOMContentLoaded: the module scripts parsed and run (React's first render is scheduled). */
  scriptsRun: number;
  /**
   * The first storage read asked for; the last read of the person's own (settings, prefs,
   * learned) answered; the copy of the policy kept this session (lib/state/managed-store.ts);
   * the policy itself (Infinity: not by the first suggestions). Reads asked before the
   * first draw.
   */
  storageAsked: number;
  localAnswered: number;
  copyAnswered: number;
  policyAnswered: number;
  /** Anything drawn in its root. */
  firstDrawn: number;
  /**
   * The panel page's first script ran, and drew the first state (components/panel/first-paint.ts;
   * Infinity: it drew nothing, React drew first).
   */
  firstScript: number;
  firstScriptPaint: number;
}

async function loadAndTime(page: Page, url: string): Promise<Timings> {
  await page.goto(url);
  // Waited for in the EMS page first: asking the frame anything injects the test driver's
  // own script there, whose compiling would hold up the panel's first paint being measured.
  await page.waitForFunction(() => (window as unknown as { frameShown?: number }).frameShown !== undefined, null, { timeout: 30_000 });
  const frame = await panelFrame(page);
  await frame.waitForFunction(() => (window as unknown as { firstAnswer?: number }).firstAnswer !== undefined, null, { timeout: 30_000 });
  const inPage = await page.evaluate(() => {
    const w = window as unknown as { dcl: number; frameShown: number };
    return { start: performance.timeOrigin, dcl: w.dcl, frameShown: w.frameShown };
  });
  const inFrame = await frame.evaluate(() => {
    const w = window as unknown as { firstAnswer: number; firstDrawn: number; storageReads: Array<{ name: string; call: number; done: number }> };
    const origin = performance.timeOrigin;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    // The reads the first paint can wait for: those asked before it (WXT's storage reads
    // each item twice in a row: its version, then its value).
    const reads = w.storageReads.filter((r) => r.call < w.firstDrawn);
    return {
      firstAnswer: w.firstAnswer,
      frame: {
        navigation: origin,
        html: origin + nav.responseEnd,
        scriptsRun: origin + nav.domContentLoadedEventStart,
        storageAsked: Math.min(...reads.map((r) => r.call)),
        localAnswered: Math.max(...reads.filter((r) => r.name === 'local').map((r) => r.done || Infinity)),
        copyAnswered: Math.max(...reads.filter((r) => r.name === 'session').map((r) => r.done || Infinity)),
        policyAnswered: Math.max(...reads.filter((r) => r.name === 'managed').map((r) => r.done || Infinity)),
        firstDrawn: w.firstDrawn,
        firstScript: origin + (performance.getEntriesByName('ems-help:first-script')[0]?.startTime ?? Infinity),
        firstScriptPaint: origin + (performance.getEntriesByName('ems-help:first-paint')[0]?.startTime ?? Infinity),
      },
    };
  });
  return { ...inPage, ...inFrame };
}

/** The median of each step, from `from` (the EMS page's DOMContentLoaded or navigation). */
function printSteps(label: string, runs: Timings[], from: (t: Timings) => number): void {
  // EMS_HELP_BENCH_RUNS=1: each run's steps too (medians of steps can come from different runs).
  if (process.env.EMS_HELP_BENCH_RUNS === '1' && runs.length > 1) for (const run of runs) printSteps('  one run', [run], from);
  const step = (name: string, at: (t: Timings) => number) => `${name} ${median(runs.map((t) => at(t) - from(t))).toFixed(0)}`;
  console.log(
    `  ${label} (${runs.length > 1 ? 'medians, ' : ''}ms): ` +
      [
        step('frame navigation starts', (t) => t.frame.navigation),
        step('panel.html in', (t) => t.frame.html),
        // (When the scripts arrive is not shown: the frame's Resource Timing lists no
        // chrome-extension:// script, so it could only repeat panel.html's time.)
        step('first script runs', (t) => t.frame.firstScript),
        step('scripts parsed and run', (t) => t.frame.scriptsRun),
        step('storage asked', (t) => t.frame.storageAsked),
        step('own storage answered', (t) => t.frame.localAnswered),
        step('policy copy answered', (t) => t.frame.copyAnswered),
        step('policy answered', (t) => t.frame.policyAnswered),
        step('drawn by the first script', (t) => t.frame.firstScriptPaint),
        step('first drawn', (t) => t.frame.firstDrawn),
        step('first suggestions', (t) => t.firstAnswer),
      ].join(' → '),
  );
}

/** JS heap in use after a full collection, in bytes, of each of the page's documents' isolates. */
async function heapAfterGc(context: BrowserContext, page: Page, withFrame: boolean): Promise<number> {
  const sessions = [await context.newCDPSession(page)];
  if (withFrame) sessions.push(await context.newCDPSession(await panelFrame(page)));
  let used = 0;
  for (const session of sessions) {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    used += (await session.send('Runtime.getHeapUsage')).usedSize;
    await session.detach();
  }
  return used;
}

/** A plain Chromium, no extension: the EMS page's own heap, for the difference. */
async function launchWithout(replicaPort: number) {
  const profile = mkdtempSync(join(tmpdir(), 'ems-help-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [`--host-resolver-rules=MAP ems.element.io 127.0.0.1:${replicaPort}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** In the EMS page: the panel's host shown (the panel has drawn and said its size). */
const SHOWN = () => {
  const host = document.querySelector('[data-ems-help]');
  return host !== null && getComputedStyle(host).opacity === '1';
};

/** How long after loading the heap is read: the panel's work after its first paint is done. */
const SETTLE_MS = 3000;

/**
 * The JavaScript the panel page loads before it draws: its entry script and the modules
 * panel.html preloads with it (what it imports later, after the first paint, is not listed).
 */
function firstLoadScripts(): Array<{ file: string; bytes: number }> {
  const html = readFileSync(join(EXTENSION_DIR, 'panel.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.map((file) => ({ file, bytes: statSync(join(EXTENSION_DIR, file)).size }));
}

/** The bench's three parts; `npx tsx scripts/bench-panel.ts warm` runs only the ones named. */
export const PARTS = ['warm', 'heap', 'cold'] as const;
export type Part = (typeof PARTS)[number];

export async function benchPanel(replicaPort: number, runs: number, parts: readonly Part[] = PARTS): Promise<void> {
  console.log('\nThe in-page panel (Debian Chromium, headless, local replica; load average ' + (await loadAverage()) + ')');
  const scripts = firstLoadScripts();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `  JavaScript the panel page loads before its first paint: ${kb(scripts.reduce((sum, s) => sum + s.bytes, 0))} ` +
      `(${scripts.map((s) => `${s.file.replace(/^chunks\//, '')} ${kb(s.bytes)}`).join(', ')})`,
  );

  if (parts.includes('warm')) await benchWarm(replicaPort, runs);
  if (parts.includes('heap')) await benchHeap(replicaPort);
  if (parts.includes('cold')) await benchCold(replicaPort);
}

/** Warm: one browser, the same page loaded `runs` times. */
async function benchWarm(replicaPort: number, runs: number): Promise<void> {
  const warm = await launchWithExtension({ replicaPort });
  try {
    // Warm: a browser that has been running a little, whose background has read the
    // organisation's policy and kept its copy for the panels (lib/state/managed-store.ts);
    // right after the browser starts there is none yet (that is the cold case, below).
    const worker = warm.context.serviceWorkers()[0] ?? (await warm.context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      const session = (chrome.storage as unknown as { session: { get(key: string): Promise<Record<string, unknown>> } }).session;
      for (let i = 0; i < 200; i++) {
        if ((await session.get('managed-policy-copy'))['managed-policy-copy'] !== undefined) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await warm.context.addInitScript({ content: TIMING_SCRIPT });
    const page = await warm.newPage();
    const timings: Timings[] = [];
    for (let i = 0; i < runs; i++) timings.push(await loadAndTime(page, `${PAGE}?run=${i}`));
    console.log(`  DOMContentLoaded → first suggestions in the frame: ${ms(timings.map((t) => t.firstAnswer - t.dcl))} over ${runs} loads`);
    console.log(`  DOMContentLoaded → frame shown (its host visible): ${ms(timings.map((t) => t.frameShown - t.dcl))}`);
    printSteps('where it goes, from DOMContentLoaded', timings, (t) => t.dcl);
  } finally {
    await warm.close();
  }

}

/** Memory: the same page in a new tab with and without the extension, after it settled. */
async function benchHeap(replicaPort: number): Promise<void> {
  const HEAP_RUNS = 3;
  const withExtension: number[] = [];
  const without: number[] = [];
  const ext = await launchWithExtension({ replicaPort });
  const plain = await launchWithout(replicaPort);
  try {
    for (let i = 0; i < HEAP_RUNS; i++) {
      const page = await ext.newPage();
      await page.goto(`${PAGE}?heap=${i}`);
      // Waited for in the page, never in the frame: asking the frame anything puts the test
      // driver's own script in it (Playwright's selector engine, a 320 KB source and its
      // compiled code), which the heap would count as the panel's. The host is shown once the
      // panel has drawn its suggestions and said its size.
      await page.waitForFunction(SHOWN, null, { timeout: 30_000 });
      await page.waitForTimeout(SETTLE_MS);
      withExtension.push(await heapAfterGc(ext.context, page, true));
      await page.close();
      const bare = await plain.context.newPage();
      await bare.goto(`${PAGE}?heap=${i}`);
      // The same driver script in this page as in the other (a wait in the page).
      await bare.waitForFunction(() => document.readyState === 'complete');
      await bare.waitForTimeout(SETTLE_MS);
      without.push(await heapAfterGc(plain.context, bare, false));
      await bare.close();
    }
  } finally {
    await ext.close();
    await plain.close();
  }
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const costs = withExtension.map((w, i) => w - without[i]!);
  console.log(
    `  JS heap of an EMS tab, with the extension minus without (page + panel frame, after GC, ${SETTLE_MS / 1000} s after load): ` +
      `median ${mb(median(costs))} (${costs.map(mb).join(', ')}; with ${mb(median(withExtension))}, without ${mb(median(without))})`,
  );

}

/** Cold: a new browser with a fresh profile per run, its first EMS page. */
async function benchCold(replicaPort: number): Promise<void> {
  const COLD_RUNS = 3;
  const coldRuns: Timings[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const cold = await launchWithExtension({ replicaPort });
    try {
      await cold.context.addInitScript({ content: TIMING_SCRIPT });
      const page = cold.context.pages()[0] ?? (await cold.newPage());
      coldRuns.push(await loadAndTime(page, PAGE));
    } finally {
      await cold.close();
    }
  }
  console.log(`  cold (new browser, fresh profile, first EMS page), navigation → suggestions in the frame: ${ms(coldRuns.map((t) => t.firstAnswer - t.start))}`);
  console.log(`  cold, navigation → frame shown (its host visible): ${ms(coldRuns.map((t) => t.frameShown - t.start))}`);
  printSteps('cold, where it goes, from navigation', coldRuns, (t) => t.start);
}

async function loadAverage(): Promise<string> {
  const { loadavg, cpus } = await import('node:os');
  return `${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`;
}

// Run on its own (after `npx wxt build`): `npx tsx scripts/bench-panel.ts [warm] [heap] [cold]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const asked = process.argv.slice(2).filter((arg): arg is Part => (PARTS as readonly string[]).includes(arg));
  const replica = await startReplica();
  try {
    await benchPanel(replica.port, 7, asked.length > 0 ? asked : PARTS);
  } finally {
    await replica.close();
  }
}
