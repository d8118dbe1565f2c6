// WXT build configuration: one source tree, Chrome (MV3) and Firefox builds.
import { defineConfig } from 'wxt';
import { emsCorpus } from './lib/corpus/build/vite-plugin.ts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every name is imported where it is used, so readers and the type checker can follow it.
  imports: false,
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [emsCorpus()],
    // Source maps only for `npm run lint:firefox`, which maps each linter warning back to
    // the file it came from (react-dom's own innerHTML is the one warning allowed).
    build: { sourcemap: process.env.EMS_HELP_SOURCEMAPS === '1' },
  }),
  manifest: ({ browser }) => ({
    name: 'EMS Help',
    description:
      'The Element Matrix Services FAQ where you need it: in the EMS control panel, offline and private.',
    // Each permission is explained in README.md ("Permissions").
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://ems.element.io/*'],
    // The panel page is the one page an EMS page may frame (the content script places it),
    // and only EMS pages may. Chrome: through a per-session address, so no page can tell
    // the extension is installed from a fixed URL. Its scripts and styles are loaded by the
    // extension's own page, which needs no listing here.
    web_accessible_resources:
      browser === 'firefox'
        ? ['panel.html']
        : [{ resources: ['panel.html'], matches: ['https://ems.element.io/*'], use_dynamic_url: true }],
    // The same panel page in the browser's own side panel (setting "Where help appears").
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'panel.html', default_title: 'EMS Help', open_at_install: false } }
      : { side_panel: { default_path: 'panel.html' } }),
    action: { default_title: 'Search EMS Help' },
    omnibox: { keyword: 'ems' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide EMS Help (in the EMS page, or the side panel)',
      },
      // The browser's own command for the toolbar popup (named per manifest version).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+E' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ems-help@ems-help.github.io',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is for store review: the code and corpus, none of what tests make.
    excludeSources: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/artifacts/**',
      '**/*.pem',
      '**/*.key',
      '**/*.png',
      '!assets/public/**',
      'assets/screenshots/**',
    ],
  },
});
