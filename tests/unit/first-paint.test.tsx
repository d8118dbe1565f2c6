// The panel page's first script draws the in-page panel's first state before React has
// arrived (components/panel/first-paint-*.ts); React then replaces it with its own first
// render. Nothing may move when it does: the two must be the same markup, element for
// element, attribute for attribute, for every kind of first state it draws.
import { cleanup, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { policyOf } from '@/components/panel/first-paint';
import { drawFirstState } from '@/components/panel/first-paint-dom';
import { mayDrawFirst, noteClicks } from '@/components/panel/first-paint-handover';
import { firstState, type FirstReads } from '@/components/panel/first-paint-state';
import { PanelApp } from '@/components/panel/PanelApp';
import type { HostState } from '@/components/panel/panel-page';
import { catalogue } from '@/lib/corpus/catalogue';
import { hasSidePanel } from '@/lib/extension-pages';
import type { PageKind } from '@/lib/page/detect';
import { EMPTY_POLICY } from '@/lib/state/managed';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/state/settings';
import { createLearnedStore, createPanelPrefsStore, createSettingsStore } from '@/lib/state/stores';
import firstLists from 'virtual:ems-first-suggestions';
import type { FirstSuggestions } from '@/lib/suggest/first-suggestions';
import { fakeGetMessage } from './i18n-catalog';

const lists = firstLists as FirstSuggestions;

// jsdom has no layout: the frame's size reports (InPagePanel.tsx) observe nothing here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/**
 * A node as markup with its attributes sorted, and the ids React makes (useId) named by their
 * order of appearance: the painter's own ids stand in for them.
 */
function normalised(root: Element): string {
  const ids = new Map<string, string>();
  const idOf = (value: string) => {
    if (!ids.has(value)) ids.set(value, `id${ids.size}`);
    return ids.get(value)!;
  };
  const generated = (value: string) => /^(«|_r_|:r)|^painted/.test(value);
  const rename = (value: string) => value.replace(/^(«[^»]*»|_r_[0-9a-z]+_|:r[0-9a-z]+:|painted)/, (m) => idOf(m));
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes]
      .map((a) => [a.name, ['id', 'aria-controls', 'aria-labelledby'].includes(a.name) && generated(a.value) ? rename(a.value) : a.value])
      .sort(([a], [b]) => a!.localeCompare(b!))
      .map(([name, value]) => ` ${name}=${JSON.stringify(value)}`)
      .join('');
    // Text split in two by React ("Suggested for " + label) reads as one.
    return `<${node.localName}${attributes}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
  };
  return walk(root);
}

const reads = (settings: Settings, collapsed: Partial<Record<PageKind, boolean>> = {}): FirstReads => ({
  local: { settings, settings$: { v: 2 }, 'panel-prefs': { collapsed }, 'panel-prefs$': { v: 2 } },
  policy: {},
});

/** React's in-page panel, as entrypoints/panel/main.tsx renders it, with no policy. */
const panelInPage = (initial: HostState, managed = createManagedPolicyStore({ area: { get: async () => ({}) } })) => (
  <PanelApp
    host={{ in: 'page', initial }}
    entries={catalogue}
    loadAnswers={() => new Promise(() => undefined)}
    prefs={createPanelPrefsStore()}
    learned={createLearnedStore()}
    settings={createSettingsStore()}
    managed={managed}
    openInTab={vi.fn()}
  />
);

async function reactFirstRender(initial: HostState, { local }: FirstReads) {
  await fakeBrowser.storage.local.set(local);
  // No content script to talk to here: the panel draws from its address alone.
  fakeBrowser.tabs.getCurrent = (async () => undefined) as unknown as typeof fakeBrowser.tabs.getCurrent;
  const managed = createManagedPolicyStore({ area: { get: async () => ({}) } });
  const { container } = render(<div id="root">{panelInPage(initial, managed)}</div>);
  await vi.waitFor(() => expect(container.querySelector('.frame-root > *')).not.toBeNull());
  expect(managed.getState().policy).toEqual(EMPTY_POLICY);
  return container.querySelector('.frame-root')!;
}

const CASES: Array<[string, HostState, Settings, Partial<Record<PageKind, boolean>>]> = [
  ['hosting, open', { type: 'context', context: { kind: 'hosting', route: null }, room: true, maxHeight: 700 }, DEFAULT_SETTINGS, {}],
  ['a hosting tab, open, on the left', { type: 'context', context: { kind: 'hosting', route: '#/integrations' }, room: true, maxHeight: 640, side: 'left' }, DEFAULT_SETTINGS, {}],
  ['billing, folded by the person', { type: 'context', context: { kind: 'billing', route: null }, room: true, maxHeight: 700 }, DEFAULT_SETTINGS, { billing: true }],
  ['account, folded for want of room', { type: 'context', context: { kind: 'account', route: null }, room: false, maxHeight: 700 }, DEFAULT_SETTINGS, {}],
  ['another page: the launcher by default', { type: 'context', context: { kind: 'other', route: null }, room: true, maxHeight: 700 }, DEFAULT_SETTINGS, {}],
  ['support, open by the arrival setting, theme dark', { type: 'context', context: { kind: 'support', route: null }, room: true }, { ...DEFAULT_SETTINGS, theme: 'dark', panelSide: 'left' }, {}],
];

describe.each(['en', 'de'] as const)('the first paint in %s', (lang) => {
  it.each(CASES)('%s: the same markup as React’s first render', async (_name, initial, settings, collapsed) => {
    fakeBrowser.i18n.getMessage = fakeGetMessage(lang) as typeof fakeBrowser.i18n.getMessage;
    const given = reads(settings, collapsed);
    const state = firstState({ in: 'page', initial }, given, lists, Date.now(), hasSidePanel());
    expect(state).not.toBeNull();
    const painted = drawFirstState(document, state!, 'painted');
    const react = await reactFirstRender(initial, given);
    expect(normalised(painted)).toBe(normalised(react));
  });
});

describe('the first paint draws nothing where React’s first render could differ', () => {
  const initial: HostState = { type: 'context', context: { kind: 'hosting', route: null }, room: true, maxHeight: 700 };
  const state = (host: Parameters<typeof firstState>[0], given: FirstReads) => firstState(host, given, lists, Date.now(), false);

  it('draws the ordinary case (the cases below differ from it in one thing each)', () => {
    expect(state({ in: 'page', initial }, reads(DEFAULT_SETTINGS))).not.toBeNull();
  });

  it('a state to restore or a request to take (`wait=1`), the side panel', () => {
    expect(state({ in: 'page', initial: null }, reads(DEFAULT_SETTINGS))).toBeNull();
    expect(state({ in: 'side' }, reads(DEFAULT_SETTINGS))).toBeNull();
  });

  it('an organisation’s policy, or none known yet', () => {
    expect(state({ in: 'page', initial }, { ...reads(DEFAULT_SETTINGS), policy: { panelSide: 'left' } })).toBeNull();
    expect(state({ in: 'page', initial }, { ...reads(DEFAULT_SETTINGS), policy: undefined })).toBeNull();
  });

  it('answers this person opened on this kind of page (they may be promoted), unless learning is off', () => {
    const opened = { hosting: { 'dns-not-resolving': { weight: 2, at: Date.now(), routes: [''] } } };
    const withLearned = (settings: Settings): FirstReads => {
      const given = reads(settings);
      return { ...given, local: { ...given.local, learned: opened, learned$: { v: 2 } } };
    };
    expect(state({ in: 'page', initial }, withLearned(DEFAULT_SETTINGS))).toBeNull();
    expect(state({ in: 'page', initial }, withLearned({ ...DEFAULT_SETTINGS, keepLearnedSuggestions: false }))).not.toBeNull();
    // Learned on another kind of page: nothing to promote here.
    expect(state({ in: 'page', initial: { ...initial, context: { kind: 'billing', route: null } } }, withLearned(DEFAULT_SETTINGS))).not.toBeNull();
  });

  it('stored state in an older format (to be migrated first); malformed state counts as the defaults', () => {
    const given = reads(DEFAULT_SETTINGS);
    expect(state({ in: 'page', initial }, { ...given, local: { ...given.local, settings$: { v: 1 } } })).toBeNull();
    const malformed = state({ in: 'page', initial }, { ...given, local: { ...given.local, settings: 'nonsense', 'panel-prefs': [1] } });
    expect(malformed?.collapsed).toBe(false);
    expect(malformed?.side).toBe(DEFAULT_SETTINGS.panelSide);
  });
});

describe('the policy the first paint goes by', () => {
  const never = new Promise<Record<string, unknown>>(() => undefined);
  const answered = (value: Record<string, unknown>) => Promise.resolve(value);

  it('takes the copy the background keeps this session, without waiting for the policy’s own read', async () => {
    await expect(policyOf(answered({ 'managed-policy-copy': { panelSide: 'left' } }), never, 60_000)).resolves.toEqual({ panelSide: 'left' });
    await expect(policyOf(answered({ 'managed-policy-copy': {} }), never, 60_000)).resolves.toEqual({});
  });

  it('without a copy (the browser has just started), the policy’s own read where it answers within the wait', async () => {
    await expect(policyOf(answered({}), answered({ theme: 'dark' }), 60_000)).resolves.toEqual({ theme: 'dark' });
    // Firefox throws where no policy is installed: no policy.
    await expect(policyOf(answered({}), Promise.reject(new Error('Managed storage manifest not found')), 60_000)).resolves.toEqual({});
  });

  it('and none where that read takes longer than React waits for it (policy-wait.ts): the person’s settings apply meanwhile', async () => {
    vi.useFakeTimers();
    try {
      let result: unknown = 'pending';
      void policyOf(answered({}), never, 100).then((policy) => (result = policy));
      await vi.advanceTimersByTimeAsync(99);
      expect(result).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toEqual({});
      // Which firstState draws from, as React draws once its own wait is over.
      const initial: HostState = { type: 'context', context: { kind: 'hosting', route: null }, room: true, maxHeight: 700 };
      expect(firstState({ in: 'page', initial }, { ...reads(DEFAULT_SETTINGS), policy: result }, lists, Date.now(), false)).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('typing in the first drawing, before React takes it over', () => {
  it('carries the words and the focus over to React’s search box', async () => {
    const initial: HostState = { type: 'context', context: { kind: 'hosting', route: null }, room: true, maxHeight: 700 };
    const given = reads(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set(given.local);
    fakeBrowser.tabs.getCurrent = (async () => undefined) as unknown as typeof fakeBrowser.tabs.getCurrent;
    // The page's first script drew the panel (first-paint.ts), and the person began to type.
    const root = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
    const state = firstState({ in: 'page', initial }, given, lists, Date.now(), false)!;
    expect(mayDrawFirst()).toBe(true);
    root.append(drawFirstState(document, state, 'painted'));
    const painted = root.querySelector<HTMLInputElement>('input.search-input')!;
    painted.focus();
    painted.value = 'dns rec';
    try {
      render(panelInPage(initial), { container: root });
      await vi.waitFor(() => expect(root.querySelector('aside.panel')).not.toBeNull());
      const input = root.querySelector<HTMLInputElement>('input.search-input')!;
      expect(input).not.toBe(painted);
      expect(input.value).toBe('dns rec');
      await vi.waitFor(() => expect(document.activeElement).toBe(input));
    } finally {
      cleanup();
      root.remove();
      delete (globalThis as { __emsHelpFirstPaint?: unknown }).__emsHelpFirstPaint;
    }
  });
});

describe('a click on the first drawing, before React takes it over', () => {
  /** Draws the first state as the first script does, lets `act` click in it, then renders React over it. */
  async function clickThenTakeOver(initial: HostState, collapsed: Partial<Record<PageKind, boolean>>, act: (drawing: HTMLElement) => void) {
    const given = reads(DEFAULT_SETTINGS, collapsed);
    await fakeBrowser.storage.local.set(given.local);
    fakeBrowser.tabs.getCurrent = (async () => undefined) as unknown as typeof fakeBrowser.tabs.getCurrent;
    const root = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
    expect(mayDrawFirst()).toBe(true);
    const drawing = drawFirstState(document, firstState({ in: 'page', initial }, given, lists, Date.now(), false)!, 'painted');
    noteClicks(drawing);
    root.append(drawing);
    act(drawing);
    render(panelInPage(initial), { container: root });
    await vi.waitFor(() => expect(root.querySelector('.frame-root > *')).not.toBeNull());
    return root;
  }
  const done = (root: HTMLElement) => {
    cleanup();
    root.remove();
    delete (globalThis as { __emsHelpFirstPaint?: unknown }).__emsHelpFirstPaint;
  };
  const initial: HostState = { type: 'context', context: { kind: 'billing', route: null }, room: true, maxHeight: 700 };

  it('opens the panel when the launcher was clicked', async () => {
    const root = await clickThenTakeOver(initial, { billing: true }, (drawing) => drawing.querySelector<HTMLButtonElement>('button.launcher')!.click());
    try {
      await vi.waitFor(() => expect(root.querySelector('aside.panel')).not.toBeNull());
    } finally {
      done(root);
    }
  });

  it('opens the suggestion that was clicked', async () => {
    let clicked = '';
    const root = await clickThenTakeOver(initial, {}, (drawing) => {
      const toggle = drawing.querySelectorAll<HTMLButtonElement>('button.entry-toggle')[1]!;
      clicked = toggle.dataset.entryId!;
      toggle.click();
    });
    try {
      await vi.waitFor(() => expect(root.querySelector(`button.entry-toggle[data-entry-id="${clicked}"]`)?.getAttribute('aria-expanded')).toBe('true'));
      expect(root.querySelectorAll('button.entry-toggle[aria-expanded="true"]')).toHaveLength(1);
    } finally {
      done(root);
    }
  });

  it('drops the click where React draws something else in that place', async () => {
    const root = await clickThenTakeOver(initial, { billing: true }, (drawing) => {
      const launcher = drawing.querySelector<HTMLButtonElement>('button.launcher')!;
      launcher.click();
      // As if the state had changed meanwhile: the control there no longer says the same.
      (globalThis as unknown as { __emsHelpFirstPaint: { clicked: { label: string } } }).__emsHelpFirstPaint.clicked.label = 'something else';
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(root.querySelector('aside.panel')).toBeNull();
      expect(root.querySelector('button.launcher')).not.toBeNull();
    } finally {
      done(root);
    }
  });
});
