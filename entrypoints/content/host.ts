// Hosts the panel page in the EMS page, the way password managers host their inline menus:
// an iframe of an extension page inside a closed shadow root. The page's scripts can see
// that a host element exists, and nothing else: not the panel's text (another origin), not
// what is typed in it (another document), not its messages (a private extension port).
//
// - One host, always: a MutationObserver puts it back at once when the page removes it
//   (a re-render, `body.replaceChildren()`, a new <body>); the panel comes back in the
//   state it was in, which this script keeps in memory (never in storage, never in the page).
// - It never covers the page's controls: the panel opens only where the page leaves room
//   beside its links, buttons and fields, and otherwise shows its launcher.
// - The frame is exactly as big as what the panel shows (launcher or panel).
//
// This file decides when the panel is wanted and keeps it told where the user is: the page
// context (the address, and what the screen shows: cue-watch.ts), the room beside the page's
// controls (layout.ts), the app's navigation, and stopping when the extension goes. What
// applies (the settings and the organisation's policy) is applied-settings.ts's; the host
// element and its frame, panel-frame.ts's; the ports of connected panel pages, panel-ports.ts's.

import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionContextAlive } from '@/lib/extension-life';
import { boundedRoute, fromThisExtension, parseContentMessage, type PanelRequest, type PanelSide } from '@/lib/messages';
import { sameCues, selectedTab } from '@/lib/page/cues';
import { detectPage, type PageContext, type PageCues } from '@/lib/page/detect';
import { appliedSettings } from './applied-settings';
import { watchCues, type CueWatch } from './cue-watch';
import { CONTROLS, pageLeavesRoom } from './layout';
import { createPanelFrame } from './panel-frame';
import { createPanelPorts } from './panel-ports';

/**
 * Where the user is: the address, and the selected tab's label where the app shows tabs
 * without a `#/…` route; with what the screen shows (cue-watch.ts).
 */
function detect(url: string, cues: PageCues): PageContext {
  const tab = selectedTab(document);
  const found = detectPage(url, tab ? { activeTab: tab } : {}) ?? { kind: 'other', route: null };
  // A tab labelled "constructor" or "toString" makes detectPage's plain-object lookup answer
  // with a function: a route is a string or nothing; and a deep link's is cut to what the
  // panel takes (lib/messages.ts).
  const route = boundedRoute(typeof found.route === 'string' ? found.route : null);
  return { kind: found.kind, route, ...(found.guide ? { guide: found.guide } : {}), ...(Object.keys(cues).length > 0 ? { cues } : {}) };
}

function sameContext(a: PageContext, b: PageContext): boolean {
  return a.kind === b.kind && a.route === b.route && a.guide === b.guide && sameCues(a.cues, b.cues);
}

export function startPanelHost(ctx: ContentScriptContext): void {
  /** What applies: the person's stored settings merged with the organisation's policy (read at the end of this function). */
  const applied = appliedSettings();
  let cueWatch: CueWatch | null = null;
  /** Where the person moved the open panel in this tab (out of the way of the page's controls); null: the setting's side. */
  let movedTo: PanelSide | null = null;
  const side = (): PanelSide => movedTo ?? applied.current.panelSide;
  let context = detect(location.href, {});
  let room = true;
  /** The user asked for the panel (command, menu) on a page where it is off by setting. */
  let requested = false;
  let domReady = document.readyState !== 'loading';
  let stopped = false;

  /** What the frame and the ports need to know of this script's life (see stop). */
  const life = { stopped: () => stopped, extensionAlive: extensionContextAlive, stop };

  // ── the panel: its frame in the page, the ports of panel pages ─────────────────────

  const frame = createPanelFrame({
    life,
    side,
    pageParsed: () => domReady,
    addressFacts: () => ({ context, room, wait: ports.frameShouldWait() }),
  });

  // ── giving the page its focus back ─────────────────────────────────────────────────

  /** The in-page panel's shape as it last said it. */
  let shownShape: 'launcher' | 'panel' | null = null;
  /**
   * The page's element that had the focus when the keyboard command or the selection menu
   * asked for the panel, which then took the focus: it gets it back when the panel folds with
   * the focus still in it, as a dialog gives it back to what opened it. (Only which element:
   * nothing of what the page or the panel shows is read.)
   */
  let focusBefore: HTMLElement | null = null;
  const noteFocus = () => {
    const active = document.activeElement;
    // Asked again from inside the panel (the command that folds it): what was noted stays.
    if (active !== null && frame.isOurs(active)) return;
    focusBefore = active instanceof HTMLElement && active !== document.body ? active : null;
  };
  const giveFocusBack = () => {
    const element = focusBefore;
    focusBefore = null;
    const active = document.activeElement;
    if (element?.isConnected && active !== null && frame.isOurs(active)) element.focus();
  };

  const ports = createPanelPorts({
    life,
    frame,
    page: () => ({ context, room, side: side() }),
    moveTo: (to) => {
      movedTo = to === applied.current.panelSide ? null : to;
      frame.place();
      room = measureRoom();
      ports.broadcast();
    },
    connected: (count) => watchScreen(count > 0),
    frameLeft: () => frame.restore(),
    shaped: (shape) => {
      if (shape === 'launcher' && shownShape === 'panel') giveFocusBack();
      shownShape = shape;
    },
  });

  /**
   * What the screen shows (alerts, a dialog, the section in view) is read only while a panel
   * is there to show help for it (in the page or the side panel), and goes to the panels
   * with the page context; kept in memory only (cue-watch.ts).
   */
  const watchScreen = (wanted: boolean) => {
    if (wanted && !cueWatch && !stopped) {
      cueWatch = watchCues(document, frame.isOurs, () => refresh(location.href));
      refresh(location.href);
    } else if (!wanted && cueWatch) {
      cueWatch.stop();
      cueWatch = null;
    }
  };

  // Before the settings are read, the defaults decide: the frame starts loading at once
  // (hidden until the panel has drawn) instead of after a storage round trip.
  const wanted = () => applied.current.placement === 'page' && (applied.current.arrival[context.kind] !== 'off' || requested);

  const mount = () => {
    if (frame.mounted || stopped) return;
    room = measureRoom(); // before the frame's address is made: it carries it
    frame.mount();
  };

  const unmount = () => {
    frame.unmount();
    ports.frameRemoved();
  };

  const sync = () => {
    if (stopped) return;
    if (wanted()) mount();
    else if (frame.mounted) unmount();
  };

  // ── requests from the extension (keyboard command, context menu) ────────────────────

  const request = (r: PanelRequest) => {
    if (applied.current.placement !== 'page') return false;
    noteFocus();
    requested = true;
    sync();
    ports.deliver(r);
    return true;
  };

  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (stopped || !fromThisExtension(sender, browser.runtime.id) || sender.tab) return undefined;
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    const ok = request(message.type === 'toggle-panel' ? { kind: 'toggle' } : { kind: 'search', query: message.query });
    return Promise.resolve({ ok });
  };

  // ── following the app ──────────────────────────────────────────────────────────────

  const measureRoom = () => {
    return pageLeavesRoom(side(), document.querySelectorAll(CONTROLS), window.innerWidth, window.scrollY);
  };

  /** Re-reads where the user is and whether there is room; tells the panels if it changed. */
  const refresh = (url: string) => {
    if (stopped) return;
    const next = detect(url, cueWatch?.current() ?? {});
    const changedPage = !sameContext(next, context);
    context = next;
    sync();
    const nextRoom = measureRoom();
    const changedRoom = nextRoom !== room;
    room = nextRoom;
    if (changedPage || changedRoom) ports.broadcast();
    if (frame.sized) frame.place(); // the window may have changed height
  };

  let settle: ReturnType<typeof setTimeout> | undefined;
  /** At once with what is known, and again once the app has drawn the new route. */
  const follow = (url: string) => {
    refresh(url);
    clearTimeout(settle);
    settle = setTimeout(() => {
      refresh(location.href);
      cueWatch?.readNow(); // the new route's screen, without waiting for the next reading
    }, 150);
  };

  let resizeRequest = 0;
  const onResize = () => {
    cancelAnimationFrame(resizeRequest);
    resizeRequest = requestAnimationFrame(() => {
      refresh(location.href);
      ports.broadcast(); // the available height may have changed (sent only if it did)
    });
  };

  // ── settings and the organisation's policy ─────────────────────────────────────────

  /** The person or the organisation changed what applies. */
  const applySettings = (sideChosen: boolean) => {
    // A new side chosen in the settings is where the panel goes, wherever it was moved.
    if (sideChosen) movedTo = null;
    if (applied.current.placement !== 'page') requested = false;
    sync();
    frame.place();
    refresh(location.href);
  };

  // ── stopping, and listening ─────────────────────────────────────────────────────────

  function stop() {
    if (stopped) return;
    stopped = true;
    clearTimeout(settle);
    clearInterval(liveness);
    watchScreen(false);
    unmount();
    applied.stop();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('popstate', onHashChange);
    window.removeEventListener('resize', onResize);
    layout.disconnect();
    try {
      browser.runtime.onConnect.removeListener(ports.accept);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: its listeners went with it.
    }
  }

  const onHashChange = () => follow(location.href);

  // WXT's navigation watcher (the Navigation API, so pushState too). Its event is dispatched
  // on `window`, where the page could dispatch one of its own: trust only a real URL.
  ctx.addEventListener(window, 'wxt:locationchange', (event: Event) => {
    const newUrl: unknown = (event as { newUrl?: unknown }).newUrl;
    if (newUrl instanceof URL) follow(newUrl.href);
    else follow(location.href);
  });
  // Our own listeners besides, not tied to WXT's context: a page that forges WXT's
  // "newer script started" event must not be able to make this script deaf.
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('popstate', onHashChange);
  window.addEventListener('resize', onResize);
  // The app draws (or re-draws) its content after this script ran: a change of the page's
  // size is the cheap sign that the room beside it may have changed.
  const layout = new ResizeObserver(onResize);
  layout.observe(document.documentElement);
  if (document.body) layout.observe(document.body);
  browser.runtime.onConnect.addListener(ports.accept);
  browser.runtime.onMessage.addListener(onMessage);
  // The extension was reloaded or removed: take the panel away. Chrome tells an orphaned
  // content script nothing (no port closes, the frame fires no event), it only loses
  // `runtime.id`; so look once a second, as WXT's own context does. (The host's return after
  // a removal needs no timer: the MutationObserver in panel-frame.ts.)
  const liveness = setInterval(() => {
    if (!extensionContextAlive()) stop();
  }, 1000);
  ctx.onInvalidated(() => {
    if (!extensionContextAlive()) stop();
  });

  /** The document is parsed: the host goes last (without reloading its frame), the room is measured. */
  const onReady = () => {
    domReady = true;
    if (!frame.mounted) sync();
    frame.moveLast();
    if (document.body) layout.observe(document.body);
    const before = `${context.kind}${context.route}${room}`;
    refresh(location.href);
    // What the panel drew before the page was parsed may be out of date: show the frame
    // only once the panel has drawn what it was just told.
    if (`${context.kind}${context.route}${room}` !== before) frame.hideUntilRedrawn();
    frame.place();
  };
  /** Where the host can move without reloading its frame (Chrome 133+), it starts at once. */
  const canStartEarly = typeof (document.documentElement as { moveBefore?: unknown }).moveBefore === 'function';
  if (!domReady) document.addEventListener('DOMContentLoaded', onReady, { once: true });

  /** What is known now applies at once: the person's settings need not wait for the policy. */
  const applyKnown = () => {
    if (!domReady && !canStartEarly) return; // onReady will
    sync();
    frame.place();
    refresh(location.href);
  };
  applied.start({ read: applyKnown, changed: applySettings });
  if (domReady || canStartEarly) sync();
}
