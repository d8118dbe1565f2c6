// The answer tab (`answer.html#<id>`): one answer, or the whole FAQ at `#index`.

import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { pendingQueryKey } from '@/lib/background/handlers';
import '@/components/theme.css';
import '@/components/answer/answer.css';
import { AnswerPage } from '@/components/answer/AnswerPage';
import { corpusIndex, entries, searchData } from '@/lib/corpus';
import { localizeDocument } from '@/lib/i18n';
import { createSearchEngine } from '@/lib/search';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { createSettingsStore } from '@/lib/state/stores';
import { useEffectiveSettings } from '@/components/use-effective-settings';
import { followThemeSetting } from '@/components/document-theme';

const engine = createSearchEngine(entries, searchData);
const settings = createSettingsStore();
const managed = createManagedPolicyStore();

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * `#index?pending=<token>` (the omnibox, the context menu): the search text was kept out of
 * the address, in `storage.session`. Take it once, delete it, and show plain `#index`.
 */
async function takePendingQuery(): Promise<string> {
  const match = /^#index\?pending=([0-9a-f-]{36})$/.exec(window.location.hash);
  if (!match) return '';
  history.replaceState(null, '', '#index');
  const key = pendingQueryKey(match[1]!);
  try {
    const stored = await browser.storage.session.get(key);
    await browser.storage.session.remove(key);
    const query = stored[key];
    return typeof query === 'string' ? query.slice(0, 200) : '';
  } catch {
    return '';
  }
}

function App({ pendingFilter }: { pendingFilter: string }) {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const effective = useEffectiveSettings(settings, managed);
  return (
    <AnswerPage
      entries={entries}
      index={corpusIndex}
      engine={engine}
      pendingFilter={pendingFilter}
      contact={effective.contact}
      keepLearned={effective.settings.keepLearnedSuggestions}
      hash={hash}
      navigate={(next) => {
        window.location.hash = next;
      }}
      copyText={(text) => navigator.clipboard.writeText(text)}
    />
  );
}

localizeDocument(); // the title follows the answer shown (AnswerPage)
document.documentElement.classList.add('theme');
followThemeSetting(settings, document.documentElement, managed);
void takePendingQuery().then((pendingFilter) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App pendingFilter={pendingFilter} />
    </StrictMode>,
  );
});
