import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '@/components/panel/Panel';
import { entries, searchData } from '@/lib/corpus';
import type { PageContext } from '@/lib/page/detect';
import { createSearchEngine } from '@/lib/search';
import { learnedItem, panelPrefsItem } from '@/lib/state/items';
import { createLearnedStore, createPanelPrefsStore } from '@/lib/state/stores';

const engine = createSearchEngine(entries, searchData);

async function renderPanel(context: PageContext, options: { openInTab?: (id: string, active: boolean) => void } = {}) {
  const prefs = createPanelPrefsStore();
  const openInTab = options.openInTab ?? vi.fn();
  const learned = createLearnedStore();
  const view = render(<Panel context={context} entries={entries} engine={engine} prefs={prefs} learned={learned} openInTab={openInTab} />);
  await screen.findByRole('complementary', { name: 'EMS Help' }).catch(() => screen.findByRole('button', { name: /^Open EMS Help/ }));
  return { ...view, prefs, openInTab };
}

/** The questions' buttons, in every list (search results come in one list per guide page or FAQ section). */
const questionButtons = () =>
  screen.getAllByRole('list').flatMap((list) => within(list).queryAllByRole('button').filter((b) => b.hasAttribute('aria-expanded')));

describe('the side panel', () => {
  it('opens the settings from its header; where the frame has no openOptionsPage, through the background', async () => {
    const user = userEvent.setup();
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await renderPanel({ kind: 'billing', route: null });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
    openOptionsPage.mockRejectedValue(new Error('not here'));
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: 'open-settings' }));
    openOptionsPage.mockRestore();
    sendMessage.mockRestore();
  });

  it('has its own clear button once something is typed, which empties the box and keeps the focus in it', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'billing', route: null });
    const box = screen.getByRole('searchbox', { name: 'Search the FAQ and guides' });
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
    await user.type(box, 'invoice');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('shows billing answers on the billing page', async () => {
    await renderPanel({ kind: 'billing', route: '#/invoices' });
    expect(screen.getByRole('heading', { name: 'Suggested for Billing · Invoices' })).toBeTruthy();
    const titles = questionButtons().map((b) => b.textContent);
    expect(titles).toHaveLength(5);
    expect(titles).toContain('How do I update my payment info?');
    expect(titles).toContain('Do you offer other payment options like IBAN/SEPA?');
  });

  it('shows the Integrations answers on the hosting page’s Integrations tab', async () => {
    await renderPanel({ kind: 'hosting', route: '#/integrations' });
    expect(questionButtons().map((b) => b.textContent)).toContain('Can I host my own Telegram bridge?');
  });

  it('expands an answer in place, with its links working', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'billing', route: null });
    const question = screen.getByRole('button', { name: 'How do I update my payment info?' });
    expect(question.getAttribute('aria-expanded')).toBe('false');
    await user.click(question);
    expect(question.getAttribute('aria-expanded')).toBe('true');
    const answer = screen.getByRole('region', { name: 'How do I update my payment info?' });
    const link = within(answer).getByRole('link', { name: 'https://ems.element.io/user/billing' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    await user.click(question);
    expect(screen.queryByRole('region', { name: 'How do I update my payment info?' })).toBeNull();
  });

  it('follows a link to another answer by expanding that answer', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'hosting', route: '#/integrations' });
    await user.click(screen.getByRole('button', { name: 'What is the difference between the free and paid Slack bridge?' }));
    await user.click(screen.getByRole('link', { name: 'Does DMs count towards the 20 channel limit for the paid Slack bridge?' }));
    const target = screen.getByRole('button', { name: 'Does DMs count towards the 20 channel limit for the paid Slack bridge?' });
    expect(target.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(target);
  });

  it('searches the whole FAQ and marks the matched words', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'billing', route: null });
    await user.type(screen.getByRole('searchbox', { name: 'Search the FAQ and guides' }), 'host my own telegram bridge');
    expect(screen.getByRole('heading', { name: 'Answers from the FAQ and guides' })).toBeTruthy();
    const first = questionButtons()[0]!;
    expect(first.textContent).toBe('Can I host my own Telegram bridge?');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())).toContain('telegram');
  });

  it('says so when nothing matches, and offers EMS support', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'billing', route: null });
    await user.type(screen.getByRole('searchbox', { name: 'Search the FAQ and guides' }), 'best pizza dough recipe');
    expect(await screen.findByText('No answers match “best pizza dough recipe”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Ask EMS support/ }).getAttribute('href')).toBe('https://ems.element.io/support');
  });

  it('opens an answer in a tab', async () => {
    const user = userEvent.setup();
    const openInTab = vi.fn();
    await renderPanel({ kind: 'billing', route: null }, { openInTab });
    await user.click(screen.getByRole('button', { name: 'How do I update my payment info?' }));
    await user.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect(openInTab).toHaveBeenCalledWith('how-do-i-update-my-payment-info', true);
  });

  it('folds to the launcher on Esc, moving focus to it, and remembers that for the page kind', async () => {
    const user = userEvent.setup();
    const { prefs, unmount } = await renderPanel({ kind: 'billing', route: null });
    await user.click(screen.getByRole('searchbox', { name: 'Search the FAQ and guides' }));
    await user.keyboard('{Escape}');
    const launcher = screen.getByRole('button', { name: /^Open EMS Help/ });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(launcher);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(prefs.getState().value.collapsed).toEqual({ billing: true });
    unmount();

    // A new page load reads it back from storage: still folded on billing, open on hosting.
    await vi.waitFor(async () => expect(await panelPrefsItem.getValue()).toEqual({ collapsed: { billing: true } }));
    await renderPanel({ kind: 'billing', route: null });
    expect(screen.getByRole('button', { name: /^Open EMS Help/ })).toBeTruthy();
    await act(async () => {});
  });

  it('clears a typed search on the first Esc, folds on the second', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'support', route: null });
    const box = screen.getByRole('searchbox', { name: 'Search the FAQ and guides' });
    await user.type(box, 'dns');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /^Open EMS Help/ })).toBeTruthy();
  });

  it('Esc closes the innermost thing first: the open answer, then the search, then the panel', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'billing', route: null });
    const question = screen.getByRole('button', { name: 'How do I update my payment info?' });
    await user.click(question);
    await user.click(within(screen.getByRole('region', { name: 'How do I update my payment info?' })).getByRole('button', { name: 'Open in tab' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'How do I update my payment info?' })).toBeNull();
    expect(screen.getByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-entry-id')).toBe('how-do-i-update-my-payment-info');

    const box = screen.getByRole('searchbox', { name: 'Search the FAQ and guides' });
    await user.type(box, 'invoice');
    // Any answer among the results: what is tested is which layer Esc closes.
    await screen.findByRole('heading', { name: 'Answers from the FAQ and guides' }, { timeout: 3000 });
    await user.click(questionButtons()[0]!);
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('invoice');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /^Open EMS Help/ })).toBeTruthy();
  });

  it('opens again from the launcher with focus in the search box', async () => {
    const user = userEvent.setup();
    await panelPrefsItem.setValue({ collapsed: { account: true } });
    await renderPanel({ kind: 'account', route: null });
    await user.click(screen.getByRole('button', { name: /^Open EMS Help/ }));
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the FAQ and guides' }));
  });

  it('promotes an answer opened on this kind of page before, and says so', async () => {
    await learnedItem.setValue({ billing: { 'is-there-a-maximum-file-size-per-upload': { weight: 3, at: Date.now(), routes: [''] } } });
    await renderPanel({ kind: 'billing', route: null });
    const promoted = await screen.findByRole('button', { name: /Is there a maximum file size per upload\?/ });
    expect(promoted.textContent).toContain('You opened this before');
    const titles = questionButtons().map((b) => b.getAttribute('data-entry-id'));
    expect(titles.slice(0, 3)).toEqual([
      'how-do-i-update-my-payment-info',
      'do-you-offer-other-payment-options-like-ibansepa',
      'is-there-a-maximum-file-size-per-upload',
    ]);
  });

  it('remembers the answers a person opens, for that kind of page', async () => {
    const user = userEvent.setup();
    await renderPanel({ kind: 'support', route: null });
    await user.click(screen.getByRole('button', { name: 'How can I manage my #general room?' }));
    await vi.waitFor(async () =>
      expect(await learnedItem.getValue()).toMatchObject({ support: { 'how-can-i-manage-my-general-room': { weight: 1 } } }),
    );
  });

  it('changes its suggestions when the app moves to another page', async () => {
    const prefs = createPanelPrefsStore();
    const props = { entries, engine, prefs, learned: createLearnedStore(), openInTab: vi.fn() };
    const { rerender } = render(<Panel context={{ kind: 'billing', route: null }} {...props} />);
    await screen.findByRole('complementary', { name: 'EMS Help' });
    expect(questionButtons().map((b) => b.textContent)).toContain('How do I update my payment info?');
    rerender(<Panel context={{ kind: 'account', route: null }} {...props} />);
    expect(screen.getByRole('heading', { name: 'Suggested for Account' })).toBeTruthy();
    expect(questionButtons()[0]!.textContent).toBe('Please discontinue my account');
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
  });

  it('keeps the focus in the search box when the page changes under it', async () => {
    const user = userEvent.setup();
    const prefs = createPanelPrefsStore();
    const props = { entries, engine, prefs, learned: createLearnedStore(), openInTab: vi.fn() };
    // First drawn before the route is known, as the in-page panel is.
    const { rerender } = render(<Panel context={{ kind: 'hosting', route: null }} {...props} />);
    const box = await screen.findByRole('searchbox');
    await user.click(box);
    await user.keyboard('dns');
    rerender(<Panel context={{ kind: 'hosting', route: '#/hosts' }} {...props} />);
    const again = screen.getByRole('searchbox');
    expect(again).not.toBe(box);
    expect(document.activeElement).toBe(again);
    await user.keyboard(' record');
    expect((again as HTMLInputElement).value).toBe('dns record');
  });
});
