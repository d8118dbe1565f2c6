// The panel page in the browser's side panel (Firefox: sidebar): it follows the active tab
// of its window, asking that tab's content script for the page context (or, without one,
// reading the tab's address).
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { answerPageUrl } from '@/lib/extension-pages';
import { t } from '@/lib/i18n';
import { parseHostToPanel, PANEL_PORT } from '@/lib/messages';
import { detectPage, type PageContext } from '@/lib/page/detect';
import { useEffectiveSettings } from '../use-effective-settings';
import { Panel } from './Panel';
import type { PanelAppProps, Port, WithEngine } from './panel-page';

const OFF_EMS: PageContext = { kind: 'other', route: null };

/** The context of the tab the side panel follows; null until known, `undefined` off EMS. */
function useFollowedTab(pinned: number | undefined): PageContext | null | undefined {
  const [context, setContext] = useState<PageContext | null | undefined>(null);

  useEffect(() => {
    let live = true;
    let followed: number | undefined;
    let windowId: number | undefined;
    let port: Port | null = null;

    const connect = (tab: Browser.tabs.Tab) => {
      port?.disconnect();
      port = null;
      const fromUrl = tab.url ? detectPage(tab.url) : null;
      setContext(fromUrl ?? undefined);
      if (!fromUrl || tab.id === undefined) return;
      // The content script knows more than the address (the selected tab's label).
      let next: Port;
      try {
        next = browser.tabs.connect(tab.id, { name: `${PANEL_PORT}:side`, frameId: 0 });
      } catch {
        return; // the tab closed meanwhile; the address is all there is
      }
      port = next;
      next.onMessage.addListener((raw: unknown) => {
        const message = parseHostToPanel(raw);
        if (live && message && port === next) setContext(message.context);
      });
      next.onDisconnect.addListener(() => {
        if (port === next) port = null;
      });
    };

    const follow = (tabId: number) => {
      followed = tabId;
      browser.tabs
        .get(tabId)
        .then((tab) => {
          if (live && followed === tabId) connect(tab);
        })
        .catch(() => live && setContext(undefined));
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === undefined && info.windowId === windowId) follow(info.tabId);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: Browser.tabs.Tab) => {
      if (tabId !== followed) return;
      // A new address, or a page load finished (a fresh content script to ask).
      if (change.url !== undefined || change.status === 'complete') connect(tab);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);

    if (pinned !== undefined) follow(pinned);
    else
      void browser.windows
        .getCurrent()
        .then(async (win) => {
          windowId = win?.id;
          const [tab] = await browser.tabs.query({ active: true, windowId });
          // A tab switch may have come first: it is the newer news.
          if (!live || followed !== undefined) return;
          if (tab?.id !== undefined) follow(tab.id);
          else setContext(undefined);
        })
        .catch(() => live && setContext(undefined));

    return () => {
      live = false;
      port?.disconnect();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);

  return context;
}

export function SidePanel({
  entries,
  engine,
  screenOf,
  needAnswers,
  askScreen,
  prefs,
  learned,
  settings,
  managed,
  openInTab,
  tabId,
}: PanelAppProps & WithEngine & { tabId?: number }) {
  const context = useFollowedTab(tabId);
  const effective = useEffectiveSettings(settings, managed);
  if (context === null || !effective.loaded) return null;
  return (
    <div className="side-root">
      <Panel
        context={context ?? OFF_EMS}
        entries={entries}
        engine={engine}
        needAnswers={needAnswers}
        screenOf={screenOf}
        askScreen={askScreen}
        prefs={prefs}
        learned={learned}
        openInTab={openInTab}
        host="side"
        contact={effective.contact}
        keepLearned={effective.settings.keepLearnedSuggestions}
      />
      <p className="side-footer">
        {context ? null : <span>{t('panel.notEmsPage')} </span>}
        <a href={answerPageUrl('#index')} target="_blank" rel="noopener noreferrer">
          {context ? t('answer.browseAll') : t('panel.browseAll')}
        </a>
      </p>
    </div>
  );
}
