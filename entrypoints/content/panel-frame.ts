// The panel's place in the EMS page: a host element of a name no page can know, a closed
// shadow root in it, and in that the iframe of the extension's panel page. This module makes
// them, places and styles the host (layout.ts says where and how big), and keeps it in the
// page: a MutationObserver puts it back at once when the page removes it, and a frame that
// someone navigated elsewhere gets our own page back. Whether the panel is wanted at all is
// host.ts's to decide; who may talk to the panel in the frame, panel-ports.ts's.

import { browser } from 'wxt/browser';
import type { PageContext } from '@/lib/page/detect';
import type { Settings } from '@/lib/state/settings';
import { FRAME_DECLARATIONS, frameHeightLimit, hostDeclarations, PANEL_WIDTH, type FrameSize } from './layout';

/**
 * A page that keeps removing the host gets it back later and later: each return reloads
 * panel.html, and a page doing it in a loop kept a third to two thirds of a core busy. The
 * first few come back at once (an app re-rendering its root); then after REMOUNT_BACKOFF_MS,
 * doubling each time up to REMOUNT_BACKOFF_MAX_MS, until the host has stayed REMOUNT_CALM_MS.
 */
const IMMEDIATE_REMOUNTS = 3;
export const REMOUNT_BACKOFF_MS = 250;
export const REMOUNT_BACKOFF_MAX_MS = 8000;
const REMOUNT_CALM_MS = 2000;

/** The content script's life, which host.ts owns and the host's parts share. */
export interface HostLife {
  /** Whether the content script has stopped for good. */
  stopped(): boolean;
  /** Whether the extension is still there (not reloaded, updated or removed). */
  extensionAlive(): boolean;
  /** Stops everything: for when the extension is gone. */
  stop(): void;
}

export interface PanelFrameNeeds {
  life: HostLife;
  /** The side of the window the panel sits on (a setting). */
  side(): Settings['panelSide'];
  /** Whether the document is parsed: until then the page's own content is not there to measure room against. */
  pageParsed(): boolean;
  /** What a new frame's address tells the panel (see frameAddress). */
  addressFacts(): { context: PageContext; room: boolean; wait: boolean };
}

export interface PanelFrame {
  /** Whether the host exists (the page may have taken it out for a moment: it comes back). */
  readonly mounted: boolean;
  /** Whether the panel has said its size since its frame last (re)loaded: until then the frame is not shown. */
  readonly sized: boolean;
  /** The extension's own elements: their text and changes are not the page's. */
  isOurs(node: Node): boolean;
  /** The address, nonce included, of the frame last placed: only a port from exactly there is its panel's. */
  address(): string;
  mount(): void;
  unmount(): void;
  /** Styles the host again for what is known now: the side, the panel's size, the window's height. */
  place(): void;
  /** The panel said how big it is: the frame takes that size (within bounds) and shows. */
  resize(size: FrameSize): void;
  /** The panel will draw something new: hidden from the next place() until it says its size again. */
  hideUntilRedrawn(): void;
  /** The document is parsed: the host goes last, so Tab reaches it after the page's own controls. */
  moveLast(): void;
  /**
   * Someone navigated the frame away from our page (its panel's port closed while the frame
   * stayed): a new frame with our page, unless the host is out of the page (its return reloads it).
   */
  restore(): void;
}

export function createPanelFrame({ life, side, pageParsed, addressFacts }: PanelFrameNeeds): PanelFrame {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let frame: HTMLIFrameElement | null = null;
  let frameSrc = '';
  let loadsSinceAttach = 0;
  /** The host's style attribute as we set it: anything else is the page's doing. */
  let hostStyle = '';
  let size: FrameSize | null = null;
  /** Returns since the host last stayed a while (see REMOUNT_BACKOFF_MS). */
  let remounts = 0;
  let calmTimer: ReturnType<typeof setTimeout> | undefined;
  let remountTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The panel page's address for a new frame. A fresh nonce each time: the port that comes
   * from exactly this address is ours (a copy of panel.html that a page managed to frame
   * would not know it). It also carries where the user is, so the panel draws at once
   * without waiting for the port; but when there is a state to restore or a request to
   * deliver, the panel waits for the port (`wait=1`) rather than flash another state.
   * Nothing in it is secret: the page knows its own address, and cannot read the frame's.
   */
  const frameAddress = () => {
    const { context, room, wait } = addressFacts();
    const params = new URLSearchParams({
      in: 'page',
      n: crypto.randomUUID(),
      kind: context.kind,
      route: context.route ?? '',
      room: room ? '1' : '0',
      h: String(frameHeightLimit()),
      wait: wait ? '1' : '0',
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
    // "Ask EMS support" copies the person's question for them to paste (FallbackActions.tsx):
    // a cross-origin frame may write to the clipboard only when its embedder allows it. It
    // grants writing only, to our own page; reading stays off.
    iframe.allow = 'clipboard-write';
    for (const [property, value] of FRAME_DECLARATIONS) iframe.style.setProperty(property, value, 'important');
    iframe.addEventListener('load', () => {
      loadsSinceAttach += 1;
      if (!life.extensionAlive()) life.stop();
      // A second load without a re-attach: someone navigated our frame (a page can reach a
      // child frame's location through `window.frames`). Put our own page back. Not the only
      // sign: a navigation before our page's first load completed gives one load only, so the
      // panel's port closing while its frame stays says so too (panel-ports.ts, restore below).
      else if (loadsSinceAttach > 1) replaceFrame();
    });
    return iframe;
  };

  const replaceFrame = () => {
    if (!shadow || !host?.isConnected) return;
    frame?.remove();
    frame = makeFrame();
    loadsSinceAttach = 0;
    shadow.append(frame);
  };

  /** Inline `!important` styles win over anything the page's stylesheets say about the host. */
  const place = () => {
    if (!host) return;
    // Shown once the panel has drawn, and the page's own content is there to measure room against.
    const declarations = hostDeclarations(side(), size, size !== null && pageParsed(), frameHeightLimit());
    // Written only when it changes. The panel reports its size after every redraw (each
    // keystroke of a search), and a rewrite, even of the same declarations, is a mutation the
    // page can observe: it would time the person's typing (issue 22). It also restyles the host
    // for nothing.
    const scratch = document.createElement('div');
    for (const [property, value] of declarations) scratch.style.setProperty(property, value, 'important');
    const wanted = scratch.getAttribute('style') ?? '';
    if (host.getAttribute('style') !== wanted) host.setAttribute('style', wanted);
    hostStyle = wanted;
  };

  /**
   * The host lives in <html>, after <body>: the app can replace its body, or everything in
   * it, without touching the host. Placed there at `document_start`, before the parser has
   * made <head> and <body>, it ends up first; it moves to the end once the document is
   * parsed (see moveLast), so Tab reaches it after the page's own controls.
   */
  const attach = () => {
    if (!host) return;
    const parent = document.documentElement;
    loadsSinceAttach = 0;
    // Re-attaching reloads the frame anyway: load it with a fresh address (context, nonce).
    if (frame && host.isConnected === false && frameSrc) frame.src = frameAddress();
    // Re-attaching reloads the frame: hidden until the panel, restored, says its size again.
    size = null;
    place();
    parent.append(host);
    observeParents();
    clearTimeout(calmTimer);
    calmTimer = setTimeout(() => {
      remounts = 0;
    }, REMOUNT_CALM_MS);
  };

  /** The page took the host out: back now, or after a pause that grows while it keeps doing so. */
  const reattach = () => {
    clearTimeout(calmTimer);
    if (remountTimer !== undefined) return; // a return is already due
    remounts += 1;
    if (remounts <= IMMEDIATE_REMOUNTS) {
      attach();
      return;
    }
    const delay = Math.min(REMOUNT_BACKOFF_MS * 2 ** (remounts - IMMEDIATE_REMOUNTS - 1), REMOUNT_BACKOFF_MAX_MS);
    remountTimer = setTimeout(() => {
      remountTimer = undefined;
      if (!life.stopped() && host && !host.isConnected) attach();
    }, delay);
  };

  const mount = () => {
    if (host || life.stopped()) return;
    // Firefox injects a new copy of this script into open EMS tabs when the extension is
    // updated, and the old copy may not live to take its host away: exactly one panel.
    for (const old of document.querySelectorAll('[data-ems-help]')) old.remove();
    // A name no page can have defined first: a page's custom element of the same name
    // would otherwise run its own code on our host.
    host = document.createElement(`ems-help-${crypto.randomUUID().slice(0, 8)}`);
    host.setAttribute('data-ems-help', '');
    shadow = host.attachShadow({ mode: 'closed' });
    frame = makeFrame();
    shadow.append(frame);
    size = null;
    place();
    attach();
  };

  const unmount = () => {
    observer.disconnect();
    clearTimeout(remountTimer);
    clearTimeout(calmTimer);
    remountTimer = undefined;
    remounts = 0;
    host?.remove();
    host = null;
    frame = null;
    shadow = null;
    size = null;
  };

  // ── staying in the page ────────────────────────────────────────────────────────────

  const observer = new MutationObserver(() => {
    if (!host) return;
    if (!life.extensionAlive()) {
      life.stop();
      return;
    }
    if (host.getAttribute('style') !== hostStyle) place();
    if (host.isConnected) {
      // A new root element may hold it now (documents can swap theirs); watch that one.
      if (observedRoot !== document.documentElement) observeParents();
      return;
    }
    reattach();
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

  /** Without reloading its frame, where the browser can (`moveBefore`, Chrome 133+). */
  const moveLast = () => {
    const root = document.documentElement as HTMLElement & { moveBefore?: (node: Node, child: Node | null) => void };
    if (host && host.parentNode === root && host.nextSibling && typeof root.moveBefore === 'function') {
      try {
        root.moveBefore(host, null);
      } catch {
        // A page that froze its tree: the host stays where it is, still working.
      }
    }
  };

  return {
    get mounted() {
      return host !== null;
    },
    get sized() {
      return size !== null;
    },
    isOurs: (node) => host !== null && (node === host || host.contains(node)),
    address: () => frameSrc,
    mount,
    unmount,
    place,
    resize(next) {
      size = {
        ...next,
        width: Math.min(next.width, PANEL_WIDTH + 40),
        height: Math.min(next.height, frameHeightLimit()),
      };
      place();
    },
    hideUntilRedrawn() {
      size = null;
    },
    moveLast,
    restore: replaceFrame,
  };
}
