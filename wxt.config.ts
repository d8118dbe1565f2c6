// WXT build configuration: one source tree, Chrome (MV3) and Firefox builds.
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { loadCorpus } from './lib/corpus/build/load-corpus.ts';
import { optimiseMedia } from './lib/corpus/build/media.ts';
import { emsCorpus } from './lib/corpus/build/vite-plugin.ts';

/**
 * panel.html's first script (entrypoints/panel-first.ts, built as /panel-first.js): a plain
 * script at the top of the head, which runs before the page's modules have arrived. Added
 * after Vite has bundled the page, which would otherwise warn that it cannot bundle it.
 */
function panelFirstScript(): Plugin {
  return {
    name: 'ems-panel-first-script',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.path.endsWith('/panel/index.html') || context.path.endsWith('/panel.html')
          ? [{ tag: 'script', attrs: { src: '/panel-first.js' }, injectTo: 'head-prepend' }]
          : undefined,
    },
  };
}

export default defineConfig({
  // @wxt-dev/i18n turns locales/<lang>.json into _locales/<lang>/messages.json (lib/i18n.ts).
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Every name is imported where it is used, so readers and the type checker can follow it.
  imports: false,
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [emsCorpus(), panelFirstScript()],
    // Source maps only for `npm run lint:firefox`, which maps each linter warning back to
    // the file it came from (react-dom's own innerHTML is the one warning allowed).
    build: {
      sourcemap: process.env.EMS_HELP_SOURCEMAPS === '1',
      // Rolldown's timing report ("[PLUGIN_TIMINGS] …") only when asked for: a newcomer's
      // build and `npm test` print no timing noise. `EMS_HELP_TIMINGS=1 npm run build` shows it.
      rolldownOptions: { checks: { bundlerTimings: process.env.EMS_HELP_TIMINGS === '1' } },
    },
  }),
  hooks: {
    // The guides' screenshots, resized and re-encoded (cached), shipped at corpus-media/….
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await optimiseMedia(loadCorpus().media)));
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and the other browser-shown texts come from locales/<lang>.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
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
      ? { sidebar_action: { default_panel: 'panel.html', default_title: '__MSG_extName__', open_at_install: false } }
      : { side_panel: { default_path: 'panel.html' } }),
    action: { default_title: '__MSG_extActionTitle__' },
    omnibox: { keyword: 'ems' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_extTogglePanelCommand__',
      },
      // The browser's own command for the toolbar popup (named per manifest version).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+E' },
      },
    },
    // Chrome reads an organisation's policy against this schema (README: "For administrators");
    // Firefox takes it from the 3rdparty section of its enterprise policies, without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ems-help@ems-help.github.io',
              // The newest key in this manifest is `data_collection_permissions`, which
              // desktop Firefox reads from 140 (the ESR Debian bookworm ships; 139 would
              // ignore it, and addons-linter says so). Everything else here (MV2 background
              // scripts, browser_action, options_ui, omnibox, commands, contextMenus) is far
              // older. The real-browser suite and .ci/run check the installed Firefox against
              // the built manifest's value.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` only from 142.
            gecko_android: { strict_min_version: '142.0' },
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
