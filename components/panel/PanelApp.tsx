// The panel page (panel.html) as one app, wherever it is hosted:
// - in the EMS page, in the frame the content script placed: it learns where the user is
//   over a private port to that content script, and tells it the size to give the frame;
// - in the browser's side panel (Firefox: sidebar): it follows the active tab of its
//   window, asking that tab's content script (or, without one, reading the tab's address).
// It carries the corpus and the search engine itself: no round trip per keystroke.

import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import type { FaqEntry } from '@/lib/corpus';
import { answerPageUrl, hasSidePanel, openSidePanel } from '@/lib/extension-pages';
import { t } from '@/lib/i18n';
import { parseHostToPanel, PANEL_PORT, PANEL_RELAY_PORT, type HostToPanel, type PanelToHost, type PanelUiState } from '@/lib/messages';
import { detectPage, type PageContext } from '@/lib/page/detect';
import type { SearchEngine } from '@/lib/search';
import type { LearnedStore } from '@/lib/state/learned';
import type { PanelPrefsStore } from '@/lib/state/panel-prefs';
import type { ManagedPolicyStore } from '@/lib/state/managed-store';
import type { SettingsStore } from '@/lib/state/settings';
import { useEffectiveSettings } from '../use-effective-settings';
import { Panel, type PanelStart } from './Panel';

/**
 * How panel.html was opened: `?in=page` in the EMS page (with where the user is, so the
 * first paint needs no round trip; `wait=1`: wait for the port, a state is to be restored),
 * else the side panel (`?tab=<id>` pins one tab).
 */
export type PanelHost = { in: 'page'; initial: HostState | null } | { in: 'side'; tabId?: number };

type HostState = Omit<HostToPanel, 'restore' | 'request'>;

export function panelHostFromUrl(search: string): PanelHost {
  const params = new URLSearchParams(search);
  if (params.get('in') === 'page') {
    // The same validation as any message from the content script.
    const initial =
      params.get('wait') === '1'
        ? null
        : parseHostToPanel({
            type: 'context',
            context: { kind: params.get('kind'), route: params.get('route') || null },
            room: params.get('room') === '1',
            maxHeight: Number(params.get('h')),
          });
    return { in: 'page', initial };
  }
  const tab = Number(params.get('tab'));
  return Number.isSafeInteger(tab) && tab >= 0 && params.has('tab') ? { in: 'side', tabId: tab } : { in: 'side' };
}

export interface PanelAppProps {
  host: PanelHost;
  entries: readonly FaqEntry[];
  /** Builds the search engine; called once, after the panel's first paint. */
  createEngine: () => SearchEngine;
  prefs: PanelPrefsStore;
  learned: LearnedStore;
  settings: SettingsStore;
  /** The organisation's policy, merged into the settings; none: no policy. */
  managed?: ManagedPolicyStore;
  openInTab: (id: string, active: boolean) => void;
}

export function PanelApp(props: PanelAppProps) {
  const engine = useEngineAfterFirstPaint(props.createEngine);
  return props.host.in === 'page' ? (
    <InPagePanel {...props} engine={engine} initial={props.host.initial} />
  ) : (
    <SidePanel {...props} engine={engine} tabId={props.host.tabId} />
  );
}

/**
 * The engine, built after the first paint: building it takes longer than drawing the panel
 * (it indexes the whole FAQ), and the first paint needs only the curated suggestions.
 */
function useEngineAfterFirstPaint(create: () => SearchEngine): SearchEngine | null {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  useEffect(() => {
    // When the browser is idle: the first messages from the content script (where the user
    // is, once the page is parsed) are drawn before, not after, the index is built.
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(() => setEngine(create()), { timeout: 1000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(() => setEngine(create()), 50);
    return () => clearTimeout(timer);
  }, [create]);
  return engine;
}

type WithEngine = { engine: SearchEngine | null };

type Port = Browser.runtime.Port;

/** Sends a message to the content script, ignoring a port that has just closed. */
function send(port: Port | null, message: PanelToHost) {
  try {
    port?.postMessage(message);
  } catch {
    // The page went away; a new frame will connect.
  }
}

// ── in the EMS page ─────────────────────────────────────────────────────────────────────

interface Mount {
  /** Changes re-mount the panel (a request, or a restore after the frame came back). */
  seq: number;
  start?: PanelStart;
}

function InPagePanel({
  entries,
  engine,
  prefs,
  learned,
  settings,
  managed,
  openInTab,
  initial,
}: PanelAppProps & WithEngine & { initial: HostState | null }) {
  const [host, setHost] = useState<HostState | null>(initial);
  const [mount, setMount] = useState<Mount>({ seq: 0 });
  const portRef = useRef<Port | null>(null);
  const windowId = useRef<number | undefined>(undefined);
  const latestUi = useRef<PanelUiState | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const lastSize = useRef<PanelToHost | null>(null);
  const reportSize = useRef<((force?: boolean) => void) | null>(null);
  const effective = useEffectiveSettings(settings, managed);
  const arrival = effective.settings.arrival;
  const settingsLoaded = effective.loaded;
  // Read in the port's handler (set up once): what applies at the moment of a request.
  const arrivalRef = useRef(arrival);
  arrivalRef.current = arrival;

  useEffect(() => {
    let port: Port | null = null;
    let live = true;
    const onMessage = (raw: unknown) => {
      const message = parseHostToPanel(raw);
      if (!message) return;
      const { restore, request, ...where } = message;
      setHost(where);
      if (restore) setMount((m) => ({ seq: m.seq + 1, start: restore }));
      if (!request) return;
      // A request re-mounts the panel from the state it asks for (a `key` reset, not an effect).
      const kind = where.context.kind;
      const current = latestUi.current;
      const prefsValue = prefs.getState().value;
      const stored = prefsValue.collapsed[kind] ?? arrivalRef.current[kind] !== 'open';
      const folded = stored || (!where.room && !current?.forceOpen);
      const open = request.kind === 'search' || folded;
      prefs.getState().update((p) => ({ collapsed: { ...p.collapsed, [kind]: !open } }));
      const pageKey = `${kind}${where.context.route ?? ''}`;
      const start: PanelStart =
        request.kind === 'search'
          ? { query: request.query, expanded: null, pageKey, forceOpen: !where.room, focus: 'search' }
          : { ...current, forceOpen: open && !where.room, focus: open ? 'search' : 'launcher' };
      setMount((m) => ({ seq: m.seq + 1, start }));
    };
    const open = (opened: Port) => {
      port = opened;
      portRef.current = opened;
      opened.onMessage.addListener(onMessage);
      // The panel may have drawn (from the address's context) before the port was open.
      if (lastSize.current) send(opened, lastSize.current);
    };
    if (typeof browser.tabs?.getCurrent === 'function') {
      void browser.tabs
        .getCurrent()
        .then((tab) => {
          if (!live || tab?.id === undefined) return;
          windowId.current = tab.windowId;
          open(browser.tabs.connect(tab.id, { name: `${PANEL_PORT}:page`, frameId: 0 }));
        })
        .catch(() => undefined);
    } else {
      // Firefox gives a page framed in a web page no `tabs` API: the background opens the
      // port to this tab's content script for it (relayPanelPort in lib/background/handlers).
      try {
        open(browser.runtime.connect({ name: PANEL_RELAY_PORT }));
      } catch {
        // The extension was reloaded under this page: this frame is about to go.
      }
    }
    return () => {
      live = false;
      port?.disconnect();
      portRef.current = null;
    };
  }, [prefs, settings]);

  // The frame is made exactly as big as what is drawn: the launcher, or the open panel.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let last = '';
    const report = (force = false) => {
      const shown = root.firstElementChild;
      if (!shown) return;
      const box = shown.getBoundingClientRect();
      const message: PanelToHost = {
        type: 'size',
        shape: shown.classList.contains('launcher') ? 'launcher' : 'panel',
        width: Math.ceil(box.width),
        height: Math.ceil(box.height),
      };
      const key = JSON.stringify(message);
      if ((key === last && !force) || box.width === 0) return;
      last = key;
      lastSize.current = message;
      send(portRef.current, message);
    };
    reportSize.current = report;
    const resize = new ResizeObserver(() => report());
    const children = new MutationObserver(() => {
      resize.disconnect();
      resize.observe(root);
      if (root.firstElementChild) resize.observe(root.firstElementChild);
      report();
    });
    resize.observe(root);
    children.observe(root, { childList: true });
    return () => {
      resize.disconnect();
      children.disconnect();
    };
  }, []);

  // After every word from the content script, say the size again even if it did not change:
  // the content script hides the frame while what it shows may be out of date.
  useEffect(() => {
    reportSize.current?.(true);
  }, [host]);

  const onUiChange = useCallback((state: PanelUiState) => {
    latestUi.current = state;
    send(portRef.current, { type: 'ui', state });
  }, []);

  const ready = host && settingsLoaded;
  return (
    <div ref={rootRef} className="frame-root">
      {ready ? (
        <Panel
          key={mount.seq}
          context={host.context}
          entries={entries}
          engine={engine}
          prefs={prefs}
          learned={learned}
          openInTab={openInTab}
          defaultCollapsed={arrival[host.context.kind] !== 'open'}
          host="page"
          contact={effective.contact}
          keepLearned={effective.settings.keepLearnedSuggestions}
          room={host.room}
          maxHeight={host.maxHeight}
          start={mount.start}
          onUiChange={onUiChange}
          onOpenSidePanel={
            hasSidePanel()
              ? () => {
                  // Called in the click itself: the browser opens side panels only on a gesture.
                  void openSidePanel(windowId.current).then((opened) => {
                    if (opened) prefs.getState().update((p) => ({ collapsed: { ...p.collapsed, [host.context.kind]: true } }));
                  });
                }
              : undefined
          }
        />
      ) : null}
    </div>
  );
}

// ── in the browser's side panel ─────────────────────────────────────────────────────────

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

function SidePanel({
  entries,
  engine,
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
