// Launches Debian's Chromium with the built extension loaded, pointed at the local replica
// under the real host name. Never downloads a browser: see ../../README.md for installing one.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startReplica, type Replica } from './replica/server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the real-browser tests. Install it with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  replicaPort: number;
  colorScheme?: 'light' | 'dark';
  /** False opens a window (the demo, where a display exists). */
  headless?: boolean;
  extraArgs?: string[];
}

export async function launchWithExtension({
  replicaPort,
  colorScheme = 'light',
  headless = true,
  extraArgs = [],
}: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'ems-help-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    colorScheme,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // The EMS docs site too: the fallback scenario opens its search, which must load somewhere.
      `--host-resolver-rules=MAP ems.element.io 127.0.0.1:${replicaPort},MAP ems-docs.element.io 127.0.0.1:${replicaPort}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The usual set-up of a real-browser test file: the local EMS replica and a Chromium with
 * the extension, started before its tests and closed after them.
 */
export function setUpExtensionBrowser(options: Omit<LaunchOptions, 'replicaPort'> = {}) {
  const state: { browser?: ExtensionBrowser; replica?: Replica } = {};
  beforeAll(async () => {
    state.replica = await startReplica();
    state.browser = await launchWithExtension({ ...options, replicaPort: state.replica.port });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.replica?.close();
  });
  return {
    get browser(): ExtensionBrowser {
      if (!state.browser) throw new Error('the browser starts in beforeAll');
      return state.browser;
    },
    get replica(): Replica {
      if (!state.replica) throw new Error('the replica starts in beforeAll');
      return state.replica;
    },
  };
}
