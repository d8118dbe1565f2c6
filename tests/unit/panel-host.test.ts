// The content script's host of the in-page panel (entrypoints/content): what it costs a page
// that fights it, and what it tells the panel. The real-browser side is in tests/e2e.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appliedSettings } from '@/entrypoints/content/applied-settings';
import { createPanelFrame, REMOUNT_BACKOFF_MAX_MS, type HostLife } from '@/entrypoints/content/panel-frame';
import { createPanelPorts } from '@/entrypoints/content/panel-ports';
import { PANEL_PORT, PANEL_RELAYED_PREFIX } from '@/lib/messages';
import type { PageContext } from '@/lib/page/detect';
import { settingsItem } from '@/lib/state/items';
import { EMPTY_POLICY, type ManagedPolicy } from '@/lib/state/managed';
import { DEFAULT_SETTINGS } from '@/lib/state/settings';

const life: HostLife = { stopped: () => false, extensionAlive: () => true, stop: () => undefined };
const context: PageContext = { kind: 'hosting', route: '#/hosts' };

describe('a page that keeps removing the panel’s host', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.querySelectorAll('[data-ems-help]').forEach((el) => el.remove());
  });

  it('gets it back later and later, not twenty times a second (each return reloads the panel)', async () => {
    expect.hasAssertions();
    const frame = createPanelFrame({ life, side: () => 'right', pageParsed: () => true, addressFacts: () => ({ context, room: true, wait: false }) });
    frame.mount();
    let returns = 0;
    // The page: takes the host out whenever it appears.
    const fighter = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.hasAttribute('data-ems-help')) {
            returns += 1;
            node.remove();
          }
        }
      }
    });
    fighter.observe(document.documentElement, { childList: true });
    document.querySelector('[data-ems-help]')!.remove();
    await vi.advanceTimersByTimeAsync(30_000);
    // 3 at once, then after 0.25, 0.5, 1, 2, 4 and 8 s, then every 8 s.
    expect(returns).toBeGreaterThan(3);
    expect(returns).toBeLessThanOrEqual(3 + 6 + Math.ceil(30_000 / REMOUNT_BACKOFF_MAX_MS));
    fighter.disconnect();

    // Once the page stops, the host comes back and stays.
    await vi.advanceTimersByTimeAsync(REMOUNT_BACKOFF_MAX_MS);
    expect(document.querySelectorAll('[data-ems-help]')).toHaveLength(1);
    frame.unmount();
  });
});

describe('something that navigates the panel’s frame', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.querySelectorAll('[data-ems-help]').forEach((el) => el.remove());
  });

  it('gets our page put back when its panel’s port closes while the frame stays, not when the host is out', () => {
    // The frame sits in a closed shadow root: keep a hold of it, as the page cannot.
    const shadows: ShadowRoot[] = [];
    const attachShadow = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      shadows.push(root);
      return root;
    });
    const frame = createPanelFrame({ life, side: () => 'right', pageParsed: () => true, addressFacts: () => ({ context, room: true, wait: false }) });
    frame.mount();
    const iframe = () => shadows.at(-1)!.querySelector('iframe')!;
    const ours = frame.address();
    // Our page's load: it stays.
    iframe().dispatchEvent(new Event('load'));
    expect(frame.address()).toBe(ours);
    // No second load seen (Chromium can lose the first), but the panel said it left: a new frame with our page.
    frame.restore();
    expect(frame.address()).not.toBe(ours);
    expect(frame.address()).toContain('/panel.html?');
    expect(iframe().src).toBe(frame.address());
    expect(shadows.at(-1)!.querySelectorAll('iframe')).toHaveLength(1);
    // With the host out of the page (a page fighting it, kept out by the back-off), nothing
    // is loaded now: its return loads a fresh frame anyway.
    const host = document.querySelector('[data-ems-help]')!;
    const frameBefore = iframe();
    const placed = frame.address();
    frame.unmount();
    expect(host.isConnected).toBe(false);
    frame.restore();
    expect(frame.address()).toBe(placed);
    expect(frameBefore.isConnected).toBe(false);
  });

  it('hears of a navigation from the panel’s port closing only where it means one', () => {
    const address = 'chrome-extension://abc/panel.html?in=page&n=1';
    let current = address;
    const frame = { mounted: true, address: () => current, resize: () => undefined };
    let navigations = 0;
    let connectedNow = 0;
    const ports = createPanelPorts({
      life,
      frame,
      page: () => ({ context, room: true, side: 'right' as const }),
      moveTo: () => undefined,
      connected: (count) => {
        connectedNow = count;
      },
      frameLeft: () => {
        navigations += 1;
      },
      shaped: () => undefined,
    });
    const portFrom = (url: string, relayed = false) => {
      const closers: (() => void)[] = [];
      const port = {
        // Firefox's framed panel reaches us through the background (no tab), named with its address.
        name: relayed ? `${PANEL_RELAYED_PREFIX}${url}` : `${PANEL_PORT}:page`,
        sender: relayed ? { id: fakeBrowser.runtime.id } : { id: fakeBrowser.runtime.id, url, tab: { id: 1 } },
        postMessage: () => undefined,
        onMessage: { addListener: () => undefined },
        onDisconnect: { addListener: (listener: () => void) => void closers.push(listener) },
        disconnect: () => undefined,
      };
      ports.accept(port as never);
      expect(connectedNow).toBe(1); // taken as the frame's panel
      return () => closers.forEach((close) => close());
    };
    // The panel's document goes while its frame keeps our address: someone navigated it.
    portFrom(address)();
    expect(navigations).toBe(1);
    // We replaced the frame ourselves (a new address): its old panel leaving is no navigation.
    const close = portFrom(address);
    current = 'chrome-extension://abc/panel.html?in=page&n=2';
    close();
    expect(navigations).toBe(1);
    // Firefox's relay through the background can close for the background's reasons.
    portFrom(current, true)();
    expect(navigations).toBe(1);
    // The same close from a direct port at that address is a navigation: the relay alone made the difference.
    portFrom(current)();
    expect(navigations).toBe(2);
  });
});

describe('what the host tells a connected panel', () => {
  it('says where the user is when that changes, not at every resize of the page', () => {
    const posted: unknown[] = [];
    const port = {
      name: 'ems-help-panel:side',
      sender: { id: fakeBrowser.runtime.id },
      postMessage: (message: unknown) => posted.push(message),
      onMessage: { addListener: () => undefined },
      onDisconnect: { addListener: () => undefined },
      disconnect: () => undefined,
    };
    let room = true;
    const ports = createPanelPorts({
      life,
      frame: { mounted: false, address: () => '', resize: () => undefined },
      page: () => ({ context, room, side: 'right' as const }),
      moveTo: () => undefined,
      connected: () => undefined,
      frameLeft: () => undefined,
      shaped: () => undefined,
    });
    ports.accept(port as unknown as Parameters<typeof ports.accept>[0]);
    expect(posted).toHaveLength(1);
    for (let i = 0; i < 10; i++) ports.broadcast(); // the page resized, nothing the panel knows changed
    expect(posted).toHaveLength(1);
    room = false;
    ports.broadcast();
    expect(posted).toHaveLength(2);
    expect(posted[1]).toMatchObject({ type: 'context', room: false });
  });
});

describe('what applies in the EMS tab (the person’s settings and the organisation’s policy)', () => {
  it('applies the person’s settings as soon as they are read, the policy when it comes, and follows both', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, placement: 'sidepanel', chosen: ['placement'] });
    let answerPolicy: (policy: ManagedPolicy) => void = () => undefined;
    const applied = appliedSettings(() => new Promise((resolve) => (answerPolicy = resolve)));
    const events: string[] = [];
    expect(applied.current.placement).toBe('page'); // the defaults, until anything is read
    applied.start({ read: () => events.push(`read ${applied.current.placement}`), changed: (side) => events.push(`changed ${applied.current.panelSide}${side ? ' (side chosen)' : ''}`) });
    // Chrome's first read of the policy can take seconds: the person's choice does not wait for it.
    await vi.waitFor(() => expect(events).toEqual(['read sidepanel']));
    answerPolicy({ ...EMPTY_POLICY, values: { placement: 'page' }, locked: ['placement'] });
    await vi.waitFor(() => expect(events).toEqual(['read sidepanel', 'read page']));

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, panelSide: 'left', chosen: ['panelSide'] });
    await vi.waitFor(() => expect(events.at(-1)).toBe('changed left (side chosen)'));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, panelSide: 'left', theme: 'dark', chosen: ['panelSide', 'theme'] });
    await vi.waitFor(() => expect(events.at(-1)).toBe('changed left'));

    applied.stop();
    const seen = events.length;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, panelSide: 'right' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toHaveLength(seen);
  });
});
