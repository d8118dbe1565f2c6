// The organisation's policy in a real Chromium: the browser reads it from
// /etc/chromium/policies/managed/*.json ("3rdparty" → "extensions" → <extension id>) and
// hands it to the extension as `storage.managed`.
//
// This file writes into /etc (the test machine runs as root), so it is COLLECTED ONLY WHEN
// `CI=true` or `EMS_HELP_POLICY_TEST=1` (see vitest.e2e.config.ts); otherwise vitest does not
// see it at all, rather than reporting a pass. When it runs, it asserts the organisation's
// contact in the panel and a locked setting in the settings page, and it removes the policy
// file (and any directory it created) afterwards, even when a test fails.
//
// The extension's id of an unpacked build follows from its path: a FIRST launch reads it
// from the service worker, the policy is written for that id, and a SECOND launch (a new
// profile, the same extension path, so the same id) starts with the policy in force.

import { existsSync, mkdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { panelIn } from './panel-frame';
import { startReplica, type Replica } from './replica/server';

const POLICY_ROOT = '/etc/chromium/policies';
const POLICY_DIR = `${POLICY_ROOT}/managed`;
const POLICY_FILE = `${POLICY_DIR}/ems-help-e2e-${process.pid}.json`;

const CONTACT_URL = 'https://helpdesk.example.org/ems';
const CONTACT_LABEL = 'IT helpdesk';

/** The directories this file made (removed again, deepest first, only if it made them). */
const created: string[] = [];

function writePolicy(extensionId: string) {
  for (const dir of ['/etc/chromium', POLICY_ROOT, POLICY_DIR]) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.push(dir);
    }
  }
  const policy = {
    '3rdparty': {
      extensions: {
        [extensionId]: {
          helpContactUrl: CONTACT_URL,
          helpContactLabel: CONTACT_LABEL,
          keepRecentSearches: false,
          panelSide: 'right',
          locked: ['keepRecentSearches', 'panelSide'],
        },
      },
    },
  };
  writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
}

function removePolicy() {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of created.reverse()) {
    try {
      rmdirSync(dir); // only while empty: never anything that is not ours
    } catch {
      // Something else put a file there meanwhile: leave it.
    }
  }
  created.length = 0;
}

let replica: Replica | undefined;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  replica = await startReplica();
  try {
    const first = await launchWithExtension({ replicaPort: replica.port });
    const extensionId = first.extensionId;
    await first.close();
    writePolicy(extensionId);
    browser = await launchWithExtension({ replicaPort: replica.port });
    expect(browser.extensionId).toBe(extensionId);
  } catch (error) {
    removePolicy();
    throw error;
  }
}, 120_000);

afterAll(async () => {
  try {
    await browser?.close();
    await replica?.close();
  } finally {
    removePolicy();
  }
});

const env = () => {
  if (!browser) throw new Error('the browser starts in beforeAll');
  return browser;
};

describe('an organisation’s policy (Chromium, /etc/chromium/policies/managed)', () => {
  it('reaches the extension as storage.managed', async () => {
    const managed = await env().serviceWorker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ helpContactUrl: CONTACT_URL, helpContactLabel: CONTACT_LABEL });
  });

  it('puts the organisation’s help contact in the panel in place of EMS support', async () => {
    const page = await env().newPage();
    await page.goto('https://ems.element.io/user/billing');
    const panel = await panelIn(page);
    await panel.getByRole('searchbox', { name: 'Search the FAQ and guides' }).fill('qwxzv plorkt');
    const contact = panel.getByRole('link', { name: CONTACT_LABEL });
    await expect.poll(() => contact.count()).toBe(1);
    expect(await contact.getAttribute('href')).toBe(CONTACT_URL);
    expect(await contact.getAttribute('target')).toBe('_blank');
    expect(await contact.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await panel.getByRole('link', { name: 'Ask EMS support' }).count()).toBe(0);
    await page.close();
  });

  it('shows a locked setting disabled, with its value and "Set by your organisation"', async () => {
    const page = await env().newPage();
    await page.goto(env().extensionUrl('options.html'));
    const keepRecent = page.getByRole('switch', { name: 'Keep recent searches' });
    await expect.poll(() => keepRecent.isDisabled()).toBe(true);
    expect(await keepRecent.isChecked()).toBe(false);
    // Not locked: still the person's to change.
    expect(await page.getByRole('switch', { name: 'Keep learned suggestions' }).isDisabled()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Right edge of the page' }).isDisabled()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Right edge of the page' }).isChecked()).toBe(true);
    expect(await page.getByText('Set by your organisation').count()).toBe(2);
    await page.close();
  });
});
