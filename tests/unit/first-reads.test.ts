// The panel page's first script asks storage before its modules have arrived
// (lib/state/first-reads.ts): the stores take those answers instead of asking again, still
// check them (malformed stored state becomes the defaults), and never take a stale one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askFirstPaintReads, FIRST_PAINT_ITEMS, POLICY_COPY_KEY } from '@/lib/state/first-reads';
import { learnedItem, localKey, panelPrefsItem, settingsItem } from '@/lib/state/items';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { DEFAULT_SETTINGS } from '@/lib/state/settings';
import { createPanelPrefsStore, createSettingsStore } from '@/lib/state/stores';

const hydrated = (store: { getState(): { hydrated: boolean } }) => vi.waitFor(() => expect(store.getState().hydrated).toBe(true));

/** Counts `storage.local.get` calls that ask for `key`. */
function countLocalReads(key: string): () => number {
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  let count = 0;
  fakeBrowser.storage.local.get = ((keys: unknown) => {
    if (Array.isArray(keys) ? keys.includes(key) : keys === key) count++;
    return get(keys as string[]);
  }) as typeof fakeBrowser.storage.local.get;
  return () => count;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__emsHelpFirstReads;
});

describe('the panel page’s first reads', () => {
  it('asks for exactly the items the panel’s stores read', () => {
    expect([...FIRST_PAINT_ITEMS].sort()).toEqual([settingsItem, panelPrefsItem, learnedItem].map(localKey).sort());
  });

  it('a store takes the early answer: its value, checked, with fewer reads of its own', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, panelSide: 'left' }, settings$: { v: 2 } });
    const readsAlone = countLocalReads('settings');
    await hydrated(createSettingsStore());
    const alone = readsAlone();

    askFirstPaintReads();
    const reads = countLocalReads('settings');
    const store = createSettingsStore();
    await hydrated(store);
    expect(store.getState().value.panelSide).toBe('left');
    // Its one-read peek took the early answer; WXT's own getValue still reads.
    expect(reads()).toBe(alone - 1);
  });

  it('malformed stored state taken early still becomes the defaults', async () => {
    await fakeBrowser.storage.local.set({ 'panel-prefs': { collapsed: 'yes' }, 'panel-prefs$': { v: 2 } });
    askFirstPaintReads();
    const store = createPanelPrefsStore();
    await hydrated(store);
    expect(store.getState().value).toEqual({ collapsed: {} });
  });

  it('a value changed after it was asked is read anew, not taken stale', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, panelSide: 'left' }, settings$: { v: 2 } });
    askFirstPaintReads();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, panelSide: 'right', theme: 'dark' } });
    const store = createSettingsStore();
    await hydrated(store);
    expect(store.getState().value.theme).toBe('dark');
  });

  it('the policy’s copy kept this session is taken early by the policy store', async () => {
    await fakeBrowser.storage.session.set({ [POLICY_COPY_KEY]: { panelSide: 'left' } });
    askFirstPaintReads();
    // Neither the policy nor the session area answers the store itself: only the early answer can.
    const never = () => new Promise<Record<string, unknown>>(() => undefined);
    const managed = createManagedPolicyStore({ startFrom: { get: never, set: async () => undefined }, area: { get: never } });
    await vi.waitFor(() => expect(managed.getState().loaded).toBe(true));
    expect(managed.getState().policy.values.panelSide).toBe('left');
  });
});
