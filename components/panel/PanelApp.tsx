// The panel page (panel.html) as one app, wherever it is hosted:
// - in the EMS page, in the frame the content script placed: it learns where the user is
//   over a private port to that content script, and tells it the size to give the frame;
// - in the browser's side panel (Firefox: sidebar): it follows the active tab of its
//   window, asking that tab's content script (or, without one, reading the tab's address).
// It carries the corpus and the search engine itself: no round trip per keystroke. It lists
// the page's suggestions from the corpus's catalogue and the build's ranking of each page's
// topics, with the background's engine answering for what the screen shows; it loads the
// answers and builds its own engine (main.tsx gives `loadAnswers`) only when the person
// starts using the panel: an idle panel in every EMS tab holds no engine (6 MB each).

import { useCallback, useEffect, useRef, useState } from 'react';
import { useEffectiveSettings } from '../use-effective-settings';
import { InPagePanel } from './InPagePanel';
import { guardClicksWhileCovered } from './occlusion-guard';
import type { LoadedAnswers, PanelAppProps } from './panel-page';
import { SidePanel } from './SidePanel';

export type { PanelAppProps, PanelHost } from './panel-page';
// Read by the panel page's first script too, which must not load React: its own module.
export { panelHostFromUrl } from './host-url';

export function PanelApp(props: PanelAppProps) {
  // The panel draws once the settings are read; the answers load when the person uses it.
  const drawn = useEffectiveSettings(props.settings, props.managed).loaded;
  const { answers, needAnswers } = useAnswersOnFirstUse(props.loadAnswers, drawn);
  const shared = {
    ...props,
    entries: answers?.entries ?? props.entries,
    engine: answers?.engine ?? null,
    needAnswers,
    screenOf: answers?.screen ?? null,
  };
  const inPage = props.host.in === 'page';
  // In someone else's page: no pointer click while the page covers the panel (where the browser can tell).
  useEffect(() => (inPage ? guardClicksWhileCovered(document) : undefined), [inPage]);
  return props.host.in === 'page' ? (
    <InPagePanel {...shared} initial={props.host.initial} />
  ) : (
    <SidePanel {...shared} tabId={props.host.tabId} />
  );
}

/** What the person does in the panel that will soon need an answer or the engine. */
const INTERACTIONS = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * The answers and the engine, loaded when the person starts using the panel (a pointer on
 * it, a key, focus in it): to expand an answer, or to search. Loading them (a chunk six
 * times the catalogue's size) and building the engine (it indexes the whole corpus, 6 MB)
 * take longer than drawing the panel, and an idle panel needs neither. `needAnswers` asks
 * for them without an interaction: a panel drawn again with a search in its box (the page
 * replaced it) must show that search's results.
 */
function useAnswersOnFirstUse(load: () => Promise<LoadedAnswers>, drawn: boolean): { answers: LoadedAnswers | null; needAnswers: () => void } {
  const [answers, setAnswers] = useState<LoadedAnswers | null>(null);
  // Asked for before the effect below was set up (a child's effect runs before its parent's).
  const needed = useRef(false);
  // The effect's way to start loading, while it is set up.
  const startNow = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!drawn) return;
    let live = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      stopWaiting();
      load()
        .then((loaded) => {
          if (live) setAnswers(loaded);
        })
        .catch(() => {
          // The extension was reloaded under this page: this frame is about to go.
        });
    };
    for (const type of INTERACTIONS) document.addEventListener(type, start, true);
    startNow.current = start;
    // Already in use (the side panel opened with its search box focused, a request's focus),
    // or asked for.
    if (needed.current || (document.hasFocus() && document.activeElement !== document.body && document.activeElement !== null)) start();
    function stopWaiting() {
      for (const type of INTERACTIONS) document.removeEventListener(type, start, true);
    }
    return () => {
      live = false;
      stopWaiting();
      startNow.current = null;
    };
  }, [load, drawn]);
  const needAnswers = useCallback(() => {
    if (startNow.current) startNow.current();
    else needed.current = true;
  }, []);
  return { answers, needAnswers };
}
