import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '@/components/options/SettingsPage';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';
import { isAbout } from '@/lib/page/pages';
import { decayed, HALF_LIFE_MS, MAX_PROMOTED, MAX_REMEMBERED, parseLearned, promotedFor, recordOpen, type Learned } from '@/lib/state/learned';
import { learnedItem, recentSearchesItem, searchChoicesItem, settingsItem } from '@/lib/state/items';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/state/settings';
import { createLearnedStore, createPanelPrefsStore, createRecentSearchesStore, createSettingsStore } from '@/lib/state/stores';
import { suggestForPage } from '@/lib/suggest/suggest';

const engine = createSearchEngine(entries, searchData);
const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;

describe('settings', () => {
  it('are the defaults when nothing or garbage is stored', () => {
    expect(parseSettings(null)).toBeNull();
    expect(parseSettings('dark')).toBeNull();
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keep valid fields and reset invalid ones, field by field', () => {
    expect(parseSettings({ panelSide: 'left', theme: 'purple', arrival: { billing: 'off', hosting: 'sometimes' } })).toEqual({
      ...DEFAULT_SETTINGS,
      panelSide: 'left',
      arrival: { ...DEFAULT_SETTINGS.arrival, billing: 'off' },
    });
  });

});

describe('suggestions that learn', () => {
  it('promote an answer opened on a kind of page', () => {
    const learned = recordOpen({}, 'billing', 'is-there-a-maximum-file-size-per-upload', NOW);
    expect(promotedFor(learned, 'billing', NOW)).toEqual(['is-there-a-maximum-file-size-per-upload']);
    expect(promotedFor(learned, 'hosting', NOW)).toEqual([]);
  });

  it('keep the tab an answer was opened on, never a deep link\'s own address', () => {
    let learned = recordOpen({}, 'hosting', 'a', NOW, '#/integrations');
    learned = recordOpen(learned, 'hosting', 'b', NOW, '#/server-admin/users/@alice:example.org');
    expect(learned.hosting!.a!.routes).toEqual(['#/integrations']);
    expect(learned.hosting!.b!.routes).toEqual(['']);
  });

  it('decay: an open counts half after the half-life, and is forgotten after a few weeks', () => {
    const learned = recordOpen({}, 'billing', 'dns-not-resolving', NOW);
    expect(decayed(learned.billing!['dns-not-resolving']!, NOW + HALF_LIFE_MS)).toBeCloseTo(0.5);
    expect(promotedFor(learned, 'billing', NOW + 10 * DAY)).toEqual(['dns-not-resolving']);
    expect(promotedFor(learned, 'billing', NOW + 30 * DAY)).toEqual([]);
  });

  it('rank by how often and how lately, and promote at most two', () => {
    let learned: Learned = {};
    learned = recordOpen(learned, 'hosting', 'a', NOW - 20 * DAY);
    for (let i = 0; i < 3; i++) learned = recordOpen(learned, 'hosting', 'b', NOW - DAY);
    learned = recordOpen(learned, 'hosting', 'c', NOW);
    learned = recordOpen(learned, 'hosting', 'd', NOW);
    expect(promotedFor(learned, 'hosting', NOW)).toHaveLength(MAX_PROMOTED);
    expect(promotedFor(learned, 'hosting', NOW)[0]).toBe('b');
  });

  it('remember a bounded number of answers per kind, forgetting the weakest', () => {
    let learned: Learned = {};
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) learned = recordOpen(learned, 'support', `e${i}`, NOW + i);
    expect(Object.keys(learned.support!)).toHaveLength(MAX_REMEMBERED);
    expect(learned.support!.e0).toBeUndefined();
  });

  it('never push a curated must answer off the first five', () => {
    let learned: Learned = {};
    const others = ['is-there-a-maximum-file-size-per-upload', 'dns-not-resolving', 'what-is-a-system-room', 'can-spaces-be-deleted'];
    for (const id of others) for (let i = 0; i < 5; i++) learned = recordOpen(learned, 'billing', id, NOW);
    const five = suggestForPage({ kind: 'billing', route: null }, entries, engine, 5, promotedFor(learned, 'billing', NOW));
    const ids = five.map((s) => s.entry.id);
    expect(ids.slice(0, 2)).toEqual(['how-do-i-update-my-payment-info', 'do-you-offer-other-payment-options-like-ibansepa']);
    expect(five.filter((s) => s.reason === 'learned')).toHaveLength(2);
  });

  it('belong to the tab where they were learned, and cross to another tab only when the answer is about it', () => {
    const telegram = 'can-i-host-my-own-telegram-bridge';
    const learned = recordOpen({}, 'hosting', telegram, NOW, '#/integrations');
    const where = (route: string) => ({ route, about: (id: string) => isAbout('hosting', route, entries.find((e) => e.id === id)!) });
    expect(promotedFor(learned, 'hosting', NOW, where('#/integrations'))).toEqual([telegram]);
    expect(promotedFor(learned, 'hosting', NOW, where('#/hosts'))).toEqual([]);
    expect(promotedFor(learned, 'hosting', NOW, where('#/server-admin'))).toEqual([]);
    // Opened on Server Admin, an answer about Hosts is also promoted there.
    const custom = 'are-you-able-to-use-a-custom-domain-like-matrixexamplecom';
    const both = recordOpen(learned, 'hosting', custom, NOW, '#/server-admin');
    expect(isAbout('hosting', '#/hosts', entries.find((e) => e.id === custom)!)).toBe(true);
    expect(promotedFor(both, 'hosting', NOW, where('#/hosts'))).toEqual([custom]);
  });

  it('give way to a warning: with a warning’s answer pinned, nothing learned is promoted', () => {
    const learned = recordOpen({}, 'hosting', 'can-i-host-my-own-telegram-bridge', NOW, '#/server-admin');
    const page = { kind: 'hosting' as const, route: '#/server-admin', cues: { alerts: ['This is a system room that cannot be deleted.'] } };
    const five = suggestForPage(page, entries, engine, 5, promotedFor(learned, 'hosting', NOW));
    expect(five[0]!.cue?.kind).toBe('alert');
    expect(five.filter((s) => s.reason === 'learned')).toEqual([]);
  });

  it('reset malformed stored learning', () => {
    expect(parseLearned('x')).toBeNull();
    expect(parseLearned({ billing: { a: { weight: 'x', at: 1 }, b: { weight: 2, at: 3 } }, nonsense: {} })).toEqual({
      billing: { b: { weight: 2, at: 3 } },
    });
  });
});

describe('the settings page', () => {
  function renderSettings() {
    const stores = {
      settings: createSettingsStore(),
      prefs: createPanelPrefsStore(),
      recent: createRecentSearchesStore(),
      learned: createLearnedStore(),
    };
    render(<SettingsPage {...stores} />);
    return stores;
  }

  it('saves the panel side, theme and arrival choices at once', async () => {
    const user = userEvent.setup();
    const { settings } = renderSettings();
    await user.click(screen.getByRole('radio', { name: 'Left edge of the page' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Billing' }), 'Off');
    expect(settings.getState().value).toMatchObject({ panelSide: 'left', theme: 'dark', arrival: { billing: 'off' } });
    await vi.waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({ panelSide: 'left', theme: 'dark', arrival: { billing: 'off' } }),
    );
  });

  it('clears recent searches and learned suggestions', async () => {
    const user = userEvent.setup();
    await recentSearchesItem.setValue(['dns', 'sepa']);
    await learnedItem.setValue(recordOpen({}, 'billing', 'dns-not-resolving', Date.now()));
    await searchChoicesItem.setValue([{ query: 'dns', id: 'dns-not-resolving', weight: 1, at: Date.now() }]);
    const { recent, learned } = renderSettings();
    expect(await screen.findByText('2 searches')).toBeTruthy();
    expect(await screen.findByText('1 answer remembered')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear recent searches' }));
    expect(recent.getState().value).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Recent searches cleared.');
    await user.click(screen.getByRole('button', { name: 'Clear learned suggestions' }));
    expect(learned.getState().value).toEqual({});
    expect((screen.getByRole('button', { name: 'Clear learned suggestions' }) as HTMLButtonElement).disabled).toBe(true);
    // Gone from storage too: the answers opened per page and what searches led to.
    await vi.waitFor(async () => expect(await recentSearchesItem.getValue()).toEqual([]));
    await vi.waitFor(async () => expect(await learnedItem.getValue()).toEqual({}));
    await vi.waitFor(async () => expect(await searchChoicesItem.getValue()).toEqual([]));
  });
});
