import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { ItemStore, StoredItem } from '@/lib/state/item-store';
import {
  learnedItem,
  localKey,
  panelPrefsItem,
  recentSearchesItem,
  searchChoicesItem,
  settingsItem,
  unwrapEnvelope,
} from '@/lib/state/items';
import { recordChoice } from '@/lib/search/learning';
import { parsePanelPrefs } from '@/lib/state/panel-prefs';
import { addRecent } from '@/lib/state/recent-searches';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/state/settings';
import {
  createLearnedStore,
  createPanelPrefsStore,
  createRecentSearchesStore,
  createSearchLearningStore,
  createSettingsStore,
} from '@/lib/state/stores';

const waitHydrated = (store: { getState(): { hydrated: boolean } }) =>
  vi.waitFor(() => expect(store.getState().hydrated).toBe(true));

/** What `browser.storage.local` holds, as another program (or a person) would see it. */
const raw = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];

const NOW = 1_800_000_000_000;
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, panelSide: 'left', theme: 'dark', keepRecentSearches: false, chosen: ['panelSide', 'theme'] };

type Case = [key: string, item: StoredItem<unknown>, createStore: () => ItemStore<unknown>, value: unknown];
/** A case, its value checked against its item's type. */
const itemCase = <T,>(key: string, stored: StoredItem<T>, createStore: () => ItemStore<T>, value: T): Case => [
  key,
  stored as StoredItem<unknown>,
  createStore as () => ItemStore<unknown>,
  value,
];

// One valid value per item, each different from the item's fallback.
const VALID: Case[] = [
  itemCase('settings', settingsItem, createSettingsStore, SETTINGS),
  itemCase('panel-prefs', panelPrefsItem, createPanelPrefsStore, { collapsed: { billing: true, other: false } }),
  itemCase('recent-searches', recentSearchesItem, createRecentSearchesStore, ['dns', 'sepa']),
  itemCase('learned', learnedItem, createLearnedStore, { billing: { 'dns-not-resolving': { weight: 2, at: NOW } } }),
  itemCase('search-choices', searchChoicesItem, createSearchLearningStore, [{ query: 'dns', id: 'dns-not-resolving', weight: 1, at: NOW }]),
];

describe('each stored item', () => {
  it.each(VALID)('%s: a change in one page’s store is stored, and read back by the next page', async (key, item, createStore, value) => {
    const first = createStore();
    await waitHydrated(first);
    expect(first.getState().value).toEqual(item.fallback);
    first.getState().update(() => value);
    // Stored as the plain value, its version in WXT's metadata beside it.
    await vi.waitFor(async () => expect(await raw(key)).toEqual(value));
    expect(await raw(`${key}$`)).toEqual({ v: 2 });

    const next = createStore();
    await waitHydrated(next);
    expect(next.getState().value).toEqual(value);
    expect(await item.getValue()).toEqual(value);
  });

  it.each(VALID)('%s: another page’s change reaches an open store', async (key, item, createStore, value) => {
    const store = createStore();
    await waitHydrated(store);
    await item.setValue(value);
    await vi.waitFor(() => expect(store.getState().value).toEqual(value));
    expect(await raw(key)).toEqual(value);
  });

  it.each(VALID)('%s: reset stores the fallback', async (key, item, createStore, value) => {
    await item.setValue(value);
    const store = createStore();
    await vi.waitFor(() => expect(store.getState().value).toEqual(value));
    store.getState().reset();
    expect(store.getState().value).toEqual(item.fallback);
    await vi.waitFor(async () => expect(await raw(key)).toEqual(item.fallback));
  });
});

describe('stored state is checked on every read, and reset to the fallback when it is not right', () => {
  const MALFORMED: [string, unknown][] = [
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list of numbers', [1, 2]],
    ['an object of the wrong shape', { collapsed: 'yes', billing: 7, 0: 'x' }],
  ];

  it.each(MALFORMED)('%s, in every item → its fallback', async (_label, value) => {
    for (const [key, item] of VALID) {
      await fakeBrowser.storage.local.set({ [key]: value });
      const read = await item.getValue();
      // Settings are checked field by field (any object: defaults where a field is wrong).
      expect(read).toEqual(item.fallback);
    }
  });

  it('a page that finds malformed panel preferences starts from the defaults', async () => {
    await fakeBrowser.storage.local.set({ 'panel-prefs': { collapsed: 'yes' } });
    const store = createPanelPrefsStore();
    await waitHydrated(store);
    expect(store.getState().value).toEqual({ collapsed: {} });
  });

  it('a malformed value written while a page is open becomes the fallback there', async () => {
    const store = createRecentSearchesStore();
    await waitHydrated(store);
    await recentSearchesItem.setValue(['dns']);
    await vi.waitFor(() => expect(store.getState().value).toEqual(['dns']));
    await fakeBrowser.storage.local.set({ 'recent-searches': { not: 'a list' } });
    await vi.waitFor(() => expect(store.getState().value).toEqual([]));
  });

  it('keeps what is valid of a partly valid value', async () => {
    await fakeBrowser.storage.local.set({ 'recent-searches': ['dns', 42, '', 'sepa'] });
    const store = createRecentSearchesStore();
    await waitHydrated(store);
    expect(store.getState().value).toEqual(['dns', 'sepa']);
    await fakeBrowser.storage.local.set({ settings: { theme: 'purple', panelSide: 'left', placement: 'toString' } });
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, panelSide: 'left' });
    expect(await settingsItem.getValue().then((s) => s.placement)).toBe('page');
  });

  it('ignores what an object inherits: a stored `__proto__` is not a setting', async () => {
    await fakeBrowser.storage.local.set({ settings: JSON.parse('{"__proto__": {"placement": "sidepanel"}}') });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid parts of panel preferences and drops unknown kinds', () => {
    expect(parsePanelPrefs({ collapsed: { billing: true, hosting: 'no', nonsense: true } })).toEqual({
      collapsed: { billing: true },
    });
  });
});

// Every build before lib/state/items.ts stored each value through persisted-store.ts as
// `storage.setItem('local:<key>', { version: 1, value })`, and nothing under `<key>$`:
// these records are exactly that, as users have them in storage today.
describe('migration from the envelope that earlier builds stored', () => {
  it.each(VALID)('%s: the envelope becomes the plain value, version 2', async (key, item, createStore, value) => {
    await fakeBrowser.storage.local.set({ [key]: { version: 1, value } });
    expect(await raw(`${key}$`)).toBeUndefined();
    await item.migrate();
    expect(await raw(key)).toEqual(value);
    expect(await raw(`${key}$`)).toEqual({ v: 2 });
    const store = createStore();
    await waitHydrated(store);
    expect(store.getState().value).toEqual(value);
  });

  it('runs by itself when a page starts: an updated extension reads the settings its previous build saved', async () => {
    const stored = { version: 1, value: { ...DEFAULT_SETTINGS, placement: 'sidepanel', arrival: { ...DEFAULT_SETTINGS.arrival, billing: 'off' }, chosen: ['placement', 'arrival.billing'] } };
    await fakeBrowser.storage.local.set({ settings: stored });
    // A fresh page: the items module is evaluated again, defining (and migrating) its items.
    vi.resetModules();
    const fresh = await import('@/lib/state/items');
    expect(await fresh.settingsItem.getValue()).toEqual(stored.value);
    expect(await raw('settings')).toEqual(stored.value);
    expect(await raw('settings$')).toEqual({ v: 2 });
  });

  it('leaves anything that is not such an envelope to the check', async () => {
    expect(unwrapEnvelope(['dns'])).toEqual(['dns']);
    expect(unwrapEnvelope({ collapsed: {} })).toEqual({ collapsed: {} });
    // Never written by a release (a version 0, a newer one): not unwrapped, so the check resets it.
    expect(unwrapEnvelope({ version: 0, value: { side: 'left' } })).toEqual({ version: 0, value: { side: 'left' } });
    await fakeBrowser.storage.local.set({ settings: { version: 0, value: { side: 'left', darkMode: true } } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ 'recent-searches': { version: 3, value: ['x'] } });
    await recentSearchesItem.migrate();
    expect(await recentSearchesItem.getValue()).toEqual([]);
  });

  it('stores nothing for an item that was never stored', async () => {
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await storage.getItem('local:settings')).toBeNull();
  });
});

describe('read in one go where nothing needs migrating (the panel draws after one read, issue 21)', () => {
  it('at the current version, the value, checked; nothing stored, the fallback; an older version, left to the migration', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS, 'settings$': { v: 2 } });
    expect(await settingsItem.peek!()).toEqual(SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { panelSide: 'up' } });
    expect(await settingsItem.peek!()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.clear();
    expect(await settingsItem.peek!()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { version: 1, value: SETTINGS } });
    expect(await settingsItem.peek!()).toBeUndefined();
  });

  it('a store is drawn from that one read without waiting for the item’s migration read', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS, 'settings$': { v: 2 } });
    const { createItemStore } = await import('@/lib/state/item-store');
    const stalled: StoredItem<Settings> = { ...settingsItem, getValue: () => new Promise<Settings>(() => undefined), peek: settingsItem.peek };
    const store = createItemStore(stalled);
    await waitHydrated(store);
    expect(store.getState().value).toEqual(SETTINGS);
  });
});

describe('recent searches', () => {
  it('puts the newest first, without duplicates, at most seven', () => {
    let recent: string[] = [];
    for (const q of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'B ']) recent = addRecent(recent, q);
    expect(recent).toEqual(['B', 'h', 'g', 'f', 'e', 'd', 'c']);
  });

  it('ignores blank searches', () => {
    expect(addRecent(['x'], '   ')).toEqual(['x']);
  });
});

describe('what the README says is stored', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**What is stored**'), readme.indexOf('## For administrators'));

  it('names every item kept in storage.local, and what search-choices holds is what it shows', () => {
    for (const item of [settingsItem, panelPrefsItem, learnedItem, searchChoicesItem, recentSearchesItem]) {
      expect(section, item.key).toContain(`\`${localKey(item)}\``);
    }
    // The README's example of a search reduced to its stems is what is stored for it.
    const example = /“([^”]+)” is kept as `([^`]+)`/.exec(section.replace(/\s+/g, ' '));
    expect(example).not.toBeNull();
    const [, typed, kept] = example!;
    expect(recordChoice([], typed!, 'how-do-i-update-my-payment-info', NOW)[0]!.query).toBe(kept);
  });
});
