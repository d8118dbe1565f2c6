// What the stores receive: both built manifests ask for exactly the permissions the README
// justifies, the built code loads and evaluates nothing remote, and the sources zip holds no
// keys, screenshots or builds.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint, type Rule } from 'eslint';
import globals from 'globals';
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

/** The files of a built extension whose names match, relative to its folder, sorted. */
const builtFiles = (dir: string, name: RegExp) =>
  readdirSync(join(output, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => name.test(f))
    .sort();

// The built code is scanned as code, not as text: each bundle is parsed, so a library's
// string that merely mentions eval, fetch or a URL (React's `<script><\/script>`, the FAQ's
// links) is not a call, and a call is found whatever the minifier named things around it.
// What a static scan cannot see: a URL built at run time from parts, or passed to fetch
// through a variable. The bundles fetch only through variables today (WXT's loader of the
// content script's own CSS, Vite's modulepreload polyfill), both of extension URLs.

/** The parts of an ESTree node that the scan looks at. */
interface Node {
  type: string;
  name?: string;
  value?: unknown;
  computed?: boolean;
  property?: Node;
  left?: Node;
  operator?: string;
  quasis?: { value: { cooked?: string | null } }[];
}

const REMOTE_URL = /^\s*(?:(?:https?|wss?|ftp):)?\/\//i;
const REMOTE_SCRIPT_TAG = /<script\b[^>]*\bsrc\s*=\s*["'`]?\s*(?:(?:https?|ftp):)?\/\//i;

/** The leading text of a string, template or string concatenation, if it has one. */
const leadingText = (node: Node | undefined): string | undefined =>
  node?.type === 'Literal' && typeof node.value === 'string'
    ? node.value
    : node?.type === 'TemplateLiteral'
      ? (node.quasis?.[0]?.value.cooked ?? undefined)
      : node?.type === 'BinaryExpression' && node.operator === '+'
        ? leadingText(node.left)
        : undefined;

const isRemote = (node: Node | undefined) => REMOTE_URL.test(leadingText(node) ?? '');

/** `f` of `f(...)`, `a.f(...)` and `a["f"](...)`. */
const calleeName = (callee: Node) =>
  callee.type === 'Identifier'
    ? callee.name
    : callee.type === 'MemberExpression'
      ? callee.computed
        ? leadingText(callee.property)
        : callee.property?.name
      : undefined;

/** The ways to load code that ESLint's no-eval, no-implied-eval and no-new-func leave out. */
const noRemoteLoad: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const report = (node: Rule.Node, message: string) => context.report({ node, message });
    return {
      // Any mention of eval: an alias (`const e = eval`) or a property (`window["eval"]`) too.
      Identifier(node) {
        if (node.name === 'eval') report(node, 'eval');
      },
      MemberExpression(node) {
        if (node.computed && leadingText(node.property) === 'eval') report(node, 'eval');
      },
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (name === 'importScripts') report(node, 'importScripts()');
        if ((name === 'fetch' || name === 'sendBeacon') && isRemote(node.arguments[0])) report(node, `${name}() of a remote URL`);
        // XMLHttpRequest's open(method, url); window.open(url) only opens a tab.
        if (name === 'open' && node.arguments.length >= 2 && isRemote(node.arguments[1])) report(node, 'open() of a remote URL');
      },
      NewExpression(node) {
        const name = calleeName(node.callee);
        if (/^(Worker|SharedWorker|WebSocket|EventSource)$/.test(name ?? '') && isRemote(node.arguments[0])) {
          report(node, `new ${name}() of a remote URL`);
        }
      },
      // import() of anything but one of our own files (the bundles hold none at all today).
      ImportExpression(node) {
        if (!/^\.{0,2}\/(?!\/)/.test(leadingText(node.source) ?? '')) report(node, 'import() of a computed or remote name');
      },
      Literal(node) {
        if (typeof node.value === 'string' && REMOTE_SCRIPT_TAG.test(node.value)) report(node, '<script src> of a remote URL');
      },
      TemplateElement(node) {
        if (REMOTE_SCRIPT_TAG.test(node.value.cooked ?? node.value.raw)) report(node, '<script src> of a remote URL');
      },
    };
  },
};

const scanner = (sourceType: 'module' | 'script') =>
  new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        // The globals, so that no-implied-eval knows setTimeout and window from a local.
        languageOptions: { ecmaVersion: 'latest', sourceType, globals: { ...globals.browser, ...globals.serviceworker } },
        // A bundle's own `eslint-disable` comments must not switch the scan off.
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        plugins: { bundle: { rules: { 'no-remote-load': noRemoteLoad } } },
        rules: {
          'no-eval': 'error',
          'no-implied-eval': 'error',
          'no-new-func': 'error',
          'bundle/no-remote-load': 'error',
        },
      },
    ],
  });
const scanners = { module: scanner('module'), script: scanner('script') };

/** What the scan finds in some code, as `file:line:column rule: message — code around it`. */
async function remoteCode(code: string, file: string): Promise<string[]> {
  // Chunks are ES modules; background.js and content scripts are classic scripts.
  let [result] = await scanners.module.lintText(code, { filePath: join(root, file), warnIgnored: true });
  if (result!.messages.some((m) => m.fatal)) {
    [result] = await scanners.script.lintText(code, { filePath: join(root, file), warnIgnored: true });
  }
  const lines = code.split('\n');
  return result!.messages.map((m) => {
    const around = lines[m.line - 1]?.slice(Math.max(0, m.column - 41), m.column + 40) ?? '';
    return `${file}:${m.line}:${m.column} ${m.ruleId ?? 'parse'}: ${m.message} — ${around}`;
  });
}

describe('the built code', () => {
  it('is scanned by a check that finds each way of loading code, and passes what our bundles hold', async () => {
    const caught = [
      'eval("1")',
      '(0, eval)("1")',
      'const e = eval; e("1")',
      'window["eval"]("1")',
      'new Function("return 1")',
      'Function("return 1")()',
      'setTimeout("alert(1)", 1)',
      'importScripts("x.js")',
      'self.importScripts(u)',
      'fetch("https://example.com/x.js")',
      'fetch(`//example.com/${x}`)',
      'window.fetch("http://" + host + "/x")',
      'navigator.sendBeacon("https://example.com/b", d)',
      'const x = new XMLHttpRequest(); x.open("GET", "https://example.com/x.js")',
      'new Worker("https://example.com/w.js")',
      'new WebSocket("wss://example.com/")',
      'import("https://example.com/m.js")',
      'import(name)',
      'document.body.append(`<script src="https://example.com/x.js"></script>`)',
      'const t = "<script type=module src=//example.com/x.js></script>"',
    ];
    for (const code of caught) expect(await remoteCode(`${code};\nexport {};`, 'x.js'), code).not.toEqual([]);
    const passed = [
      // React DOM, Vite's modulepreload polyfill and WXT's stylesheet loader, as built.
      'o.innerHTML=`<script><\\/script>`',
      'function n(e){fetch(e.href,t(e))}',
      'async function x(e){return await(await fetch(browser.runtime.getURL(`/content-scripts/content.css`))).text()}',
      // Links in the FAQ, URL parsing, and the tab an answer opens.
      'const a = {url:`https://ems.element.io/support`}; new URL(p, "https://ems.element.io")',
      'window.open("https://ems.element.io/")',
      'import("./chunk.js")',
      'const evaluation = o.evaluate; const f = typeof Function',
    ];
    for (const code of passed) expect(await remoteCode(`${code};\nexport {};`, 'x.js'), code).toEqual([]);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: no bundle evaluates code or loads any remotely', async (dir) => {
    const files = builtFiles(dir, /\.js$/);
    expect(files).toEqual(expect.arrayContaining(['background.js', 'content-scripts/content.js']));
    expect(files.filter((f) => f.startsWith('chunks/')).length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) found.push(...(await remoteCode(readFileSync(join(output, dir, file), 'utf8'), `${dir}/${file}`)));
    expect(found).toEqual([]);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: each page runs only scripts of its own, from the package', (dir) => {
    const pages = builtFiles(dir, /\.html$/);
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'options.html', 'answer.html']));
    for (const page of pages) {
      const html = readFileSync(join(output, dir, page), 'utf8');
      const sources = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1] ?? '(inline)');
      expect(sources.length, page).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src, `${page}: ${src}`).toMatch(/^\/(?!\/)/);
        expect(existsSync(join(output, dir, src)), `${page}: ${src}`).toBe(true);
      }
      expect(html, page).not.toMatch(REMOTE_SCRIPT_TAG);
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
