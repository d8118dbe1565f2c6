// The interface in German: the same components with a browser whose language is German (the
// fake getMessage answers from locales/de.json). The corpus stays English (but for the one
// German guide), and every result and answer says which language it is in.

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '@/components/options/SettingsPage';
import { Panel } from '@/components/panel/Panel';
import { entries } from '@/lib/corpus';
import { localizeDocument } from '@/lib/i18n';
import { learnedItem, recentSearchesItem } from '@/lib/state/items';
import { recordOpen } from '@/lib/state/learned';
import { createLearnedStore, createPanelPrefsStore, createRecentSearchesStore, createSettingsStore } from '@/lib/state/stores';
import { fakeGetMessage } from './i18n-catalog';
import { groupHeadingOf, realEngine, renderPopup } from './render-popup';

const engine = realEngine();
const german = fakeGetMessage('de');

// After setup.ts's English: this file's browser speaks German.
beforeEach(() => {
  fakeBrowser.i18n.getMessage = german as typeof fakeBrowser.i18n.getMessage;
});

function renderGermanPopup(activeTabUrl?: string) {
  renderPopup({ getActiveTabUrl: () => Promise.resolve(activeTabUrl), openSidePanel: vi.fn() });
  return screen.getByRole('combobox', { name: 'FAQ und Anleitungen durchsuchen' }) as HTMLInputElement;
}

const status = () => screen.getAllByRole('status')[0]!.textContent;
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');

describe('the popup in German', () => {
  it('speaks German around English answers, with German plurals', async () => {
    const user = userEvent.setup();
    const box = renderGermanPopup('https://ems.element.io/user/billing#/invoices');
    expect(box.placeholder).toBe('FAQ und Anleitungen durchsuchen');
    // The control panel's own tab names stay as it shows them.
    expect(await screen.findByText('Für diese Seite · Billing · Invoices')).toBeTruthy();
    expect(screen.getByText('Häufig gelesene Antworten')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'In der Seitenleiste öffnen' })).toBeTruthy();
    expect(screen.getByText('öffnen')).toBeTruthy();

    // One answer, then several: "1 Antwort", "4 Antworten".
    await user.type(box, 'iban');
    expect(status()).toBe('1 Antwort');
    const [only] = options();
    expect(only!.querySelector('.option-title')!.getAttribute('lang')).toBe('en');
    expect(within(groupHeadingOf(only!)).getByText('FAQ').getAttribute('lang')).toBe('de');

    await user.clear(box);
    await user.type(box, 'cname');
    const count = engine.search('cname', { limit: 8, unsure: true }).length;
    expect(count).toBeGreaterThan(1);
    expect(status()).toBe(`${count} Antworten`);
    expect(screen.getByText('leeren')).toBeTruthy();
  });

  it('tags the German guide as German, and says "Anleitung" for a guide', async () => {
    const user = userEvent.setup();
    const box = renderGermanPopup();
    await user.type(box, 'eigene domain');
    const guide = options().find((o) => o.querySelector('.option-title')?.getAttribute('lang') === 'de');
    expect(guide).toBeTruthy();
    const heading = groupHeadingOf(guide!);
    expect(within(heading).getByText('Anleitung').getAttribute('lang')).toBe('de');
    expect(within(heading).getByText('Nutzung der eigenen Domain mit EMS').getAttribute('lang')).toBe('de');
  });

  it('says in German when nothing matches', async () => {
    const user = userEvent.setup();
    const box = renderGermanPopup();
    await user.type(box, 'xyzzy');
    expect(await screen.findByText('Keine Antworten zu „xyzzy“ gefunden.')).toBeTruthy();
    expect(status()).toBe('Keine Antworten gefunden');
    expect(screen.getByRole('link', { name: /^EMS-Support fragen/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Online-Dokumentation von EMS nach „xyzzy“ durchsuchen/ })).toBeTruthy();
  });
});

describe('the panel in German', () => {
  it('suggests in German and expands an English answer tagged as English', async () => {
    const user = userEvent.setup();
    render(
      <Panel
        context={{ kind: 'billing', route: '#/invoices' }}
        entries={entries}
        engine={engine}
        prefs={createPanelPrefsStore()}
        learned={createLearnedStore()}
        openInTab={vi.fn()}
      />,
    );
    const panel = await screen.findByRole('complementary', { name: 'EMS Help' });
    expect(within(panel).getByRole('heading', { name: 'Vorschläge für Billing · Invoices' })).toBeTruthy();
    expect(within(panel).getByRole('searchbox', { name: 'FAQ und Anleitungen durchsuchen' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'EMS Help ausblenden' })).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'How do I update my payment info?' }));
    const answer = within(panel).getByRole('region', { name: 'How do I update my payment info?' });
    expect(answer.querySelector('.answer')!.getAttribute('lang')).toBe('en');
    expect(within(answer).getByRole('button', { name: 'In neuem Tab öffnen' })).toBeTruthy();

    await user.type(within(panel).getByRole('searchbox'), 'iban');
    expect(within(panel).getByRole('heading', { level: 3 }).textContent).toBe('Antworten aus FAQ und Anleitungen');
    expect(status()).toBe('1 Antwort gefunden');
  });
});

describe('the settings page in German', () => {
  it('counts in German: "1 Antwort", "2 Antworten"', async () => {
    await recentSearchesItem.setValue(['dns']);
    const now = Date.now();
    const one = recordOpen({}, 'billing', 'dns-not-resolving', now);
    await learnedItem.setValue(one);
    const learned = createLearnedStore();
    render(
      <SettingsPage settings={createSettingsStore()} prefs={createPanelPrefsStore()} recent={createRecentSearchesStore()} learned={learned} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Einstellungen von EMS Help');
    expect(await screen.findByText('1 Suche')).toBeTruthy();
    expect(await screen.findByText('1 Antwort gemerkt')).toBeTruthy();
    learned.getState().update((l) => recordOpen(l, 'hosting', 'cname-and-well-known', now));
    expect(await screen.findByText('2 Antworten gemerkt')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Beim Aufrufen einer Seite' })).toBeTruthy();
    expect(screen.getAllByRole('option', { name: 'Nur die Hilfe-Schaltfläche zeigen' }).length).toBeGreaterThan(0);
  });
});

describe('the document', () => {
  it('takes the interface language and title', () => {
    localizeDocument('Einstellungen von EMS Help');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Einstellungen von EMS Help');
    fakeBrowser.i18n.getMessage = fakeGetMessage('en') as typeof fakeBrowser.i18n.getMessage;
    localizeDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
