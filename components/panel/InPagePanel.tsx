// The panel page in the EMS page, in the frame the content script placed: it learns where
// the user is (and what the screen shows) over a private port to that content script,
// restores its state after a re-mount, takes requests (keyboard command, context menu) and
// tells the content script the size to give the frame.
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasSidePanel, openSidePanel } from '@/lib/extension-pages';
import { parseHostToPanel, type PanelToHost, type PanelUiState } from '@/lib/messages';
import { pageKeyOf } from '@/lib/suggest/list';
import { useEffectiveSettings } from '../use-effective-settings';
import { clickWhatWasClicked, typedInFirstPaint } from './first-paint-handover';
import { Panel, type CueMemory, type PanelStart } from './Panel';
import { send, type HostState, type PanelAppProps, type Port, type WithEngine } from './panel-page';
import { connectPanelPort, takeEarlyPort, type OpenedPort } from './panel-port';

/** Where the panel starts when the person typed in the first script's drawing before React took over. */
function startFromFirstPaint(): PanelStart | undefined {
  const typed = typedInFirstPaint();
  if (!typed) return undefined;
  return typed.focused ? { query: typed.query, focus: 'search' } : { query: typed.query };
}

interface Mount {
  /** Changes re-mount the panel (a request, or a restore after the frame came back). */
  seq: number;
  start?: PanelStart;
}

export function InPagePanel({
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
  initial,
}: PanelAppProps & WithEngine & { initial: HostState | null }) {
  const [host, setHost] = useState<HostState | null>(initial);
  // Typing may have begun in the page's first drawing (first-paint.ts): it carries on here.
  const [mount, setMount] = useState<Mount>(() => ({ seq: 0, start: startFromFirstPaint() }));
  const portRef = useRef<Port | null>(null);
  const windowId = useRef<number | undefined>(undefined);
  const latestUi = useRef<PanelUiState | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const lastSize = useRef<PanelToHost | null>(null);
  const reportSize = useRef<((force?: boolean) => void) | null>(null);
  // Which warning has opened the panel already: kept here, outside the panel's re-mounts.
  const cueMemory = useRef<CueMemory>({ handled: null }).current;
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
      if (restore) {
        // The content script kept it across the frame's reload: a warning opens the panel once.
        if (restore.warningHandled !== undefined) cueMemory.handled = restore.warningHandled;
        setMount((m) => ({ seq: m.seq + 1, start: restore }));
      }
      if (!request) return;
      // A request re-mounts the panel from the state it asks for (a `key` reset, not an effect).
      const kind = where.context.kind;
      const current = latestUi.current;
      const prefsValue = prefs.getState().value;
      const stored = prefsValue.collapsed[kind] ?? arrivalRef.current[kind] !== 'open';
      const folded = (stored && !current?.warningOpen) || (!where.room && !current?.forceOpen);
      const open = request.kind === 'search' || folded;
      prefs.getState().update((p) => ({ collapsed: { ...p.collapsed, [kind]: !open } }));
      const pageKey = pageKeyOf(where.context);
      const start: PanelStart =
        request.kind === 'search'
          ? { query: request.query, expanded: null, pageKey, forceOpen: !where.room, focus: 'search' }
          : { ...current, forceOpen: open && !where.room, warningOpen: false, focus: open ? 'search' : 'launcher' };
      setMount((m) => ({ seq: m.seq + 1, start }));
    };
    const adopt = (opened: OpenedPort | null) => {
      if (!opened) return;
      if (!live) {
        opened.port.disconnect();
        return;
      }
      port = opened.port;
      portRef.current = opened.port;
      windowId.current = opened.windowId;
      // The panel may have drawn (from the address's context) before the port was open.
      if (lastSize.current) send(opened.port, lastSize.current);
    };
    // The page's first script drew the first state and opened the port already (first-paint.ts):
    // take it over, with what the content script said meanwhile. Else open it now.
    const early = takeEarlyPort(onMessage);
    if (early) void early.then(adopt);
    else
      void connectPanelPort(() => live).then((opened) => {
        opened?.port.onMessage.addListener(onMessage);
        adopt(opened);
      });
    return () => {
      live = false;
      port?.disconnect();
      portRef.current = null;
    };
  }, [prefs, settings, cueMemory]);

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

  // A click on the first script's drawing before this took over: the same control, once it
  // is drawn here (after any render until then; nothing to do after that).
  useEffect(() => {
    if (rootRef.current) clickWhatWasClicked(rootRef.current);
  });

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
          needAnswers={needAnswers}
          screenOf={screenOf}
          askScreen={askScreen}
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
          cueMemory={cueMemory}
          onUiChange={onUiChange}
          side={host.side ?? effective.settings.panelSide}
          onMove={(to) => send(portRef.current, { type: 'move', side: to })}
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

