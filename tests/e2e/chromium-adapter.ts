// The shared scenarios' driver for Chromium, on Playwright (browser.ts launches it).

import { chromium, type Page } from 'playwright-core';
import { findChromium, type ExtensionBrowser } from './browser';
import { DOCUMENT_ROOT, frameAccess, PANEL_FRAME_URL, scopeIn, type Driver, type FrameAccess, type Tab } from './driver';


/**
 * Finds the panel in a tab: the panel page in the EMS page's frame (inside a closed shadow
 * root, which the frame tree reaches). Looked up on every call: the page may have removed
 * the host and the content script put a new frame in.
 */
function panelScope(page: Page) {
  const current = () => {
    const frame = page.frames().find((f) => PANEL_FRAME_URL.test(f.url()) && !f.isDetached());
    if (!frame) throw new Error('no EMS Help panel frame in the page yet');
    return frame;
  };
  const access: FrameAccess = {
    evaluate: (expression) => current().evaluate(expression),
    clickElement: (expression) => frameAccess(page.keyboard, current()).clickElement(expression),
    type: (text) => page.keyboard.type(text),
  };
  return scopeIn(access, DOCUMENT_ROOT);
}

function tab(page: Page): Tab {
  return {
    ...scopeIn(frameAccess(page.keyboard, page.mainFrame()), DOCUMENT_ROOT),
    panel: panelScope(page),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    url: async () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    back: async () => {
      await page.goBack();
    },
    forward: async () => {
      await page.goForward();
    },
    closed: async () => page.isClosed(),
    close: () => page.close(),
  };
}

/**
 * Wraps a launched Chromium. Requests and errors are collected from here on: every page's
 * requests, uncaught errors and console errors, and the background service worker's.
 */
export function chromiumDriver(browser: ExtensionBrowser, replicaPort: number): Driver {
  const requests: string[] = [];
  const errors: string[] = [];
  const { context } = browser;
  context.on('request', (request) => requests.push(request.url()));
  context.on('weberror', (error) => errors.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
  browser.serviceWorker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`background: ${message.text()}`);
  });

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return tab(page);
  };
  return {
    name: 'chromium',
    extensionUrl: (path) => browser.extensionUrl(path),
    openEms: (path) => open(`https://ems.element.io${path}`),
    openExtensionPage: (path) => open(browser.extensionUrl(path)),
    openWithoutExtension: async (path) => {
      const plain = await chromium.launch({
        executablePath: findChromium(),
        args: [`--host-resolver-rules=MAP ems.element.io 127.0.0.1:${replicaPort}`, '--no-sandbox', '--disable-gpu', '--disable-quic'],
      });
      const page = await plain.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
      await page.goto(`https://ems.element.io${path}`);
      return { ...tab(page), close: () => plain.close() };
    },
    sendFromBackground: async (message) => {
      await browser.serviceWorker.evaluate(async (msg) => {
        const [tab] = await chrome.tabs.query({ url: 'https://ems.element.io/*' });
        await chrome.tabs.sendMessage(tab!.id!, msg, { frameId: 0 });
      }, message);
    },
    tabOpenedBy: async (action) => {
      const [page] = await Promise.all([context.waitForEvent('page', { timeout: 10_000 }), action()]);
      await page.waitForLoadState('load');
      return tab(page);
    },
    requests: async () => [...requests],
    errors: async () => [...errors],
  };
}
