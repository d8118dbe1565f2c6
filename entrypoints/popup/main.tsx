// The toolbar popup: free search over the FAQ.

import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import { PopupSearch } from '@/components/popup/PopupSearch';
import { entries, searchData } from '@/lib/corpus';
import { answerUrlFor, hasSidePanel, openSidePanel } from '@/lib/extension-pages';
import { localizeDocument, t } from '@/lib/i18n';
import { createSearchEngine } from '@/lib/search';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { createRecentSearchesStore, createSettingsStore } from '@/lib/state/stores';
import { useEffectiveSettings } from '@/components/use-effective-settings';
import { followThemeSetting } from '@/components/document-theme';

const engine = createSearchEngine(entries, searchData);
const recent = createRecentSearchesStore();
const settings = createSettingsStore();
const managed = createManagedPolicyStore();
// Known before any click: the side panel opens only in the click's own turn (a user gesture).
let windowId: number | undefined;
browser.windows.getCurrent().then(
  (win) => (windowId = win.id),
  () => undefined,
);

/** The active tab's URL; the browser reveals it only on hosts the extension may access. */
async function getActiveTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

localizeDocument(t('extName'));
document.documentElement.classList.add('theme');
followThemeSetting(settings, document.documentElement, managed);

/** The popup with what the settings and the organisation's policy allow. */
function Popup() {
  const effective = useEffectiveSettings(settings, managed);
  return (
    <PopupSearch
      entries={entries}
      engine={engine}
      recent={recent}
      contact={effective.contact}
      keepRecent={effective.settings.keepRecentSearches}
      keepLearned={effective.settings.keepLearnedSuggestions}
      getActiveTabUrl={getActiveTabUrl}
      openAnswer={(id, active) => {
        browser.tabs.create({ url: answerUrlFor(id), active }).then(
          () => {
            if (active) window.close();
          },
          () => undefined, // no tab to open into (the window is closing): nothing to do
        );
      }}
      close={() => window.close()}
      openSidePanel={
        hasSidePanel()
          ? () => {
              void openSidePanel(windowId).then((opened) => opened && window.close());
            }
          : undefined
      }
    />
  );
}

// Rendered synchronously, so the search box has focus before the first keystroke arrives.
const root = createRoot(document.getElementById('root')!);
flushSync(() => {
  root.render(
    <StrictMode>
      <Popup />
    </StrictMode>,
  );
});
