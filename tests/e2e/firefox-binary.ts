// Which Firefox the real-browser suite runs, and whether it is new enough for the add-on.
// No test framework here: .ci/run asks the same question through scripts/check-firefox.ts.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** `140.0` → [140, 0]; `153.8.0esr` → [153, 8, 0]. */
const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);

function atLeast(version: string, minimum: string): boolean {
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The built manifest's `strict_min_version`: the add-on refuses to install in anything older. */
export function minimumFirefox(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { strict_min_version: string } };
  };
  return manifest.browser_specific_settings.gecko.strict_min_version;
}

/**
 * The Firefox binary and its version. Throws a one-line hint when none is installed or it is
 * older than the add-on needs: the suite fails then, it never skips.
 */
export function findFirefox(): { path: string; version: string } {
  const path = CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!path) {
    throw new Error(
      'No Firefox found for the real-browser tests: install it with `sudo apt-get install -y firefox-esr` ' +
        '(Debian/Ubuntu), or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  // "Mozilla Firefox 153.8.0esr"
  const output = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const version = /(\d+(?:\.\d+)+)/.exec(output)?.[1] ?? '0';
  const minimum = minimumFirefox();
  if (!atLeast(version, minimum)) {
    throw new Error(
      `Firefox ${version} at ${path} is older than the add-on's strict_min_version ${minimum}: ` +
        'install a newer one (`sudo apt-get install -y firefox-esr` from bookworm-security) or set FIREFOX_PATH.',
    );
  }
  return { path, version };
}
