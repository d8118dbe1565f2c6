// The message protocol at its boundaries (lib/messages.ts, the background's handler):
// well-formed messages pass unchanged; thousands of seeded malformed ones neither throw nor
// open anything, and whatever a parser lets through keeps every promise of its type.

import { describe, expect, it, vi } from 'vitest';
import { handleRuntimeMessage, type BackgroundApi } from '@/lib/background/handlers';
import { entries } from '@/lib/corpus';
import {
  boundedRoute,
  MAX_QUERY_CHARS,
  parseBackgroundMessage,
  parseContentMessage,
  parseHostToPanel,
  parsePanelToHost,
  type HostToPanel,
  type PanelToHost,
} from '@/lib/messages';
import { frameHeightLimit, maxFrameHeight } from '@/entrypoints/content/layout';
import { PAGE_KINDS } from '@/lib/page/detect';
import { seededRandom } from './seeded-random';

const OWN = 'own-extension-id';
const ids = new Set(entries.map((e) => e.id));
const known = (id: string) => ids.has(id);
const PANEL_PAGE = { id: OWN, url: 'chrome-extension://x/panel.html?in=page', tab: { id: 1, index: 0 } };


const throwingGetter = () => {
  const o = {};
  Object.defineProperty(o, 'type', { enumerable: true, get: () => { throw new Error('getter ran'); } });
  Object.defineProperty(o, 'id', { enumerable: true, get: () => { throw new Error('getter ran'); } });
  return o;
};
const hostileProxy = () =>
  new Proxy(
    {},
    {
      get: () => { throw new Error('proxy get'); },
      ownKeys: () => { throw new Error('proxy ownKeys'); },
      getOwnPropertyDescriptor: () => { throw new Error('proxy descriptor'); },
      getPrototypeOf: () => { throw new Error('proxy prototype'); },
    },
  );

/** Values that have broken message handlers somewhere. */
const NASTY: Array<() => unknown> = [
  () => undefined,
  () => null,
  () => 0,
  () => -1,
  () => NaN,
  () => Infinity,
  () => 1e308,
  () => true,
  () => '',
  () => 'x'.repeat(100_000),
  () => '\u0000\ud800',
  () => [],
  () => [1, 2, 3],
  () => ({}),
  () => Object.create(null),
  () => ({ toString: null, valueOf: null }),
  () => JSON.parse('{"__proto__": {"type": "open-answer", "id": "dns-not-resolving", "active": true}}'),
  () => Object.create({ type: 'open-answer', id: 'dns-not-resolving', active: true }),
  () => 'constructor',
  () => 'toString',
  () => '__proto__',
  () => 'hasOwnProperty',
  () => throwingGetter(),
  () => hostileProxy(),
  () => () => 'a function',
  () => Symbol('s'),
  () => 10n,
  () => new Date(),
  () => /regex/,
  () => new Map([['type', 'open-answer']]),
];

const TYPES = ['open-answer', 'toggle-panel', 'search-panel', 'context', 'size', 'ui', 'constructor', '__proto__', 'toString', ''];
const FIELDS = ['type', 'id', 'active', 'query', 'context', 'kind', 'route', 'room', 'maxHeight', 'restore', 'request', 'shape', 'width', 'height', 'state', 'expanded', 'pageKey', 'forceOpen', '__proto__', 'constructor'];

/** A message: a nasty value, or an object mixing real field names, real types and nasty values. */
function malformed(random: () => number, depth = 0): unknown {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  if (depth > 2 || random() < 0.3) return pick(NASTY)();
  const out: Record<string, unknown> = {};
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) {
    const key = pick(FIELDS);
    const roll = random();
    const value =
      key === 'type' && roll < 0.6 ? pick(TYPES)
      : key === 'kind' && roll < 0.5 ? pick([...PAGE_KINDS, 'constructor', 'toString', 'valueOf', 'toggle', 'search'])
      : key === 'id' && roll < 0.3 ? pick([...ids].slice(0, 5))
      : roll < 0.5 ? malformed(random, depth + 1)
      : pick(NASTY)();
    Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return out;
}

function fakeApi() {
  const api: BackgroundApi = {
    activeTab: vi.fn(async () => undefined),
    createTab: vi.fn(async () => undefined),
    updateTab: vi.fn(async () => undefined),
    sendToTab: vi.fn(async () => undefined),
    answerPageUrl: (hash) => `chrome-extension://x/answer.html${hash}`,
    stashQuery: vi.fn(async () => 'token'),
    placementNow: () => 'page',
    loadPlacement: async () => 'page',
    toggleSidePanel: vi.fn(async () => true),
    openSettings: vi.fn(async () => undefined),
    screenAnswers: vi.fn(() => ({ ok: true as const, pins: [], guide: [] })),
  };
  return api;
}

/** Everything a parser lets through must be exactly its type, bounded. */
function assertHostToPanel(m: HostToPanel) {
  expect(m.type).toBe('context');
  expect(PAGE_KINDS).toContain(m.context.kind);
  expect(m.context.route === null || (typeof m.context.route === 'string' && m.context.route.length <= 100)).toBe(true);
  expect(typeof m.room).toBe('boolean');
  expect(m.maxHeight === undefined || (Number.isFinite(m.maxHeight) && m.maxHeight > 0 && m.maxHeight <= 4000)).toBe(true);
  if (m.request?.kind === 'search') expect(m.request.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
}
function assertPanelToHost(m: PanelToHost) {
  if (m.type === 'size') {
    expect(['launcher', 'panel']).toContain(m.shape);
    expect(m.width).toBeLessThanOrEqual(4000);
    expect(m.height).toBeLessThanOrEqual(4000);
  } else if (m.type === 'move') {
    expect(['left', 'right']).toContain(m.side);
  } else {
    expect(typeof m.state.query).toBe('string');
    expect(m.state.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  }
}

describe('one bad field in a message to the panel (issue 22)', () => {
  const request = { kind: 'search', query: 'dns' } as const;
  it('drops that field only: a long deep link, a tall screen, a bad restore; the request always arrives', () => {
    const deepLink = `#/server-admin/users/@${'a'.repeat(90)}:example.org`;
    const message = parseHostToPanel({ type: 'context', context: { kind: 'hosting', route: deepLink }, room: true, maxHeight: 4090, restore: { query: 7 }, request });
    expect(message).toEqual({ type: 'context', context: { kind: 'hosting', route: null }, room: true, maxHeight: 4000, request });
    expect(parseHostToPanel({ type: 'context', context: null, room: 'yes', maxHeight: 'tall', request })).toEqual({ type: 'context', context: { kind: 'other', route: null }, room: false, request });
  });

  it('is never sent: the content script cuts the route at a slash and clamps the height', () => {
    const deepLink = `#/server-admin/users/@${'a'.repeat(90)}:example.org`;
    expect(boundedRoute(deepLink)).toBe('#/server-admin/users');
    expect(boundedRoute('#/hosts')).toBe('#/hosts');
    expect(boundedRoute(`#/${'x'.repeat(200)}`)).toBeNull();
    expect(maxFrameHeight(4090 + 88)).toBe(4000);
    expect(maxFrameHeight(Number.NaN)).toBe(120);
  });

  it('a window closing under the content script (Firefox throws on its size) leaves the last height', () => {
    const height = vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(700);
    expect(frameHeightLimit()).toBe(maxFrameHeight(700));
    height.mockImplementation(() => {
      throw new Error('NS_ERROR_UNEXPECTED');
    });
    expect(frameHeightLimit()).toBe(maxFrameHeight(700));
    height.mockRestore();
  });
});

describe('the message protocol', () => {
  it('passes well-formed messages, as fresh plain objects', () => {
    const open = { type: 'open-answer', id: 'dns-not-resolving', active: true };
    expect(parseBackgroundMessage(open, known)).toEqual(open);
    expect(parseBackgroundMessage(open, known)).not.toBe(open);
    expect(parseContentMessage({ type: 'toggle-panel' })).toEqual({ type: 'toggle-panel' });
    expect(parseContentMessage({ type: 'search-panel', query: 'dns' })).toEqual({ type: 'search-panel', query: 'dns' });
    const context: HostToPanel = {
      type: 'context',
      context: { kind: 'hosting', route: '#/integrations' },
      room: false,
      maxHeight: 700,
      restore: { query: 'x', expanded: null, pageKey: 'hosting#/integrations', forceOpen: true },
      request: { kind: 'search', query: 'bridge' },
    };
    expect(parseHostToPanel(context)).toEqual(context);
    expect(parsePanelToHost({ type: 'size', shape: 'launcher', width: 90.2, height: 40 })).toEqual({
      type: 'size',
      shape: 'launcher',
      width: 91,
      height: 40,
    });
  });

  it('refuses unknown kinds, prototype keys, unknown answers and oversized text', () => {
    // A context it cannot read is "some other page"; a route that is not one, none.
    expect(parseHostToPanel({ type: 'context', context: { kind: 'constructor', route: null }, room: true, maxHeight: 1 })?.context).toEqual({ kind: 'other', route: null });
    expect(parseHostToPanel({ type: 'context', context: { kind: 'billing', route: { toString: null } }, room: true, maxHeight: 1 })?.context).toEqual({ kind: 'billing', route: null });
    expect(parseHostToPanel({ type: 'size', context: { kind: 'billing', route: null }, room: true })).toBeNull();
    expect(parseBackgroundMessage({ type: 'open-answer', id: 'constructor', active: true }, known)).toBeNull();
    expect(parseBackgroundMessage({ type: 'open-answer', id: 'no-such-answer', active: true }, known)).toBeNull();
    expect(parseBackgroundMessage(Object.create({ type: 'open-answer', id: 'dns-not-resolving', active: true }), known)).toBeNull();
    expect(parseContentMessage({ type: 'search-panel', query: 'x'.repeat(MAX_QUERY_CHARS + 1) })).toBeNull();
    expect(parseContentMessage(throwingGetter())).toBeNull();
    expect(parseContentMessage(hostileProxy())).toBeNull();
  });

  it('5000 seeded malformed messages: nothing throws, nothing opens, nothing invalid gets through', async () => {
    const random = seededRandom(20261128);
    const api = fakeApi();
    let passed = 0;
    for (let i = 0; i < 5000; i++) {
      const message = malformed(random);
      const senders = [PANEL_PAGE, { id: OWN, url: 'https://ems.element.io/user/billing', tab: { id: 1, index: 0 } }, { id: 'other' }, undefined, malformed(random)];
      for (const sender of senders) {
        const answer = handleRuntimeMessage(message, sender as Parameters<typeof handleRuntimeMessage>[1], OWN, known, api);
        if (answer) await answer;
      }
      const content = parseContentMessage(message);
      const toPanel = parseHostToPanel(message);
      const toHost = parsePanelToHost(message);
      if (toPanel) assertHostToPanel(toPanel);
      if (toHost) assertPanelToHost(toHost);
      if (content?.type === 'search-panel') expect(content.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      passed += [content, toPanel, toHost].filter(Boolean).length;
    }
    // Only a well-formed open-answer for a real answer from our own page opens a tab; the
    // generator makes a few of those by chance, and each must name an entry that exists.
    for (const [options] of vi.mocked(api.createTab).mock.calls) {
      const id = decodeURIComponent(options.url.split('#')[1]!);
      expect(ids.has(id)).toBe(true);
    }
    expect(api.sendToTab).not.toHaveBeenCalled();
    expect(api.updateTab).not.toHaveBeenCalled();
    console.log(`malformed messages accepted by a parser (and valid): ${passed}; tabs opened: ${vi.mocked(api.createTab).mock.calls.length}`);
  });
});
