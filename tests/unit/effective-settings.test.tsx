// The settings every surface applies: defaults, the person's choices and the organisation's
// policy merged (lib/state/effective-settings.ts), the organisation's contact in place of EMS
// support (components/NoMatch.tsx), and locked settings in the settings page. The policy
// store is injected: the fake browser has no managed storage.

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NoMatch, NotSure, SUPPORT_URL } from '@/components/NoMatch';
import { SettingsPage } from '@/components/options/SettingsPage';
import { followThemeSetting } from '@/components/document-theme';
import { effectiveSettings, keysToForget } from '@/lib/state/effective-settings';
import { learnedItem, settingsItem } from '@/lib/state/items';
import { recordOpen } from '@/lib/state/learned';
import { EMPTY_POLICY, parseManaged } from '@/lib/state/managed';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/state/settings';
import { createLearnedStore, createPanelPrefsStore, createRecentSearchesStore, createSettingsStore, sharedSearchLearning } from '@/lib/state/stores';
import { renderPopup } from './render-popup';

const policy = (raw: unknown) => parseManaged(raw).policy;
const managedStore = (raw: Record<string, unknown>) => createManagedPolicyStore({ area: { get: async () => raw } });

describe('the settings a surface applies', () => {
  it('without a policy: what the person chose, else the defaults; no contact', () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, panelSide: 'left', keepRecentSearches: false };
    const { settings, locked, contact } = effectiveSettings(stored, EMPTY_POLICY);
    expect(settings).toEqual(stored);
    expect(locked.size).toBe(0);
    expect(contact).toBeNull();
    expect(effectiveSettings(DEFAULT_SETTINGS).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('an organisation’s unlocked value is the default; the person’s own choice still wins', () => {
    const org = policy({ theme: 'dark', placement: 'sidepanel', arrival: { other: 'off' } });
    expect(effectiveSettings(DEFAULT_SETTINGS, org).settings).toMatchObject({
      theme: 'dark',
      placement: 'sidepanel',
      arrival: { ...DEFAULT_SETTINGS.arrival, other: 'off' },
    });
    const chosen: Settings = { ...DEFAULT_SETTINGS, theme: 'light', arrival: { ...DEFAULT_SETTINGS.arrival, other: 'open' } };
    expect(effectiveSettings(chosen, org).settings).toMatchObject({ theme: 'light', placement: 'sidepanel', arrival: { other: 'open' } });
  });

  it('a locked value applies whatever the person stored, and the person’s choice is kept for later', () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, placement: 'sidepanel', keepRecentSearches: true, panelSide: 'left' };
    const org = policy({ placement: 'page', keepRecentSearches: false, locked: ['placement', 'keepRecentSearches', 'panelSide'] });
    const merged = effectiveSettings(stored, org);
    expect(merged.settings).toMatchObject({ placement: 'page', keepRecentSearches: false, panelSide: 'right' });
    expect([...merged.locked].sort()).toEqual(['keepRecentSearches', 'panelSide', 'placement']);
    // Unlocked again: the person's own choice is back.
    expect(effectiveSettings(stored, EMPTY_POLICY).settings).toMatchObject({ placement: 'sidepanel', panelSide: 'left' });
  });

  it('names what must not be kept', () => {
    expect(keysToForget(DEFAULT_SETTINGS)).toEqual([]);
    expect(keysToForget({ keepRecentSearches: false, keepLearnedSuggestions: true })).toEqual(['recent-searches']);
    expect(keysToForget({ keepRecentSearches: true, keepLearnedSuggestions: false })).toEqual(['learned', 'search-choices']);
  });

  it('the theme of an extension page follows a locked theme', async () => {
    const root = document.createElement('html');
    const settings = createSettingsStore();
    const managed = managedStore({ theme: 'dark', locked: ['theme'] });
    const stop = followThemeSetting(settings, root, managed);
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    settings.getState().update((s) => ({ ...s, theme: 'light' }));
    expect(root.dataset.theme).toBe('dark');
    stop();
  });
});

describe('where to get more help', () => {
  it('is EMS support without a policy', () => {
    render(<NoMatch query="zzz" />);
    const link = screen.getByRole('link', { name: /^Ask EMS support/ });
    expect(link.getAttribute('href')).toBe(SUPPORT_URL);
  });

  it('is the organisation’s contact, in a new tab without an opener, when nothing matches', () => {
    const { contact } = policy({ helpContactUrl: 'https://helpdesk.example.org/ems', helpContactLabel: 'IT helpdesk' });
    render(<NoMatch query="zzz" contact={contact} />);
    const link = screen.getByRole('link', { name: /^IT helpdesk/ });
    expect(link.getAttribute('href')).toBe('https://helpdesk.example.org/ems');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: /EMS support/ })).toBeNull();
  });

  it('is the organisation’s mailto: contact above uncertain matches, with a default label and the question as the body', () => {
    const { contact } = policy({ helpContactUrl: 'mailto:it@example.org' });
    render(<NotSure query="vat on invoices" contact={contact} />);
    const link = screen.getByRole('link', { name: /^Ask your organisation’s help/ });
    expect(link.getAttribute('href')).toBe('mailto:it@example.org?body=vat%20on%20invoices');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: /EMS support/ })).toBeNull();
  });

  it('never a link the policy may not give (javascript:, http:)', () => {
    for (const url of ['javascript:alert(1)', 'http://helpdesk.example.org']) {
      const { contact } = policy({ helpContactUrl: url, helpContactLabel: 'IT helpdesk' });
      const { unmount } = render(<NotSure query="zzz" contact={contact} />);
      expect(screen.getByRole('link', { name: /^Ask EMS support/ }).getAttribute('href')).toBe(SUPPORT_URL);
      unmount();
    }
  });
});

describe('the settings page under a policy', () => {
  function renderSettings(raw: Record<string, unknown>) {
    const stores = {
      settings: createSettingsStore(),
      prefs: createPanelPrefsStore(),
      recent: createRecentSearchesStore(),
      learned: createLearnedStore(),
      managed: managedStore(raw),
    };
    render(<SettingsPage {...stores} />);
    return stores;
  }

  it('shows a locked setting with its value, disabled, and "Set by your organisation"', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'light' });
    renderSettings({ theme: 'dark', keepRecentSearches: false, locked: ['theme', 'keepRecentSearches'] });
    const dark = screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement;
    await vi.waitFor(() => expect(dark.disabled).toBe(true));
    expect(dark.checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).disabled).toBe(true);
    const keepRecent = screen.getByRole('switch', { name: 'Keep recent searches' }) as HTMLInputElement;
    expect(keepRecent.disabled).toBe(true);
    expect(keepRecent.checked).toBe(false);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(2);
    // Settings the organisation left alone stay the person's.
    expect((screen.getByRole('radio', { name: 'Left edge of the page' }) as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByRole('switch', { name: 'Keep learned suggestions' }) as HTMLInputElement).disabled).toBe(false);
    // The person's own choice is kept underneath.
    expect(await settingsItem.getValue()).toMatchObject({ theme: 'light' });
  });

  it('turning "Keep learned suggestions" off saves it and clears what was learned', async () => {
    const user = userEvent.setup();
    await learnedItem.setValue(recordOpen({}, 'billing', 'dns-not-resolving', Date.now()));
    const { settings, learned } = renderSettings({});
    expect(await screen.findByText('1 answer remembered')).toBeTruthy();
    await user.click(screen.getByRole('switch', { name: 'Keep learned suggestions' }));
    expect(settings.getState().value.keepLearnedSuggestions).toBe(false);
    expect(learned.getState().value).toEqual({});
    expect(screen.queryByText('Set by your organisation')).toBeNull();
  });
});

describe('a choice equal to the built-in default', () => {
  it('still wins over the organisation’s unlocked default once chosen in the settings page', async () => {
    const user = userEvent.setup();
    const settings = createSettingsStore();
    const managed = managedStore({ theme: 'dark', arrival: { billing: 'off' } });
    render(
      <SettingsPage settings={settings} prefs={createPanelPrefsStore()} recent={createRecentSearchesStore()} learned={createLearnedStore()} managed={managed} />,
    );
    const dark = screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement;
    await vi.waitFor(() => expect(dark.checked).toBe(true));
    await user.click(screen.getByRole('radio', { name: 'Same as the system' }));
    expect((screen.getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement).checked).toBe(true);
    expect(effectiveSettings(settings.getState().value, managed.getState().policy).settings.theme).toBe('system');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Billing' }), 'Open the panel');
    expect(effectiveSettings(settings.getState().value, managed.getState().policy).settings.arrival.billing).toBe('open');
    // Not chosen: the organisation's default.
    expect(effectiveSettings(DEFAULT_SETTINGS, managed.getState().policy).settings).toMatchObject({ theme: 'dark', arrival: { billing: 'off' } });
  });
});

describe('the popup when nothing may be kept', () => {
  it('records no recent search and no search choice, and offers the organisation’s contact', async () => {
    const user = userEvent.setup();
    const recent = createRecentSearchesStore();
    const openAnswer = vi.fn();
    const { contact } = policy({ helpContactUrl: 'https://helpdesk.example.org/ems', helpContactLabel: 'IT helpdesk' });
    renderPopup({ recent, openAnswer, contact, keepRecent: false, keepLearned: false });
    const box = screen.getByRole('combobox', { name: 'Search the FAQ and guides' });
    await user.type(box, 'sepa');
    await user.keyboard('{Enter}');
    expect(openAnswer).toHaveBeenCalled();
    expect(recent.getState().value).toEqual([]);
    expect(sharedSearchLearning().getState().value).toEqual([]);
    await user.clear(box);
    await user.type(box, 'qwxzv plorkt');
    expect((await screen.findByRole('link', { name: /^IT helpdesk/ })).getAttribute('href')).toBe('https://helpdesk.example.org/ems');
  });
});
