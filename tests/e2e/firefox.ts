// Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core: no geckodriver, no
// downloaded browser), installs the built Firefox add-on, points the browser at the local
// replica under the real host name, and adapts it to the shared scenarios (driver.ts).
// See TOOLCHAIN.md "Real Firefox" for the measured recipe this follows.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { DOCUMENT_ROOT, frameAccess, PANEL_FRAME_URL, scopeIn, type Driver, type FrameAccess, type Tab } from './driver';
import { FIREFOX_EXTENSION_DIR, findFirefox } from './firefox-binary';
import { startReplica, type Replica } from './replica/server';

export const GECKO_ID = 'ems-help@ems-help.github.io';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The raw BiDi connection, for the two commands Puppeteer has no API for (chrome-scope script). */
interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates `expression` in the browser's own (chrome) window; needs --remote-allow-system-access. */
async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: Array<{ context: string }>;
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome window to evaluate in');
  const { result } = (await bidi(browser).send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
  if (result.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

/**
 * Watches the whole browser from its chrome window, where Puppeteer cannot see: every
 * http(s) channel opened on behalf of a page or an extension (Firefox's own traffic, made
 * with the system principal, is left out), every script error whose source or document is
 * one of ours, and every console.error of the add-on. This covers the background page and
 * the content script, which BiDi's network and log events do not report.
 */
function monitorSource(uuid: string): string {
  return `(() => {
    const base = 'moz-extension://${uuid}/';
    const log = { requests: [], errors: [] };
    globalThis.__emsHelpMonitor = log;
    const ours = (url) => typeof url === 'string' && url.startsWith(base);
    Services.obs.addObserver({ observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const principal = channel.loadInfo && channel.loadInfo.triggeringPrincipal;
      if (!principal || principal.isSystemPrincipal) return;
      log.requests.push(channel.URI.spec);
    } }, 'http-on-opening-request');
    Services.console.registerListener({ observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      if (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
      let where = message.sourceName;
      if (!ours(where) && message.innerWindowID) {
        const windowGlobal = WindowGlobalParent.getByInnerWindowId(message.innerWindowID);
        if (windowGlobal && windowGlobal.documentURI && ours(windowGlobal.documentURI.spec)) where = windowGlobal.documentURI.spec;
      }
      // Firefox's note that an API call answered after the page that made it was closed (a
      // test closing a tab at once, or the old content script after an update): not an error
      // in the add-on's code, and nothing a user sees.
      if (/^(Promise (resolved|rejected)|context\\.runSafe\\w* called) after context unloaded/.test(message.errorMessage)) return;
      if (ours(where)) log.errors.push(where + ': ' + message.errorMessage + ' @' + message.sourceName + ':' + message.lineNumber + ':' + message.columnNumber);
    } });
    Services.obs.addObserver({ observe(subject) {
      const event = subject.wrappedJSObject;
      if (event.level !== 'error' || !(event.addonId === '${GECKO_ID}' || ours(event.filename))) return;
      log.errors.push((event.filename || event.addonId) + ': console.error ' + event.arguments.map(String).join(' '));
    } }, 'console-api-log-event');
    return true;
  })()`;
}

/** Waits until the page shows a loaded document at an address `accept`s (extension pages send no navigation events). */
async function waitForDocument(page: Page, accept: (href: string) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Evaluating while a document is being replaced can fail in Firefox's BiDi: retry.
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state && state.ready === 'complete' && accept(state.href)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not load within 15 s (at ${state?.href ?? '?'})`);
    await sleep(100);
  }
}


/**
 * Finds the panel in a tab: the panel page in the EMS page's frame. Firefox may report an
 * extension frame's address as about:blank, so each frame is asked where it is. Looked up
 * on every call: the page may have removed the host and a new frame come in its place.
 */
function panelScope(page: Page) {
  const current = async (): Promise<Frame> => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.detached) continue;
      if (PANEL_FRAME_URL.test(frame.url())) return frame;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (PANEL_FRAME_URL.test(href)) return frame;
    }
    throw new Error('no EMS Help panel frame in the page yet');
  };
  const access: FrameAccess = {
    evaluate: async (expression) => (await current()).evaluate(expression),
    clickElement: async (expression) => frameAccess(page.keyboard, await current()).clickElement(expression),
    type: (text) => page.keyboard.type(text),
  };
  return scopeIn(access, DOCUMENT_ROOT);
}

/**
 * Loads `url` in `page`. Firefox sends no navigation events for extension documents (bug
 * 1755014), so `page.goto` to one never settles: start it, and watch the document instead.
 */
async function load(page: Page, url: string): Promise<void> {
  if (!url.startsWith('moz-extension:')) {
    await page.goto(url);
    return;
  }
  page.goto(url, { timeout: 2_000 }).catch(() => undefined);
  await waitForDocument(page, (href) => href === url, url);
}

function tab(page: Page): Tab {
  return {
    ...scopeIn(frameAccess(page.keyboard, page.mainFrame()), DOCUMENT_ROOT),
    panel: panelScope(page),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text),
    // page.url() stays about:blank on extension pages; the document knows where it is.
    url: () => page.evaluate(() => location.href),
    goto: (url) => load(page, url),
    reload: async () => {
      await page.reload();
    },
    // page.goBack() waits for a navigation event Firefox does not send for extension pages.
    back: () => page.evaluate(() => history.back()),
    forward: () => page.evaluate(() => history.forward()),
    // Puppeteer is not told when an extension page closes its own tab (the popup does, after
    // opening an answer): ask the tab itself, which BiDi then no longer knows.
    closed: async () =>
      page.isClosed() ||
      page.evaluate(() => false).catch((error: unknown) => {
        if (/no such frame/i.test(String(error))) return true;
        throw error;
      }),
    close: () => page.close(),
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  driver: Driver;
  uuid: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  replicaPort: number;
  /** A profile to keep (and reuse on the next launch); a fresh temporary one otherwise. */
  profile?: string;
  /** The add-on's `moz-extension://` uuid; a new one otherwise. Keep it across launches of one profile. */
  uuid?: string;
  /** False when the profile already holds the add-on (installed permanently, see restart tests). */
  installTemporarily?: boolean;
  colorScheme?: 'light' | 'dark';
}

export async function launchFirefox({
  replicaPort,
  profile,
  uuid = randomUUID(),
  installTemporarily = true,
  colorScheme = 'light',
}: FirefoxOptions): Promise<FirefoxWithExtension> {
  const { path } = findFirefox();
  const ownProfile = profile ?? mkdtempSync(join(tmpdir(), 'ems-help-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: path,
    headless: true,
    userDataDir: ownProfile,
    // The replica's self-signed certificate.
    acceptInsecureCerts: true,
    // BiDi may open moz-extension:// pages, and evaluate in the chrome window (the monitor).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // ems.element.io (and the EMS docs site, whose search the fallback scenario opens)
      // resolves to this machine, and every :443 connection goes to the replica.
      'network.dns.localDomains': 'ems.element.io,ems-docs.element.io',
      'network.socket.forcePort': `443=${replicaPort}`,
      // A known moz-extension:// address (BiDi cannot list add-ons).
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // ESR accepts unsigned add-ons when asked; needed for a permanent (restart-surviving) install.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
  });
  await evaluateInChrome(browser, monitorSource(uuid));
  if (installTemporarily) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const driver = firefoxDriver(browser, uuid, replicaPort);
  return {
    browser,
    driver,
    uuid,
    close: async () => {
      await browser.close();
      if (!profile) rmSync(ownProfile, { recursive: true, force: true });
    },
  };
}

function firefoxDriver(browser: Browser, uuid: string, replicaPort: number): Driver {
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  const monitor = async (key: 'requests' | 'errors') =>
    JSON.parse((await evaluateInChrome(browser, `JSON.stringify(globalThis.__emsHelpMonitor.${key})`)) as string) as string[];
  const open = async (url: string) => {
    const page = await browser.newPage();
    await load(page, url);
    return tab(page);
  };
  return {
    name: 'firefox',
    extensionUrl,
    openEms: (path) => open(`https://ems.element.io${path}`),
    openExtensionPage: (path) => open(extensionUrl(path)),
    openWithoutExtension: async (path) => {
      const plain = await launchFirefox({ replicaPort, installTemporarily: false });
      const page = await plain.browser.newPage();
      await load(page, `https://ems.element.io${path}`);
      return { ...tab(page), close: () => plain.close() };
    },
    sendFromBackground: async (message) => {
      // Firefox's background is a page (MV2): an extension page reaches it, and its `browser`
      // sends as the background itself (no sender tab).
      const page = await open(extensionUrl('options.html'));
      await page.evaluate(async (_root, msg) => {
        interface Tabs {
          query(query: { url: string }): Promise<Array<{ id?: number }>>;
          sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
        }
        type Api = { runtime: { getBackgroundPage(): Promise<{ browser: { tabs: Tabs } }> } };
        const background = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
        const tabs = background.browser.tabs;
        const [tab] = await tabs.query({ url: 'https://ems.element.io/*' });
        await tabs.sendMessage(tab!.id!, msg, { frameId: 0 });
      }, message);
      await page.close();
    },
    tabOpenedBy: async (action) => {
      const before = new Set(await browser.pages());
      await action();
      const deadline = Date.now() + 10_000;
      for (;;) {
        const page = (await browser.pages()).find((p) => !before.has(p));
        if (page) {
          await waitForDocument(page, (href) => href !== 'about:blank', 'the new tab');
          return tab(page);
        }
        if (Date.now() > deadline) throw new Error('no tab opened within 10 s');
        await sleep(100);
      }
    },
    requests: () => monitor('requests'),
    errors: () => monitor('errors'),
  };
}

/**
 * The usual set-up of a Firefox test file: the replica and one Firefox with the add-on,
 * started before its tests and closed after them.
 */
export function setUpFirefox() {
  const state: { firefox?: FirefoxWithExtension; replica?: Replica } = {};
  beforeAll(async () => {
    state.replica = await startReplica();
    state.firefox = await launchFirefox({ replicaPort: state.replica.port });
  });
  afterAll(async () => {
    await state.firefox?.close();
    await state.replica?.close();
  });
  return {
    get firefox(): FirefoxWithExtension {
      if (!state.firefox) throw new Error('Firefox starts in beforeAll');
      return state.firefox;
    },
    get replica(): Replica {
      if (!state.replica) throw new Error('the replica starts in beforeAll');
      return state.replica;
    },
  };
}
