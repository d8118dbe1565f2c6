import { describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { readStored } from '@/lib/state/persisted-store';
import { createPanelPrefsStore, parsePanelPrefs } from '@/lib/state/panel-prefs';
import { addRecent, createRecentSearchesStore, parseRecent } from '@/lib/state/recent-searches';

const waitHydrated = (store: { getState(): { hydrated: boolean } }) =>
  new Promise<void>((resolve) => {
    const tick = () => (store.getState().hydrated ? resolve() : setTimeout(tick, 1));
    tick();
  });

describe('stored state is validated, and reset to defaults when it is not right', () => {
  const options = { key: 'local:x' as const, version: 2, defaults: ['d'], parse: parseRecent };

  it.each([
    ['nothing stored', null],
    ['a string', 'garbage'],
    ['an envelope with no value', { version: 2 }],
    ['a value of the wrong shape', { version: 2, value: { not: 'a list' } }],
    ['a newer version', { version: 3, value: ['x'] }],
    ['an older version with no migration', { version: 1, value: ['x'] }],
  ])('%s → the defaults', (_label, raw) => {
    expect(readStored(raw, options)).toEqual(['d']);
  });

  it('migrates an older version when told how', () => {
    const migrate = (raw: unknown) => (Array.isArray(raw) ? raw.map(String) : null);
    expect(readStored({ version: 1, value: [1, 2] }, { ...options, migrate })).toEqual(['1', '2']);
  });

  it('resets malformed panel preferences when the panel store loads', async () => {
    await storage.setItem('local:panel-prefs', { version: 1, value: { collapsed: 'yes' } });
    const store = createPanelPrefsStore();
    await waitHydrated(store);
    expect(store.getState().value).toEqual({ collapsed: {} });
  });

  it('keeps the valid parts of panel preferences and drops unknown kinds', () => {
    expect(parsePanelPrefs({ collapsed: { billing: true, hosting: 'no', nonsense: true } })).toEqual({
      collapsed: { billing: true },
    });
  });

  it('reads recent searches back, dropping what is not a search', async () => {
    await storage.setItem('local:recent-searches', { version: 1, value: ['dns', 42, '', 'sepa'] });
    const store = createRecentSearchesStore();
    await waitHydrated(store);
    expect(store.getState().value).toEqual(['dns', 'sepa']);
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
