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

import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  fromThisExtension,
  parseContentMessage,
  parsePanelToHost,
  PANEL_PORT,
  PANEL_RELAYED_PREFIX,
  type HostToPanel,
  type PanelRequest,
  type PanelToHost,
  type PanelUiState,
} from '@/lib/messages';
import { sameCues, selectedTab } from '@/lib/page/cues';
import { detectPage, type PageContext, type PageCues } from '@/lib/page/detect';
import { effectiveSettings, readPolicyQuietly } from '@/lib/state/effective-settings';
import { settingsItem } from '@/lib/state/items';
import { EMPTY_POLICY, type ManagedPolicy } from '@/lib/state/managed';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/state/settings';
import { watchCues, type CueWatch } from './cue-watch';
import { CONTROLS, FRAME_DECLARATIONS, FRAME_EDGE, FRAME_TOP, hostDeclarations, pageLeavesRoom, PANEL_WIDTH } from './layout';

/** A page that keeps removing the host gets it back at most this often (re-mount storms). */
const MAX_REMOUNTS_PER_SECOND = 20;

type Port = Browser.runtime.Port;

/**
 * Where the user is: the address, and the selected tab's label where the app shows tabs
 * without a `#/…` route; with what the screen shows (cue-watch.ts).
 */
function detect(url: string, cues: PageCues): PageContext {
  const tab = selectedTab(document);
  const found = detectPage(url, tab ? { activeTab: tab } : {}) ?? { kind: 'other', route: null };
  // A tab labelled "constructor" or "toString" makes detectPage's plain-object lookup answer
  // with a function: a route is a string or nothing.
  const route = typeof found.route === 'string' ? found.route : null;
  return { kind: found.kind, route, ...(Object.keys(cues).length > 0 ? { cues } : {}) };
}

/**
 * Whether two addresses of panel.html are the same frame's. Chrome reports the frame under
 * the extension's own id while `getURL` gave its per-session dynamic id; the path and the
 * query (with the frame's nonce) are what must match.
 */
function sameFrameAddress(a: string | undefined, b: string): boolean {
  try {
    const x = new URL(a ?? '');
    const y = new URL(b);
    return x.protocol === y.protocol && x.pathname === y.pathname && x.search === y.search && y.search.includes('n=');
  } catch {
    return false;
  }
}

function sameContext(a: PageContext, b: PageContext): boolean {
  return a.kind === b.kind && a.route === b.route && sameCues(a.cues, b.cues);
}

export function startPanelHost(ctx: ContentScriptContext): void {
  /** What applies: the person's stored settings merged with the organisation's policy. */
  let settings: Settings = DEFAULT_SETTINGS;
  let stored: Settings = DEFAULT_SETTINGS;
  let policy: ManagedPolicy = EMPTY_POLICY;
  const merge = () => {
    settings = effectiveSettings(stored, policy).settings;
  };
  let host: HTMLElement | null = null;
  /** The extension's own elements: their text and changes are not the page's. */
  const isOurs = (node: Node) => host !== null && (node === host || host.contains(node));
  let cueWatch: CueWatch | null = null;
  let context = detect(location.href, {});
  let room = true;
  /** The user asked for the panel (command, menu) on a page where it is off by setting. */
  let requested = false;
  /** A request that arrived before the panel could take it. */
  let pending: PanelRequest | undefined;
  /** The panel's state, for a re-mount. */
  let lastUi: PanelUiState | undefined;
  let size: Extract<PanelToHost, { type: 'size' }> | null = null;

  let domReady = document.readyState !== 'loading';
  let frame: HTMLIFrameElement | null = null;
  let frameSrc = '';
  let loadsSinceAttach = 0;
  let hostStyle = '';
  /** The port of the frame this script placed; only it may size the frame. */
  let framePort: Port | null = null;
  /** Every connected panel page of this tab: the in-page frame and the side panel. */
  const ports = new Set<Port>();
  let remounts: number[] = [];
  let stopped = false;

  const extensionAlive = () => {
    try {
      return !!browser.runtime?.id;
    } catch {
      return false;
    }
  };

  const maxHeight = () => Math.max(120, window.innerHeight - FRAME_TOP - FRAME_EDGE);

  const contextMessage = (extra: Partial<HostToPanel> = {}): HostToPanel => ({
    type: 'context',
    context,
    room,
    maxHeight: maxHeight(),
    ...extra,
  });

  const post = (port: Port, message: HostToPanel) => {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port);
    }
  };

  const broadcast = () => {
    for (const port of ports) post(port, contextMessage());
  };

  // Before the settings are read, the defaults decide: the frame starts loading at once
  // (hidden until the panel has drawn) instead of after a storage round trip.
  const wanted = () => settings.placement === 'page' && (settings.arrival[context.kind] !== 'off' || requested);

  // ── the host and its frame ──────────────────────────────────────────────────────────

  /** Inline `!important` styles win over anything the page's stylesheets say about the host. */
  const placeHost = () => {
    if (!host) return;
    // Shown once the panel has drawn, and the page's own content is there to measure room against.
    const declarations = hostDeclarations(settings.panelSide, size, size !== null && domReady, maxHeight());
    host.removeAttribute('style');
    for (const [property, value] of declarations) host.style.setProperty(property, value, 'important');
    hostStyle = host.getAttribute('style') ?? '';
  };

  /**
   * The panel page's address for a new frame. A fresh nonce each time: the port that comes
   * from exactly this address is ours (a copy of panel.html that a page managed to frame
   * would not know it). It also carries where the user is, so the panel draws at once
   * without waiting for the port; but when there is a state to restore or a request to
   * deliver, the panel waits for the port (`wait=1`) rather than flash another state.
   * Nothing in it is secret: the page knows its own address, and cannot read the frame's.
   */
  const frameAddress = () => {
    const params = new URLSearchParams({
      in: 'page',
      n: crypto.randomUUID(),
      kind: context.kind,
      route: context.route ?? '',
      room: room ? '1' : '0',
      h: String(maxHeight()),
      wait: lastUi || pending ? '1' : '0',
    });
    frameSrc = `${browser.runtime.getURL('/panel.html')}?${params.toString()}`;
    return frameSrc;
  };

  const makeFrame = () => {
    const iframe = document.createElement('iframe');
    // A fresh nonce per frame: the port that comes from exactly this address is ours (a
    // copy of panel.html that a page managed to frame itself would not know it).
    iframe.src = frameAddress();
    iframe.title = 'EMS Help';
    for (const [property, value] of FRAME_DECLARATIONS) iframe.style.setProperty(property, value, 'important');
    iframe.addEventListener('load', () => {
      loadsSinceAttach += 1;
      if (!extensionAlive()) stop();
      // A second load without a re-attach: someone navigated our frame (a page can reach a
      // child frame's location through `window.frames`). Put our own page back.
      else if (loadsSinceAttach > 1) replaceFrame();
    });
    return iframe;
  };

  let shadow: ShadowRoot | null = null;

  const replaceFrame = () => {
    if (!shadow) return;
    frame?.remove();
    frame = makeFrame();
    loadsSinceAttach = 0;
    shadow.append(frame);
  };

  /**
   * The host lives in <html>, after <body>: the app can replace its body, or everything in
   * it, without touching the host. Placed there at `document_start`, before the parser has
   * made <head> and <body>, it ends up first; it moves to the end once the document is
   * parsed (see onReady), so Tab reaches it after the page's own controls.
   */
  const attach = () => {
    if (!host) return;
    const parent = document.documentElement;
    loadsSinceAttach = 0;
    // Re-attaching reloads the frame anyway: load it with a fresh address (context, nonce).
    if (frame && host.isConnected === false && frameSrc) frame.src = frameAddress();
    // Re-attaching reloads the frame: hidden until the panel, restored, says its size again.
    size = null;
    placeHost();
    parent.append(host);
    observeParents();
  };

  const mount = () => {
    if (host || stopped) return;
    // A name no page can have defined first: a page's custom element of the same name
    // would otherwise run its own code on our host.
    room = measureRoom(); // before the frame's address is made: it carries it
    // Firefox injects a new copy of this script into open EMS tabs when the extension is
    // updated, and the old copy may not live to take its host away: exactly one panel.
    for (const old of document.querySelectorAll('[data-ems-help]')) old.remove();
    host = document.createElement(`ems-help-${crypto.randomUUID().slice(0, 8)}`);
    host.setAttribute('data-ems-help', '');
    shadow = host.attachShadow({ mode: 'closed' });
    frame = makeFrame();
    shadow.append(frame);
    size = null;
    placeHost();
    attach();
  };

  const unmount = () => {
    observer.disconnect();
    host?.remove();
    host = null;
    frame = null;
    shadow = null;
    framePort = null;
    size = null;
  };

  const sync = () => {
    if (stopped) return;
    if (wanted()) mount();
    else if (host) unmount();
  };

  // ── staying in the page ────────────────────────────────────────────────────────────

  const observer = new MutationObserver(() => {
    if (!host) return;
    if (!extensionAlive()) {
      stop();
      return;
    }
    if (host.getAttribute('style') !== hostStyle) placeHost();
    if (host.isConnected) {
      // A new root element may hold it now (documents can swap theirs); watch that one.
      if (observedRoot !== document.documentElement) observeParents();
      return;
    }
    const now = performance.now();
    remounts = remounts.filter((t) => now - t < 1000);
    if (remounts.length >= MAX_REMOUNTS_PER_SECOND) {
      // A page fighting the host: try again in a moment instead of in a tight loop.
      setTimeout(() => {
        if (!stopped && host && !host.isConnected) attach();
      }, 1000);
      return;
    }
    remounts.push(now);
    attach();
  });
  let observedRoot: Node | null = null;

  /** Only where a removal can happen: the root element's children, and the root itself. */
  const observeParents = () => {
    observer.disconnect();
    observer.observe(document, { childList: true });
    observedRoot = document.documentElement;
    observer.observe(document.documentElement, { childList: true });
    if (host) observer.observe(host, { attributes: true });
  };

  // ── talking to panel pages ─────────────────────────────────────────────────────────

  const onPanelMessage = (port: Port) => (raw: unknown) => {
    const message = parsePanelToHost(raw);
    if (!message) return;
    if (message.type === 'ui') {
      lastUi = message.state;
      return;
    }
    if (port !== framePort || !host) return;
    size = {
      ...message,
      width: Math.min(message.width, PANEL_WIDTH + 40),
      height: Math.min(message.height, maxHeight()),
    };
    placeHost();
  };

  const onConnect = (port: Port) => {
    if (stopped || !fromThisExtension(port.sender, browser.runtime.id)) return;
    // Firefox's framed panel page reaches us through the background, which names the port
    // with the panel's address as the browser reported it; only the background (no tab) may.
    const relayed = port.name.startsWith(PANEL_RELAYED_PREFIX) && !port.sender?.tab;
    const inPage = relayed || port.name === `${PANEL_PORT}:page`;
    if (!inPage && port.name !== `${PANEL_PORT}:side`) return;
    if (inPage) {
      // Only the frame this script placed, at the address it gave it, sizes the frame.
      const panelUrl = relayed ? port.name.slice(PANEL_RELAYED_PREFIX.length) : port.sender?.url;
      if (!host || !sameFrameAddress(panelUrl, frameSrc)) {
        port.disconnect();
        return;
      }
      framePort = port;
    }
    ports.add(port);
    port.onMessage.addListener(onPanelMessage(port));
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (framePort === port) framePort = null;
      if (!extensionAlive()) stop();
    });
    const first: Partial<HostToPanel> = {};
    if (inPage && lastUi) first.restore = lastUi;
    if (inPage && pending) {
      first.request = pending;
      pending = undefined;
    }
    post(port, contextMessage(first));
  };

  const request = (r: PanelRequest) => {
    if (settings.placement !== 'page') return false;
    requested = true;
    sync();
    if (framePort) post(framePort, contextMessage({ request: r }));
    else pending = r;
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
    return pageLeavesRoom(settings.panelSide, document.querySelectorAll(CONTROLS), window.innerWidth, window.scrollY);
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
    if (changedPage || changedRoom) broadcast();
    if (size) placeHost(); // the window may have changed height
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

  let frameRequest = 0;
  const onResize = () => {
    cancelAnimationFrame(frameRequest);
    frameRequest = requestAnimationFrame(() => {
      refresh(location.href);
      broadcast(); // the available height changed
    });
  };

  const applySettings = () => {
    if (settings.placement !== 'page') requested = false;
    sync();
    placeHost();
    refresh(location.href);
  };

  const onStorage = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'managed') {
      // The organisation changed its policy: read it again, checked.
      void readPolicyQuietly().then((next) => {
        if (stopped) return;
        policy = next;
        merge();
        applySettings();
      });
    }
  };

  function stop() {
    if (stopped) return;
    stopped = true;
    clearTimeout(settle);
    clearInterval(liveness);
    cueWatch?.stop();
    unmount();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('popstate', onHashChange);
    window.removeEventListener('resize', onResize);
    layout.disconnect();
    try {
      browser.runtime.onConnect.removeListener(onConnect);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      unwatchSettings();
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
  // What the screen shows (alerts, a dialog, the section in view) goes to the panels with
  // the page context, read on this page only and kept in memory only (cue-watch.ts).
  cueWatch = watchCues(document, isOurs, () => refresh(location.href));
  browser.runtime.onConnect.addListener(onConnect);
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  const unwatchSettings = settingsItem.watch((value) => {
    stored = value;
    merge();
    applySettings();
  });
  // The extension was reloaded or removed: take the panel away. Chrome tells an orphaned
  // content script nothing (no port closes, the frame fires no event), it only loses
  // `runtime.id`; so look once a second, as WXT's own context does. (The host's return after
  // a removal needs no timer: the MutationObserver above.)
  const liveness = setInterval(() => {
    if (!extensionAlive()) stop();
  }, 1000);
  ctx.onInvalidated(() => {
    if (!extensionAlive()) stop();
  });

  /** The document is parsed: the host goes last (without reloading its frame), the room is measured. */
  const onReady = () => {
    domReady = true;
    if (!host) sync();
    const root = document.documentElement as HTMLElement & { moveBefore?: (node: Node, child: Node | null) => void };
    if (host && host.parentNode === root && host.nextSibling && typeof root.moveBefore === 'function') {
      try {
        root.moveBefore(host, null);
      } catch {
        // A page that froze its tree: the host stays where it is, still working.
      }
    }
    if (document.body) layout.observe(document.body);
    const before = `${context.kind}${context.route}${room}`;
    refresh(location.href);
    // What the panel drew before the page was parsed may be out of date: show the frame
    // only once the panel has drawn what it was just told.
    if (`${context.kind}${context.route}${room}` !== before) size = null;
    placeHost();
  };
  /** Where the host can move without reloading its frame (Chrome 133+), it starts at once. */
  const canStartEarly = typeof (document.documentElement as { moveBefore?: unknown }).moveBefore === 'function';
  if (!domReady) document.addEventListener('DOMContentLoaded', onReady, { once: true });

  Promise.all([
    settingsItem
      .getValue()
      .then((got) => {
        stored = got;
      })
      .catch(() => undefined),
    readPolicyQuietly().then((read) => {
      policy = read;
    }),
  ])
    .then(merge)
    .finally(() => {
      if (!domReady && !canStartEarly) return; // onReady will
      sync();
      placeHost();
      refresh(location.href);
    });
  if (domReady || canStartEarly) sync();
}
