// The content script on ems.element.io: works out which page of the control panel the
// user is on, mounts the help panel in a shadow root, and follows the single-page app.

import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createStore } from 'zustand/vanilla';
import '../../components/theme.css';
import '../../components/panel/panel.css';
import type { PanelRequest } from '../../components/panel/Panel';
import { entries } from '../../lib/corpus';
import { isContentMessage, openAnswerInTab } from '../../lib/messages';
import { backgroundPanelSearch } from '../../lib/panel-search';
import { createLearnedStore } from '../../lib/state/learned';
import { createPanelPrefsStore } from '../../lib/state/panel-prefs';
import { createSettingsStore } from '../../lib/state/settings';
import { ContentApp } from './ContentApp';

/** The panel's host element in the page. */
const PANEL_ELEMENT = 'ems-help-panel';

export default defineContentScript({
  matches: ['https://ems.element.io/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Firefox injects this script again into open EMS tabs when the add-on is installed or
    // updated, and the copy it replaces can no longer run to take its panel away: a panel
    // still on the page is that old copy's, so it goes before this copy mounts its own.
    document.querySelectorAll(PANEL_ELEMENT).forEach((old) => old.remove());

    // The engine stays in the background: see lib/panel-search.ts.
    const search = backgroundPanelSearch(entries);
    const prefs = createPanelPrefsStore();
    const settings = createSettingsStore();
    const learned = createLearnedStore();
    // The address the app is at; the navigation watcher below keeps it current.
    const location = createStore(() => ({ url: window.location.href }));
    const requests = createStore<{ request: PanelRequest | null }>(() => ({ request: null }));

    const ui = await createShadowRootUi<Root>(ctx, {
      name: PANEL_ELEMENT,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in the panel stay in the panel: the host app's shortcuts never see them.
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <ContentApp
            location={location}
            settings={settings}
            requests={requests}
            entries={entries}
            search={search}
            prefs={prefs}
            learned={learned}
            openInTab={(id, active) => {
              openAnswerInTab(id, active).catch(() => {
                // The extension was updated or reloaded under this page: this copy of the
                // content script is about to be removed; nothing useful to do here.
              });
            }}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();

    // Single-page app navigation: pushState, back/forward and `#/…` tab changes.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      location.setState({ url: newUrl.href });
    });
    ctx.addEventListener(window, 'hashchange', () => {
      location.setState({ url: window.location.href });
    });

    // When the extension is updated or reloaded, this copy loses its connection to it and
    // must take its panel away. WXT notices on its next timer tick (ctx.setInterval checks
    // the context on every tick), and then runs the UI's onRemove.
    ctx.setInterval(() => undefined, 1000);

    // The keyboard command and the context menu reach the panel through the background.
    let seq = 0;
    const onMessage = (message: unknown) => {
      if (!isContentMessage(message)) return undefined;
      seq += 1;
      requests.setState({
        request: message.type === 'toggle-panel' ? { type: 'toggle', seq } : { type: 'search', query: message.query, seq },
      });
      return Promise.resolve({ ok: true });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
