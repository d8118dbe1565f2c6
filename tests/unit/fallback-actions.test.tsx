// When the corpus does not know: under "Not sure" and "No answers", the online EMS
// documentation's own search for the same words, and support with the question ready to
// paste. Plain links to a new tab: nothing happens until one is clicked.

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoMatch, NotSure } from '@/components/NoMatch';
import { docsSearchUrl, supportLink, SUPPORT_URL } from '@/lib/help-links';
import { parseManaged } from '@/lib/state/managed';
import { renderPopup } from './render-popup';

const contactOf = (raw: Record<string, unknown>) => parseManaged(raw).policy.contact;

describe('the addresses', () => {
  it('search the documentation site (BookStack: /search?term=…) for the words typed', () => {
    expect(docsSearchUrl('VAT on invoices')).toBe('https://ems-docs.element.io/search?term=VAT+on+invoices');
    expect(docsSearchUrl('  admin   token\n')).toBe('https://ems-docs.element.io/search?term=admin+token');
    expect(docsSearchUrl('über & co #1?')).toBe('https://ems-docs.element.io/search?term=%C3%BCber+%26+co+%231%3F');
  });

  it('leave out what BookStack would read as search syntax: [tags], {filters}, a leading "-"', () => {
    expect(docsSearchUrl('[billing] {type:page} -outage "exact words"')).toBe(
      'https://ems-docs.element.io/search?term=billing+type%3Apage+outage+%22exact+words%22',
    );
    expect(docsSearchUrl('[] {}')).toBe('https://ems-docs.element.io/search');
  });

  it('ask EMS support, or the organisation’s web page, with the question to copy', () => {
    expect(supportLink(null, 'vat')).toEqual({ href: SUPPORT_URL, copy: true });
    expect(supportLink(contactOf({ helpContactUrl: 'https://help.example.org/ems' }), 'vat')).toEqual({ href: 'https://help.example.org/ems', copy: true });
  });

  it('ask a mailto: contact with the question as the body (spaces as %20), keeping what the policy set', () => {
    expect(supportLink(contactOf({ helpContactUrl: 'mailto:it@example.org' }), 'VAT on invoices?')).toEqual({
      href: 'mailto:it@example.org?body=VAT%20on%20invoices%3F',
      copy: false,
    });
    expect(supportLink(contactOf({ helpContactUrl: 'mailto:it@example.org?subject=EMS' }), 'a&b').href).toBe('mailto:it@example.org?subject=EMS&body=a%26b');
    expect(supportLink(contactOf({ helpContactUrl: 'mailto:it@example.org?body=Hello' }), 'vat').href).toBe('mailto:it@example.org?body=Hello');
  });
});

describe('the two actions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('under "No answers": the documentation’s search and EMS support, each in a new tab without an opener', () => {
    render(<NoMatch query="vat on invoices" />);
    const docs = screen.getByRole('link', { name: /^Search the online EMS documentation for “vat on invoices”/ });
    const support = screen.getByRole('link', { name: /^Ask EMS support/ });
    expect(docs.getAttribute('href')).toBe('https://ems-docs.element.io/search?term=vat+on+invoices');
    expect(support.getAttribute('href')).toBe('https://ems.element.io/support');
    for (const link of [docs, support]) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('under "Not sure": the same, quoting a long question shortened', () => {
    const long = `how do I ${'really '.repeat(20)}get an admin token`;
    render(<NotSure query={long} />);
    const docs = screen.getByRole('link', { name: /^Search the online EMS documentation/ });
    expect(docs.textContent).toContain('…”');
    expect(docs.getAttribute('href')).toContain('get+an+admin+token');
  });

  it('under "No answers": the title quotes a long question shortened too, with "…" where it was cut', () => {
    const long = `how do I ${'really '.repeat(20)}get an admin token`;
    render(<NoMatch query={long} />);
    const title = document.querySelector('.empty-title')!.textContent!;
    expect(title.endsWith('…”.')).toBe(true);
    expect(title.length).toBeLessThan(long.length);
  });

  it('"Ask EMS support" copies the question and says so; nothing is copied before the click', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<NoMatch query="  vat   on invoices " />);
    expect(writeText).not.toHaveBeenCalled();
    await user.click(screen.getByRole('link', { name: /^Ask EMS support/ }));
    expect(writeText).toHaveBeenCalledWith('vat on invoices');
    expect(await screen.findByText('Your question is copied: paste it into your message.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe('vat on invoices');
  });

  it('copies a long post whole for support, while the documentation is searched for its first 200 characters', async () => {
    const user = userEvent.setup();
    const post = `${'We are a small rowing club and moved our chat to EMS last year. '.repeat(8)}How do we give the new coach an account?`;
    expect(post.length).toBeGreaterThan(500);
    render(<NotSure query={post} />);
    const docs = screen.getByRole('link', { name: /^Search the online EMS documentation/ });
    expect(new URL(docs.getAttribute('href') ?? '').searchParams.get('term')?.length).toBeLessThanOrEqual(200);
    await user.click(screen.getByRole('link', { name: /^Ask EMS support/ }));
    expect(await navigator.clipboard.readText()).toBe(post);
  });

  it('where the browser refuses to copy, shows the question ready to select and copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<NoMatch query="vat on invoices" />);
    await user.click(screen.getByRole('link', { name: /^Ask EMS support/ }));
    const field = await screen.findByRole('textbox', { name: 'Copy your question to paste it there:' });
    expect((field as HTMLInputElement).value).toBe('vat on invoices');
    expect((field as HTMLInputElement).readOnly).toBe(true);
  });

  it('a mailto: contact gets the question in the message; nothing is copied', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<NotSure query="vat on invoices" contact={contactOf({ helpContactUrl: 'mailto:it@example.org', helpContactLabel: 'IT helpdesk' })} />);
    const link = screen.getByRole('link', { name: /^IT helpdesk/ });
    expect(link.getAttribute('href')).toBe('mailto:it@example.org?body=vat%20on%20invoices');
    await user.click(link);
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByText(/copied/)).toBeNull();
  });

  it('come after the results, whose heading says they are not sure: nothing moves the list when the query settles', async () => {
    const user = userEvent.setup();
    renderPopup();
    await user.click(screen.getByRole('combobox', { name: 'Search the FAQ and guides' }));
    await user.paste('usage cap');
    const heading = await screen.findByText('Not sure — closest matches');
    expect(heading.classList.contains('results-heading')).toBe(true);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    const more = screen.getByRole('list', { name: 'Help beyond the bundled FAQ and guides' });
    // Heading, then the results, then the two actions.
    expect(heading.compareDocumentPosition(options[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(options.at(-1)!.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The keys that move and open are only offered where there is something to move to.
    expect(document.querySelector('.popup-footer')!.textContent).toContain('to move');
    await user.clear(screen.getByRole('combobox', { name: 'Search the FAQ and guides' }));
    await user.paste('pizza dough recipe');
    expect(await screen.findByText('No answers match “pizza dough recipe”.')).toBeTruthy();
    expect(document.querySelector('.popup-footer')!.textContent).not.toContain('to move');
    expect(document.querySelector('.results-heading')).toBeNull();
  });

  it('speak for the query the results are for, in the popup', async () => {
    const user = userEvent.setup();
    renderPopup();
    await user.click(screen.getByRole('combobox', { name: 'Search the FAQ and guides' }));
    await user.paste('usage cap');
    const notSure = (await screen.findByText('Not sure — closest matches')).parentElement!;
    const more = within(notSure).getByRole('list', { name: 'Help beyond the bundled FAQ and guides' });
    expect(within(more).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      'https://ems-docs.element.io/search?term=usage+cap',
      'https://ems.element.io/support',
    ]);
  });
});
