import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnswerPage } from '../../components/answer/AnswerPage';
import { entries } from '../../lib/corpus';
import { createSearchEngine } from '../../lib/search';

const engine = createSearchEngine(entries);

function Harness({ start, copyText }: { start: string; copyText: (t: string) => Promise<void> }) {
  const [hash, setHash] = useState(start);
  return <AnswerPage entries={entries} engine={engine} hash={hash} navigate={setHash} copyText={copyText} />;
}

function renderAt(hash: string) {
  const copyText = vi.fn(() => Promise.resolve());
  render(<Harness start={hash} copyText={copyText} />);
  return { copyText };
}

const main = () => screen.getByRole('main');

describe('the answer tab', () => {
  it('shows the question, its breadcrumb, the answer and related answers', () => {
    renderAt('#how-do-i-update-my-payment-info');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How do I update my payment info?');
    expect(document.title).toBe('How do I update my payment info? · EMS Help');
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem');
    expect(crumbs.map((c) => c.textContent)).toEqual(['All answers', 'Element Matrix Services', 'Pricing & Payments']);
    expect(within(main()).getByRole('link', { name: 'https://ems.element.io/user/billing' }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    const related = within(screen.getByRole('region', { name: 'Related answers' })).getAllByRole('link');
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related.map((a) => a.getAttribute('href'))).toContain('#do-you-offer-other-payment-options-like-ibansepa');
    expect(related.map((a) => a.textContent)).not.toContain('How do I update my payment info?');
  });

  it('follows the FAQ’s own link to another answer inside the tab', async () => {
    const user = userEvent.setup();
    renderAt('#what-is-the-difference-between-the-free-and-paid-slack-bridge');
    await user.click(within(screen.getByRole('article')).getByRole('link', { name: 'Does DMs count towards the 20 channel limit for the paid Slack bridge?' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Does DMs count towards the 20 channel limit for the paid Slack bridge?');
  });

  it('sends the upstream-relative link to the public docs file', () => {
    renderAt('#how-do-i-change-the-namebrand-of-the-element-web-client');
    expect(within(main()).getByRole('link', { name: 'Client Look and Feel' }).getAttribute('href')).toBe(
      'https://github.com/element-hq/ems-docs/blob/HEAD/src/Client-Look-and-Feel.md',
    );
  });

  it('copies a link to the same answer in the public FAQ', async () => {
    const user = userEvent.setup();
    const { copyText } = renderAt('#dns-not-resolving');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copyText).toHaveBeenCalledWith(
      'https://github.com/element-hq/ems-docs/blob/HEAD/src/Frequently-Asked-Questions.md#dns-not-resolving',
    );
    expect(await screen.findByText('Link to the public FAQ copied')).toBeTruthy();
  });

  it('shows the whole FAQ as an index grouped by section, with a filter', async () => {
    const user = userEvent.setup();
    renderAt('#index');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All answers');
    const pricing = within(main()).getByRole('region', { name: 'Element Matrix Services › Pricing & Payments' });
    expect(within(pricing).getAllByRole('link')).toHaveLength(3);
    expect(within(main()).getAllByRole('link')).toHaveLength(44);
    await user.type(screen.getByRole('searchbox', { name: 'Filter answers' }), 'cloudflare');
    const links = within(main()).getAllByRole('link');
    expect(links[0]!.textContent).toBe('CNAME doesn\'t work with CloudFlare?');
    expect(links.length).toBeLessThan(44);
  });

  it('shows the index with no id too', () => {
    renderAt('');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All answers');
  });

  it('says an unknown id was not found, with the search pre-filled from its words', () => {
    renderAt('#how-do-i-pay-with-sepa');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This answer was not found');
    expect((screen.getByRole('searchbox', { name: 'Search the EMS FAQ' }) as HTMLInputElement).value).toBe('how do i pay with sepa');
    expect(within(main()).getAllByRole('link')[0]!.textContent).toBe('Do you offer other payment options like IBAN/SEPA?');
  });
});
