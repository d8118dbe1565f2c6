// The panel page (panel.html): the help panel in the EMS page's frame (`?in=page`), in
// Chrome's side panel and in Firefox's sidebar. See components/panel/PanelApp.tsx. The
// page's first script (entrypoints/panel-first.ts) has already asked storage for what the
// first paint needs; the stores below take those answers.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/panel/panel.css';
import { followThemeSetting } from '@/components/document-theme';
import { reactStarts, whenRead } from '@/components/panel/first-paint-handover';
import { PanelApp, panelHostFromUrl } from '@/components/panel/PanelApp';
import { stopWaitingForPolicy } from '@/components/panel/policy-wait';
import { askBackground } from '@/components/panel/screen-answers';
import { catalogue } from '@/lib/corpus/catalogue';
import { retireWhenExtensionEnds } from '@/lib/extension-life';
import { openAnswerInTab } from '@/lib/extension-pages';
import { localizeDocument, t } from '@/lib/i18n';
import { createManagedPolicyStore, sessionArea } from '@/lib/state/managed-store';
import { createLearnedStore, createPanelPrefsStore, createSettingsStore } from '@/lib/state/stores';

// Firefox keeps this page alive in the EMS page after an update of the add-on, with its API
// torn down: it then unloads itself rather than touch that API again (lib/extension-life.ts).
retireWhenExtensionEnds();

const host = panelHostFromUrl(window.location.search);
const catalogueIds = new Set(catalogue.map((entry) => entry.id));
// The answers and the engine are a second chunk, loaded when the person starts using the
// panel: the page's suggestions need only the catalogue, the build's topic rankings and,
// for what the screen shows, the background's engine.
const loadAnswers = () => import('./answers').then(({ buildAnswers }) => buildAnswers());
const askScreen = askBackground((id) => catalogueIds.has(id));
const settings = createSettingsStore();
localizeDocument(t('extName'));
// The organisation's policy: its warnings go to the background's console, not this page's.
// Chrome's read of it is slow and uneven: the background's copy from this browser session
// stands in until it answers (lib/state/managed-store.ts).
const managed = createManagedPolicyStore({ startFrom: sessionArea() });
// Right after the browser starts there is no copy yet, and the first read can take seconds:
// draw without it meanwhile.
stopWaitingForPolicy(managed);
const prefs = createPanelPrefsStore();
const learned = createLearnedStore();
// In the EMS page, the page's first script may draw the panel's first state before this
// runs (components/panel/first-paint.ts). React's first render there waits for the stores:
// before they are read it would draw an empty frame over that drawing (and the theme would
// blink to its default). It draws nothing before they are read anyway.
const read = () => settings.getState().hydrated && prefs.getState().hydrated && learned.getState().hydrated && managed.getState().loaded;
void (host.in === 'page' ? whenRead(read, [settings, prefs, learned, managed]) : Promise.resolve()).then(() => {
  reactStarts();
  document.documentElement.classList.add('theme', host.in === 'page' ? 'in-page' : 'in-side');
  followThemeSetting(settings, document.documentElement, managed);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PanelApp
        host={host}
        entries={catalogue}
        loadAnswers={loadAnswers}
        askScreen={askScreen}
        prefs={prefs}
        learned={learned}
        settings={settings}
        managed={managed}
        openInTab={(id, active) => {
          openAnswerInTab(id, active).catch(() => {
            // The extension was reloaded under this page: this frame is about to go.
          });
        }}
      />
    </StrictMode>,
  );
});
