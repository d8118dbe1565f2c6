// What the stores receive: both built manifests ask for exactly the permissions the README
// justifies, load nothing remote, and the sources zip holds no keys, screenshots or builds.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const output = join(root, '.output');
const manifest = (dir: string) => JSON.parse(readFileSync(join(output, dir, 'manifest.json'), 'utf8'));

beforeAll(() => {
  // Builds both browsers and writes the three zips, as `npm run zip` does for a release.
  // NODE_ENV=test (set by vitest) would make the build use React's development JSX runtime.
  execFileSync('npm', ['run', '--silent', 'zip'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}, 120_000);

/** Every string in a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];

describe('the built manifests', () => {
  it('ask Chrome for exactly storage, contextMenus, sidePanel and ems.element.io', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
    expect(m.host_permissions).toEqual(['https://ems.element.io/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([['https://ems.element.io/*']]);
    // Only the panel page may be framed, only by EMS pages, only through a dynamic address.
    expect(m.web_accessible_resources).toEqual([
      { resources: ['panel.html'], matches: ['https://ems.element.io/*'], use_dynamic_url: true },
    ]);
    expect(m.side_panel).toEqual({ default_path: 'panel.html' });
  });

  it('ask Firefox for the same, with its add-on id and no data collection', () => {
    const m = manifest('firefox-mv2');
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'https://ems.element.io/*', 'storage']);
    expect(m.browser_specific_settings.gecko).toMatchObject({
      id: 'ems-help@ems-help.github.io',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.web_accessible_resources).toEqual(['panel.html']);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'panel.html' });
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: load no remote code and keep the default content-security policy', (dir) => {
    const m = manifest(dir);
    const remote = strings(m).filter((s) => /^(https?:)?\/\//.test(s) && s !== 'https://ems.element.io/*');
    expect(remote).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
  });

  it('has every permission named in the README with its reason', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
    for (const permission of ['storage', 'contextMenus', 'sidePanel', 'https://ems.element.io/*']) {
      expect(section).toMatch(new RegExp(`\\|\\s*[^|]*\`${permission.replace(/[.*/]/g, '\\$&')}\`[^|]*\\|\\s*\\w+`));
    }
  });
});

describe('the store packages', () => {
  const zips = () => readdirSync(output).filter((f) => f.endsWith('.zip'));

  it('are a Chrome zip, a Firefox zip and a sources zip', () => {
    expect(zips().some((f) => f.endsWith('-chrome.zip'))).toBe(true);
    expect(zips().some((f) => f.endsWith('-firefox.zip'))).toBe(true);
    expect(zips().some((f) => f.endsWith('-sources.zip'))).toBe(true);
  });

  it('the sources zip holds the code and corpus, and no key, screenshot, node_modules or build output', async () => {
    const file = zips().find((f) => f.endsWith('-sources.zip'))!;
    const zip = await JSZip.loadAsync(readFileSync(join(output, file)));
    const names = Object.keys(zip.files);
    expect(names).toContain('package.json');
    expect(names).toContain('assets/corpus/ems-faq.md');
    expect(names).toContain('lib/corpus/build/parse-faq.ts');
    expect(names.filter((n) => /\.(pem|key|p12)$/i.test(n))).toEqual([]);
    expect(names.filter((n) => /screenshots?\//i.test(n))).toEqual([]);
    expect(names.filter((n) => /(^|\/)(node_modules|\.output|\.wxt)\//.test(n))).toEqual([]);
    expect(names.filter((n) => n.startsWith('tests/artifacts/'))).toEqual([]);
  });
});
