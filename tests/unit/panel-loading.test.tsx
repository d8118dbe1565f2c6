// The panel page's loading order (issue 21, "Fast to appear"): it lists the page's
// suggestions from the corpus's catalogue and the build's topic rankings, loads the answers
// and the engine only when the person starts using the panel, and does not wait seconds for
// the organisation's policy before its first paint.

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp, panelHostFromUrl } from '@/components/panel/PanelApp';
import type { LoadedAnswers } from '@/components/panel/panel-page';
import { stopWaitingForPolicy } from '@/components/panel/policy-wait';
import { entries, searchData } from '@/lib/corpus';
import { catalogue } from '@/lib/corpus/catalogue';
import { createSearchEngine } from '@/lib/search';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { createLearnedStore, createPanelPrefsStore, createSettingsStore } from '@/lib/state/stores';
import { screenAnswers } from '@/lib/suggest/engine-answers';
import { suggestForPage, SUGGESTION_COUNT } from '@/lib/suggest/suggest';

/** The panel page as the content script frames it: in an EMS page (panel-placement.ts). */
const EMS_FRAME = { framed: true, ancestorOrigins: ['https://ems.element.io'], referrer: '', self: 'chrome-extension://test' };

const engine = createSearchEngine(entries, searchData);
const HOSTING = { kind: 'hosting' as const, route: null };

// jsdom has no layout, so nothing to observe: the in-page panel reports its size with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// The frame's tab: none here, so the panel draws from its address and opens no port.
beforeEach(() => {
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
});

function renderInPage(loadAnswers: () => Promise<LoadedAnswers>, managed = createManagedPolicyStore({ area: { get: async () => ({}) } })) {
  render(
    <PanelApp
      host={panelHostFromUrl('?in=page&kind=hosting&route=&room=1&h=700', EMS_FRAME)}
      entries={catalogue}
      loadAnswers={loadAnswers}
      prefs={createPanelPrefsStore()}
      learned={createLearnedStore()}
      settings={createSettingsStore()}
      managed={managed}
      openInTab={vi.fn()}
    />,
  );
}

const listedTitles = () =>
  within(screen.getByRole('complementary', { name: 'EMS Help' }))
    .getAllByRole('button', { expanded: false })
    .filter((b) => b.dataset.entryId)
    .map((b) => b.textContent);

describe('the catalogue', () => {
  it('has every entry, in the same order, with its title and place but not its answer', () => {
    expect(catalogue.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(catalogue.map((e) => [e.title, e.section, e.source, e.page, e.kind])).toEqual(entries.map((e) => [e.title, e.section, e.source, e.page, e.kind]));
    expect(catalogue.every((e) => e.body.length === 0 && e.text === '')).toBe(true);
  });

  it('gives the same suggestions without an engine as the full entries do', () => {
    const ids = (list: ReturnType<typeof suggestForPage>) => list.map((s) => s.entry.id);
    expect(ids(suggestForPage(HOSTING, catalogue, null))).toEqual(ids(suggestForPage(HOSTING, entries, null)));
  });
});

describe('the in-page panel before its answers are loaded', () => {
  it('lists the engine’s suggestions without loading it, and loads the answers when an answer is opened', async () => {
    let answersLoaded: (answers: LoadedAnswers) => void = () => undefined;
    const loadAnswers = vi.fn(() => new Promise<LoadedAnswers>((resolve) => (answersLoaded = resolve)));
    renderInPage(loadAnswers);
    // The same list as with the engine: its ranking of the page's topics was made at build time.
    const expected = suggestForPage(HOSTING, entries, engine).slice(0, SUGGESTION_COUNT).map((s) => s.entry.title);
    await screen.findByRole('heading', { name: 'Suggested for Hosting' });
    expect(listedTitles()).toEqual(expected);
    // An idle panel loads neither the answers nor the engine.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loadAnswers).not.toHaveBeenCalled();

    // Asked for once, when the person starts using the panel.
    const user = userEvent.setup();
    const first = screen.getByRole('button', { name: expected[0] });
    await user.click(first);
    expect(loadAnswers).toHaveBeenCalledTimes(1);
    await act(async () => answersLoaded({ entries, engine, screen: (context) => screenAnswers(context, entries, engine) }));
    const full = entries.find((e) => e.title === expected[0])!;
    const answer = await screen.findByRole('region', { name: full.title });
    expect(answer.textContent).toContain(full.text.slice(0, 40));
  });

  it('says the answers are loading when a search is typed before they are, then shows its results', async () => {
    let answersLoaded: (answers: LoadedAnswers) => void = () => undefined;
    renderInPage(() => new Promise<LoadedAnswers>((resolve) => (answersLoaded = resolve)));
    await screen.findByRole('heading', { name: 'Suggested for Hosting' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), 'remove a user');
    // Not the page's suggestions under the query, as if it had been ignored.
    expect(screen.getByRole('heading', { name: 'Answers from the FAQ and guides' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading the answers…');
    const panel = screen.getByRole('complementary', { name: 'EMS Help' });
    expect(within(panel).queryAllByRole('button', { expanded: false }).filter((b) => b.dataset.entryId)).toEqual([]);
    await act(async () => answersLoaded({ entries, engine, screen: (context) => screenAnswers(context, entries, engine) }));
    expect(screen.queryByText('Loading the answers…')).toBeNull();
    const first = engine.search('remove a user', { limit: 1, unsure: true })[0]!.entry.title;
    expect(await screen.findByRole('button', { name: first })).toBeTruthy();
  });

  it('draws without the organisation’s policy when reading it takes long, and applies it when it comes', async () => {
    let policyRead: (raw: Record<string, unknown>) => void = () => undefined;
    const managed = createManagedPolicyStore({ area: { get: () => new Promise((resolve) => (policyRead = resolve)) } });
    stopWaitingForPolicy(managed, 20);
    renderInPage(() => new Promise(() => undefined), managed);
    await screen.findByRole('heading', { name: 'Suggested for Hosting' });
    expect(managed.getState().policy.contact).toBeNull();

    await act(async () => policyRead({ helpContactUrl: 'https://help.example.com/', helpContactLabel: 'Our help desk' }));
    expect(managed.getState().policy.contact).toMatchObject({ url: 'https://help.example.com/' });
  });
});
