// The answer tab (`answer.html#<id>`): one answer, or the whole FAQ at `#index`.

import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/answer/answer.css';
import { AnswerPage } from '../../components/answer/AnswerPage';
import { corpusIndex, entries, searchData } from '../../lib/corpus';
import { createSearchEngine } from '../../lib/search';
import { createSettingsStore } from '../../lib/state/settings';
import { followThemeSetting } from '../../components/document-theme';

const engine = createSearchEngine(entries, searchData);

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function App() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return (
    <AnswerPage
      entries={entries}
      index={corpusIndex}
      engine={engine}
      hash={hash}
      navigate={(next) => {
        window.location.hash = next;
      }}
      copyText={(text) => navigator.clipboard.writeText(text)}
    />
  );
}

document.documentElement.classList.add('theme');
followThemeSetting(createSettingsStore());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
