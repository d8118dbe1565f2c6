// The panel pages connected to this tab, each through a private extension port (the page
// can neither read nor forge what goes through one; nothing goes through window.postMessage):
// the panel in the frame this script placed (panel-frame.ts), and the browser's side panel.
//
// - Only this extension's ports are taken, and of in-page panels only the frame this script
//   placed, at the address it gave it (nonce included): only that one sizes the frame.
// - They hear where the user is (host.ts works it out) whenever it changes.
// - The in-page panel's state is kept here, in memory, so a re-mounted frame comes back as it
//   was; a request that came before its panel could take it waits here too.

import { browser, type Browser } from 'wxt/browser';
import {
  fromThisExtension,
  parsePanelToHost,
  PANEL_PORT,
  PANEL_RELAYED_PREFIX,
  type HostToPanel,
  type PanelRequest,
  type PanelSide,
  type PanelUiState,
} from '@/lib/messages';
import type { PageContext } from '@/lib/page/detect';
import { frameHeightLimit } from './layout';
import type { HostLife, PanelFrame } from './panel-frame';

type Port = Browser.runtime.Port;

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

export interface PanelPortsNeeds {
  life: HostLife;
  /** The frame this script placed: whether it is there, its address, its size. */
  frame: Pick<PanelFrame, 'mounted' | 'address' | 'resize'>;
  /** Where the user is, and whether the page leaves room for the open panel. */
  page(): { context: PageContext; room: boolean; side: PanelSide };
  /** The person moved the in-page panel to the other edge (its own frame's port only). */
  moveTo(side: PanelSide): void;
  /** How many panel pages are connected now, after each change (the screen is read only for them). */
  connected(count: number): void;
  /** The in-page panel's document went away while its frame stayed: someone navigated the frame. */
  frameLeft(): void;
  /** The in-page panel said its size in this shape: folded to its launcher, or open. */
  shaped(shape: 'launcher' | 'panel'): void;
}

export interface PanelPorts {
  /** For `runtime.onConnect`: takes a panel page's port, or refuses it. */
  accept(port: Port): void;
  /** Tells every connected panel where the user is now, and the height there is: each only what changed since it was last told. */
  broadcast(): void;
  /** Something the user asked of the in-page panel (command, menu): now, or once it connects. */
  deliver(request: PanelRequest): void;
  /** Whether a new frame's panel has a state to restore or a request to take from its port. */
  frameShouldWait(): boolean;
  /** The frame was taken away: its port no longer sizes anything nor takes requests. */
  frameRemoved(): void;
}

export function createPanelPorts({ life, frame, page, moveTo, connected, frameLeft, shaped }: PanelPortsNeeds): PanelPorts {
  /** Every connected panel page of this tab: the in-page frame and the side panel. */
  const ports = new Set<Port>();
  /** The port of the frame this script placed; only it may size the frame. */
  let framePort: Port | null = null;
  /** A request that arrived before the panel could take it. */
  let pending: PanelRequest | undefined;
  /** The panel's state, for a re-mount. */
  let lastUi: PanelUiState | undefined;
  /**
   * What each port was last told of the page: a broadcast says only what changed (a page
   * resizing itself every frame would otherwise post to the panel every frame).
   */
  const lastTold = new WeakMap<Port, string>();

  const contextMessage = (extra: Partial<HostToPanel> = {}): HostToPanel => {
    const { context, room, side } = page();
    return { type: 'context', context, room, side, maxHeight: frameHeightLimit(), ...extra };
  };

  const post = (port: Port, message: HostToPanel) => {
    const { restore: _restore, request: _request, ...page } = message;
    lastTold.set(port, JSON.stringify(page));
    try {
      port.postMessage(message);
    } catch {
      if (ports.delete(port)) connected(ports.size);
    }
  };

  const onPanelMessage = (port: Port) => (raw: unknown) => {
    const message = parsePanelToHost(raw);
    if (!message) return;
    if (message.type === 'ui') {
      lastUi = message.state;
      return;
    }
    if (port !== framePort || !frame.mounted) return;
    if (message.type === 'move') moveTo(message.side);
    else {
      frame.resize(message);
      shaped(message.shape);
    }
  };

  const accept = (port: Port) => {
    if (life.stopped() || !fromThisExtension(port.sender, browser.runtime.id)) return;
    // Firefox's framed panel page reaches us through the background, which names the port
    // with the panel's address as the browser reported it; only the background (no tab) may.
    const relayed = port.name.startsWith(PANEL_RELAYED_PREFIX) && !port.sender?.tab;
    const inPage = relayed || port.name === `${PANEL_PORT}:page`;
    if (!inPage && port.name !== `${PANEL_PORT}:side`) return;
    if (inPage) {
      // Only the frame this script placed, at the address it gave it, sizes the frame.
      const panelUrl = relayed ? port.name.slice(PANEL_RELAYED_PREFIX.length) : port.sender?.url;
      if (!frame.mounted || !sameFrameAddress(panelUrl, frame.address())) {
        port.disconnect();
        return;
      }
      framePort = port;
    }
    ports.add(port);
    port.onMessage.addListener(onPanelMessage(port));
    port.onDisconnect.addListener(() => {
      if (ports.delete(port)) connected(ports.size);
      if (!life.extensionAlive()) {
        life.stop();
        return;
      }
      if (framePort !== port) return;
      framePort = null;
      // The panel closes its port only as its document goes. If the frame still has the address
      // we gave it, we did not replace it: someone navigated it (the frame's load events may
      // not tell: see panel-frame.ts). Firefox's relay through the background can close for the
      // background's own reasons: only a direct port says the page went.
      if (!relayed && !life.stopped() && frame.mounted && sameFrameAddress(port.sender?.url, frame.address())) frameLeft();
    });
    const first: Partial<HostToPanel> = {};
    if (inPage && lastUi) first.restore = lastUi;
    if (inPage && pending) {
      first.request = pending;
      pending = undefined;
    }
    post(port, contextMessage(first));
    // After the first message, which may carry a state to restore: the panel draws that first.
    if (ports.has(port)) connected(ports.size);
  };

  return {
    accept,
    broadcast() {
      const message = contextMessage();
      const told = JSON.stringify(message);
      for (const port of ports) if (lastTold.get(port) !== told) post(port, message);
    },
    deliver(request) {
      if (framePort) post(framePort, contextMessage({ request }));
      else pending = request;
    },
    frameShouldWait: () => !!(lastUi || pending),
    frameRemoved() {
      framePort = null;
    },
  };
}
