// The toolbar popup: free search over the FAQ.

import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { PopupSearch } from '../../components/popup/PopupSearch';
import { entries, searchData } from '../../lib/corpus';
import { answerPageUrl } from '../../lib/messages';
import { createSearchEngine } from '../../lib/search';
import { createRecentSearchesStore } from '../../lib/state/recent-searches';
import { createSettingsStore } from '../../lib/state/settings';
import { followThemeSetting } from '../../components/document-theme';

const engine = createSearchEngine(entries, searchData);
const recent = createRecentSearchesStore();

/** The active tab's URL; the browser reveals it only on hosts the extension may access. */
async function getActiveTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

document.documentElement.classList.add('theme');
followThemeSetting(createSettingsStore());
// Rendered synchronously, so the search box has focus before the first keystroke arrives.
const root = createRoot(document.getElementById('root')!);
flushSync(() => {
  root.render(
    <StrictMode>
      <PopupSearch
        entries={entries}
        engine={engine}
        recent={recent}
        getActiveTabUrl={getActiveTabUrl}
        openAnswer={(id, active) => {
          void browser.tabs.create({ url: answerPageUrl(id), active }).then(() => {
            if (active) window.close();
          });
        }}
        close={() => window.close()}
      />
    </StrictMode>,
  );
});
