import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { SettingsPage } from '@/components/options/SettingsPage';
import { Panel } from '@/components/panel/Panel';
import { PanelApp, panelHostFromUrl } from '@/components/panel/PanelApp';
import { pageLeavesRoom } from '../../entrypoints/content/layout';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';
import { screenAnswers } from '@/lib/suggest/engine-answers';
import { settingsItem } from '@/lib/state/items';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/state/settings';
import { createLearnedStore, createPanelPrefsStore, createRecentSearchesStore, createSettingsStore } from '@/lib/state/stores';
import { suggestForPage } from '@/lib/suggest/suggest';

const engine = createSearchEngine(entries, searchData);

function renderPanel(props: Partial<Parameters<typeof Panel>[0]> = {}) {
  const onUiChange = vi.fn();
  render(
    <Panel
      context={{ kind: 'billing', route: null }}
      entries={entries}
      engine={engine}
      prefs={createPanelPrefsStore()}
      learned={createLearnedStore()}
      openInTab={vi.fn()}
      onUiChange={onUiChange}
      {...props}
    />,
  );
  return { onUiChange };
}

describe('the panel page’s address', () => {
  it('draws only where it belongs: framed by an EMS page, or a top-level side panel (issue 22)', () => {
    const search = '?in=page&n=x&kind=hosting&route=%23%2Fhosts&room=0&h=700&wait=0';
    const self = 'moz-extension://uuid';
    const drawn = { in: 'page', initial: { type: 'context', context: { kind: 'hosting', route: '#/hosts' }, room: false, maxHeight: 700 } };
    const nothing = { in: 'page', initial: null };
    expect(panelHostFromUrl(search, { framed: true, ancestorOrigins: ['https://ems.element.io'], referrer: '', self })).toEqual(drawn);
    expect(panelHostFromUrl(search, { framed: true, referrer: 'https://ems.element.io/user/hosting', self })).toEqual(drawn);
    // Another site framing the panel (Firefox lets it), by either sign; a top-level copy.
    expect(panelHostFromUrl(search, { framed: true, ancestorOrigins: ['https://evil.example'], referrer: '', self })).toEqual(nothing);
    expect(panelHostFromUrl(search, { framed: true, referrer: 'https://evil.example/page', self })).toEqual(nothing);
    expect(panelHostFromUrl(search, { framed: false, referrer: '', self })).toEqual(nothing);
    // No sign of the parent: wait for the content script, which speaks only to its own frame.
    expect(panelHostFromUrl(search, { framed: true, referrer: '', self })).toEqual(nothing);
    // The side panel or sidebar is a top-level page; framed, it is someone's page's.
    expect(panelHostFromUrl('?tab=12', { framed: false, referrer: '', self })).toEqual({ in: 'side', tabId: 12 });
    expect(panelHostFromUrl('?tab=12', { framed: true, referrer: 'https://evil.example/', self })).toEqual(nothing);
  });

  it('carries where the user is, validated like any message', () => {
    const inEms = { framed: true, ancestorOrigins: ['https://ems.element.io'], referrer: '', self: 'chrome-extension://id' };
    const topLevel = { framed: false, referrer: '', self: 'chrome-extension://id' };
    expect(panelHostFromUrl('?in=page&n=x&kind=hosting&route=%23%2Fhosts&room=0&h=700&wait=0', inEms)).toEqual({
      in: 'page',
      initial: { type: 'context', context: { kind: 'hosting', route: '#/hosts' }, room: false, maxHeight: 700 },
    });
    // A field it cannot read is left out, never the first drawing (issue 22).
    expect(panelHostFromUrl('?in=page&kind=constructor&route=&room=1&h=700', inEms)).toEqual({
      in: 'page',
      initial: { type: 'context', context: { kind: 'other', route: null }, room: true, maxHeight: 700 },
    });
    expect(panelHostFromUrl(`?in=page&kind=hosting&route=%23%2F${'x'.repeat(120)}&room=1&h=4090`, inEms)).toEqual({
      in: 'page',
      initial: { type: 'context', context: { kind: 'hosting', route: null }, room: true, maxHeight: 4000 },
    });
    expect(panelHostFromUrl('?in=page&kind=billing&route=&room=1&h=700&wait=1', inEms)).toEqual({ in: 'page', initial: null });
    expect(panelHostFromUrl('', topLevel)).toEqual({ in: 'side' });
    expect(panelHostFromUrl('?tab=12', topLevel)).toEqual({ in: 'side', tabId: 12 });
    expect(panelHostFromUrl('?tab=-1', topLevel)).toEqual({ in: 'side' });
  });
});

describe('the panel where the page leaves no room', () => {
  it('shows the launcher, and opens when asked, saying so for a re-mount', async () => {
    const user = userEvent.setup();
    const { onUiChange } = renderPanel({ room: false });
    await user.click(await screen.findByRole('button', { name: /^Open EMS Help/ }));
    expect(screen.getByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    expect(onUiChange).toHaveBeenLastCalledWith({ query: '', expanded: null, pageKey: 'billing', forceOpen: true, warningOpen: false, warningHandled: null });
  });

  it('its launcher tells how many answers the page has and the first one, and why it is folded', async () => {
    renderPanel({ room: false });
    const launcher = await screen.findByRole('button', { name: 'Open EMS Help: 5 answers for this page, first “How do I update my payment info?”' });
    expect(launcher.title).toBe(
      'Open EMS Help: 5 answers for this page, first “How do I update my payment info?”\nFolded here: this page has no room beside its content',
    );
  });

  it('an open panel does not fold itself when the room goes on the same page (a warning appeared), only on arriving at a page', async () => {
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1_000_000);
    const props = { entries, engine, prefs: createPanelPrefsStore(), learned: createLearnedStore(), openInTab: vi.fn() };
    const { rerender } = render(<Panel context={{ kind: 'hosting', route: '#/hosts' }} room {...props} />);
    await screen.findByRole('complementary', { name: 'EMS Help' });
    now.mockReturnValue(1_005_000);
    rerender(<Panel context={{ kind: 'hosting', route: '#/hosts' }} room={false} {...props} />);
    expect(screen.getByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    now.mockRestore();
  });

  it('arriving at a page that leaves no room, the open panel folds to its launcher', async () => {
    const props = { entries, engine, prefs: createPanelPrefsStore(), learned: createLearnedStore(), openInTab: vi.fn() };
    const { rerender } = render(<Panel context={{ kind: 'billing', route: null }} room {...props} />);
    await screen.findByRole('complementary', { name: 'EMS Help' });
    // The room is measured again just after the route changed (the app has drawn the new page).
    rerender(<Panel context={{ kind: 'hosting', route: '#/integrations' }} room {...props} />);
    rerender(<Panel context={{ kind: 'hosting', route: '#/integrations' }} room={false} {...props} />);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByRole('button', { name: /^Open EMS Help/ })).toBeTruthy();
  });

  it('starts from a restored state: the search typed and the answer expanded', async () => {
    renderPanel({ start: { query: 'sepa', expanded: 'do-you-offer-other-payment-options-like-ibansepa', pageKey: 'billing', forceOpen: false } });
    expect(((await screen.findByRole('searchbox')) as HTMLInputElement).value).toBe('sepa');
    expect(screen.getByRole('region', { name: 'Do you offer other payment options like IBAN/SEPA?' })).toBeTruthy();
  });
});

describe('the panel’s height in the EMS page while searching', () => {
  it('takes all the height it may have while a search is shown, so the frame says nothing of the results', async () => {
    const user = userEvent.setup();
    renderPanel({ host: 'page', maxHeight: 600, room: true, defaultCollapsed: false });
    const panel = await screen.findByRole('complementary', { name: 'EMS Help' });
    expect(panel.style.height).toBe('');
    const box = screen.getByRole('searchbox', { name: 'Search the FAQ and guides' });
    const heights: string[] = [];
    for (const query of ['dns', 'zzzz', 'telegram bridge']) {
      await user.clear(box);
      await user.type(box, query);
      heights.push(panel.style.height);
    }
    expect(heights).toEqual(['600px', '600px', '600px']);
    await user.clear(box);
    expect(panel.style.height).toBe('');
  });

  it('fits its content in the browser’s side panel', async () => {
    const user = userEvent.setup();
    renderPanel({ host: 'side', maxHeight: 600, room: true, defaultCollapsed: false });
    await user.type(await screen.findByRole('searchbox', { name: 'Search the FAQ and guides' }), 'dns');
    expect(screen.getByRole('complementary', { name: 'EMS Help' }).style.height).toBe('');
  });
});

describe('when the page takes the keyboard from the search box', () => {
  it('says so right after the person typed, and not when they leave later', async () => {
    const user = userEvent.setup();
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(10_000);
    renderPanel({ host: 'page', room: true, defaultCollapsed: false });
    const box = await screen.findByRole('searchbox', { name: 'Search the FAQ and guides' });
    await user.type(box, 'sec');
    // The page focuses an element of its own: the panel's window loses the focus at once.
    now.mockReturnValue(10_200);
    fireEvent.blur(window);
    expect(screen.getByRole('alert').textContent).toBe(
      'The page took the keyboard from this search box: what you type now goes to the page. Click the box to type here again.',
    );
    // Back in the box: the note goes.
    fireEvent.focus(box);
    expect(screen.queryByRole('alert')).toBeNull();
    // The person leaves the panel much later: nothing to say.
    now.mockReturnValue(60_000);
    fireEvent.blur(window);
    expect(screen.queryByRole('alert')).toBeNull();
    now.mockRestore();
  });

  it('says nothing in the browser’s side panel (no page around it)', async () => {
    const user = userEvent.setup();
    renderPanel({ host: 'side', room: true, defaultCollapsed: false });
    await user.type(await screen.findByRole('searchbox', { name: 'Search the FAQ and guides' }), 'sec');
    fireEvent.blur(window);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the panel in the side panel', () => {
  it('fills it: no launcher, no hide button', async () => {
    renderPanel({ host: 'side', room: false });
    expect(await screen.findByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hide EMS Help' })).toBeNull();
  });
});

describe('the first paint, before the engine is built', () => {
  it('shows the page’s curated suggestions', async () => {
    renderPanel({ engine: null, context: { kind: 'hosting', route: '#/hosts' } });
    await screen.findByRole('complementary', { name: 'EMS Help' });
    const shown = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-entry-id')).map((b) => b.dataset.entryId);
    const curated = suggestForPage({ kind: 'hosting', route: '#/hosts' }, entries, null, 5).map((s) => s.entry.id);
    expect(shown).toEqual(curated);
  });
});

describe('room beside the page’s controls', () => {
  const control = (left: number, right: number, top = 200, bottom = 230) =>
    ({ getBoundingClientRect: () => ({ left, right, top, bottom, width: right - left, height: bottom - top }) }) as unknown as Element;

  it('is there when every control ends left of the panel’s column (at 1280 px: before x = 912)', () => {
    expect(pageLeavesRoom('right', [control(200, 900)], 1280, 0)).toBe(true);
    expect(pageLeavesRoom('right', [control(200, 913)], 1280, 0)).toBe(false);
    expect(pageLeavesRoom('left', [control(370, 900)], 1280, 0)).toBe(true);
    expect(pageLeavesRoom('left', [control(366, 900)], 1280, 0)).toBe(false);
  });

  it('ignores controls that can never scroll under the panel, and hidden ones', () => {
    expect(pageLeavesRoom('right', [control(1100, 1200, 10, 60)], 1280, 0)).toBe(true);
    expect(pageLeavesRoom('right', [control(1100, 1100, 200, 200)], 1280, 0)).toBe(true);
    // Scrolled down, a control now above the panel was below its top in the document.
    expect(pageLeavesRoom('right', [control(1100, 1200, 10, 60)], 1280, 400)).toBe(false);
  });
});

describe('where help appears (setting)', () => {
  it('is the page by default, the side panel when chosen, and survives malformed storage', async () => {
    expect(DEFAULT_SETTINGS.placement).toBe('page');
    expect(parseSettings({ placement: 'sidepanel' })?.placement).toBe('sidepanel');
    expect(parseSettings({ placement: 'toString' })?.placement).toBe('page');
    await storage.setItem('local:settings', 'garbage');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);

    const user = userEvent.setup();
    const settings = createSettingsStore();
    render(<SettingsPage settings={settings} prefs={createPanelPrefsStore()} recent={createRecentSearchesStore()} learned={createLearnedStore()} />);
    await user.click(screen.getByRole('radio', { name: 'In the browser’s side panel' }));
    await vi.waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({ placement: 'sidepanel' }),
    );
  });
});

describe('the side panel follows the active tab', () => {
  it('switching tabs and moving within the EMS app update it; off EMS it offers search and the index', async () => {
    // The side panel's window, focused, with an EMS tab and another site's.
    const { id: windowId } = await fakeBrowser.windows.create({ focused: true });
    const ems = await fakeBrowser.tabs.create({ url: 'https://ems.element.io/user/billing', windowId });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/', windowId });
    render(
      <PanelApp
        host={{ in: 'side' }}
        entries={entries}
        loadAnswers={() => Promise.resolve({ entries, engine, screen: (context) => screenAnswers(context, entries, engine) })}
        prefs={createPanelPrefsStore()}
        learned={createLearnedStore()}
        settings={createSettingsStore()}
        openInTab={vi.fn()}
      />,
    );
    const heading = () => screen.queryByRole('heading', { level: 3 })?.textContent;
    // No tab is active yet in the fake browser: the side panel starts as off EMS.
    await screen.findByText(/Not an EMS page/);

    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId: ems.id!, windowId: windowId! }));
    await vi.waitFor(() => expect(heading()).toBe('Suggested for Billing'));

    await act(() => fakeBrowser.tabs.update(ems.id!, { url: 'https://ems.element.io/user/hosting#/integrations' }));
    await vi.waitFor(() => expect(heading()).toBe('Suggested for Hosting · Integrations'));

    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: windowId! }));
    await vi.waitFor(() => expect(screen.getByText(/Not an EMS page/)).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Browse all answers' }).getAttribute('href')).toMatch(/answer\.html#index$/);

    // Another window's tab switch is not this side panel's business.
    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId: ems.id!, windowId: windowId! + 1 }));
    expect(screen.getByText(/Not an EMS page/)).toBeTruthy();
  });
});
