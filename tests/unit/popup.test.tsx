import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTLE_MS } from '@/components/use-search';
import { entries } from '@/lib/corpus';
import { recentSearchesItem } from '@/lib/state/items';
import { groupHeadingOf, renderPopup } from './render-popup';

function renderPopupHere(activeTabUrl?: string) {
  const { openAnswer, close, recent } = renderPopup({ getActiveTabUrl: () => Promise.resolve(activeTabUrl) });
  return { openAnswer, close, recent, box: screen.getByRole('combobox', { name: 'Search the FAQ and guides' }) as HTMLInputElement };
}

const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');
const selected = () => options().find((o) => o.getAttribute('aria-selected') === 'true');

/** Waits until a query typed last counts as settled (use-search.ts), when "Not sure" would show. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 100)));

describe('the toolbar popup', () => {
  it('opens the settings from its footer, and closes', async () => {
    const user = userEvent.setup();
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const { close } = renderPopupHere();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    openOptionsPage.mockRestore();
  });

  it('opens with the search box focused', () => {
    const { box } = renderPopupHere();
    expect(document.activeElement).toBe(box);
  });

  it('shows results as you type, with the matched words highlighted and a snippet', async () => {
    const user = userEvent.setup();
    const { box } = renderPopupHere();
    await user.type(box, 'upload size');
    const first = options()[0]!;
    expect(first.textContent).toContain('Is there a maximum file size per upload?');
    expect(first.textContent).toContain('100MB');
    const marked = [...first.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['upload', 'size']));
  });

  it('moves through results with the arrow keys and opens the selected one with Enter', async () => {
    const user = userEvent.setup();
    const { box, openAnswer } = renderPopupHere();
    await user.type(box, 'slack bridge');
    expect(selected()).toBe(options()[0]);
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe(options()[1]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(selected()).toBe(options()[options().length - 1]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(openAnswer).toHaveBeenCalledTimes(1);
    const [id, active] = openAnswer.mock.calls[0]!;
    expect(options()[0]!.textContent).toContain(entries.find((e) => e.id === id)!.title);
    expect(active).toBe(true);
    expect(document.activeElement).toBe(box);
  });

  it('opens in the background with Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const { box, openAnswer } = renderPopupHere();
    await user.type(box, 'sepa');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(openAnswer).toHaveBeenCalledWith('do-you-offer-other-payment-options-like-ibansepa', false);
  });

  it('clears the query on Esc, and closes when it is already empty', async () => {
    const user = userEvent.setup();
    const { box, close } = renderPopupHere();
    await user.type(box, 'dns');
    await user.keyboard('{Escape}');
    expect(box.value).toBe('');
    expect(close).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('says plainly when nothing matches, and links to EMS support', async () => {
    const user = userEvent.setup();
    const { box } = renderPopupHere();
    await user.type(box, 'best pizza dough recipe');
    // Said once the query has settled, not at every letter (use-search.ts).
    expect(screen.queryByText('No answers match “best pizza dough recipe”.')).toBeNull();
    expect(await screen.findByText('No answers match “best pizza dough recipe”.')).toBeTruthy();
    expect(screen.getByText('Check the spelling, or try fewer or other words.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Ask EMS support/ }).getAttribute('href')).toBe('https://ems.element.io/support');
    expect(options()).toHaveLength(0);
  });

  it('shows "For this page" when the active tab is an EMS page', async () => {
    renderPopupHere('https://ems.element.io/user/billing#/invoices');
    expect(await screen.findByText('For this page · Billing · Invoices')).toBeTruthy();
    expect(options()[0]!.textContent).toContain('How do I update my payment info?');
  });

  it('shows no page suggestions elsewhere, but popular answers', async () => {
    renderPopupHere('https://example.com/');
    expect(await screen.findByText('Popular answers')).toBeTruthy();
    expect(screen.queryByText(/For this page/)).toBeNull();
  });

  it('remembers searches that led to an answer; removes one and clears all', async () => {
    const user = userEvent.setup();
    const { box, recent } = renderPopupHere();
    for (const q of ['dns', 'sepa', 'telegram']) {
      await user.clear(box);
      await user.type(box, q);
      await user.keyboard('{Enter}');
    }
    await user.clear(box);
    expect(recent.getState().value).toEqual(['telegram', 'sepa', 'dns']);
    expect(screen.getByText('Recent searches')).toBeTruthy();
    await vi.waitFor(async () =>
      expect(await recentSearchesItem.getValue()).toEqual(['telegram', 'sepa', 'dns']),
    );

    await user.click(screen.getByRole('button', { name: 'Remove “sepa” from recent searches' }));
    expect(recent.getState().value).toEqual(['telegram', 'dns']);

    // Choosing a recent search runs it again.
    await user.click(screen.getByRole('option', { name: /dns/ }));
    expect(box.value).toBe('dns');

    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Clear recent searches' }));
    expect(recent.getState().value).toEqual([]);
    expect(screen.queryByText('Recent searches')).toBeNull();
  });
});

describe('the popup with the guides and uncertain matches', () => {
  it('says whether a result is an FAQ answer or a guide, with its breadcrumb', async () => {
    const user = userEvent.setup();
    const { box } = renderPopupHere();
    await user.type(box, 'telegram bridge');
    // Results stand under the guide page or FAQ section they come from.
    const first = options()[0]!;
    const heading = groupHeadingOf(first);
    expect(within(heading).getByText('Guide')).toBeTruthy();
    expect(within(heading).getByText('Telegram Bridge')).toBeTruthy();
    expect(within(heading).getByText('Integrations › EMS bridges')).toBeTruthy();
    expect(options().some((o) => within(groupHeadingOf(o)).queryByText('FAQ') !== null)).toBe(true);
  });

  it('shows weak matches under "Not sure — closest matches" with the support link, and nothing for other topics', async () => {
    const user = userEvent.setup();
    const { box } = renderPopupHere();
    // (Not "fair use" any more: the storage answer names its fair-use policy and leads every
    // other page by far, so the calibrated confidence is sure of it, rightly.)
    await user.type(box, 'usage cap');
    expect(await screen.findByText('Not sure — closest matches')).toBeTruthy();
    expect(options()[0]!.textContent).toContain('What are the limitations in terms of storage?');
    expect(screen.getByRole('link', { name: /^Ask EMS support/ }).getAttribute('href')).toBe('https://ems.element.io/support');
    await user.clear(box);
    await user.type(box, 'pizza dough recipe');
    expect(await screen.findByText('No answers match “pizza dough recipe”.')).toBeTruthy();
    expect(screen.queryByText('Not sure — closest matches')).toBeNull();
  });

  it('lists a topic several answers share as answers, not as "Not sure"', async () => {
    const user = userEvent.setup();
    const { box } = renderPopupHere();
    // Changing one's own password and resetting a user's both name it: the list is the answer.
    await user.type(box, 'password');
    await settle();
    expect(screen.queryByText('Not sure — closest matches')).toBeNull();
    const titles = options().map((o) => o.querySelector('.option-title')!.textContent);
    // Each guide page's own row, under a heading that names it, reads "Overview" (its title follows, unseen).
    expect(titles).toEqual(expect.arrayContaining(['Overview: Change Account Password', 'Overview: Reset User Password']));
    expect(titles.length).toBeGreaterThan(3);
  });

  it('ranks the answer a person opened after a search higher for that search next time', async () => {
    const user = userEvent.setup();
    const first = renderPopupHere();
    await user.type(first.box, 'telegram bridge');
    const title = (o: HTMLElement) => o.querySelector('.option-title')!.textContent;
    const before = options().map(title);
    const third = options()[2]!;
    const chosen = title(third);
    await user.click(third);
    expect(first.openAnswer).toHaveBeenCalled();
    cleanup();
    const second = renderPopupHere();
    await user.type(second.box, 'telegram bridge');
    expect(title(options()[0]!)).toBe(chosen);
    expect(before[0]).not.toBe(chosen);
  });
});
