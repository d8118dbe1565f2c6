import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnswerView } from '@/components/AnswerView';
import { AnswerPage } from '@/components/answer/AnswerPage';
import { corpusIndex, entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';

const engine = createSearchEngine(entries, searchData);

function Harness({ start, copyText }: { start: string; copyText: (t: string) => Promise<void> }) {
  const [hash, setHash] = useState(start);
  return <AnswerPage entries={entries} index={corpusIndex} engine={engine} hash={hash} navigate={setHash} copyText={copyText} />;
}

function renderAt(hash: string) {
  const copyText = vi.fn(() => Promise.resolve());
  render(<Harness start={hash} copyText={copyText} />);
  return { copyText };
}

const main = () => screen.getByRole('main');

describe('the answer tab', () => {
  it('says once that a screenshot is missing, whatever its alt text says', () => {
    const image = (alt: string) => ({ type: 'image' as const, src: null, alt, width: 0, height: 0 });
    render(<AnswerView body={[image('Screenshot: Purchase the Telegram integration'), image('')]} onOpenEntry={vi.fn()} />);
    const notes = screen.getAllByText(/Screenshot not available/).map((p) => p.textContent);
    expect(notes).toEqual(['Screenshot not available: Purchase the Telegram integration', 'Screenshot not available']);
    cleanup();
  });

  it('relates other answers, never the guide page being read or its own sections', () => {
    renderAt('#integrations-telegram-bridge');
    const related = within(screen.getByRole('region', { name: 'Related answers' })).getAllByRole('link');
    expect(related.length).toBeGreaterThan(2);
    for (const link of related) expect(link.getAttribute('href')).not.toMatch(/^#integrations-telegram-bridge(--|$)/);
    cleanup();
  });

  it('opens the settings from its header', async () => {
    const user = userEvent.setup();
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    renderAt('#how-do-i-update-my-payment-info');
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
    openOptionsPage.mockRestore();
  });

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

  it('keeps the FAQ’s link to Client Look & Feel inside the extension: the bundled guide opens', async () => {
    const user = userEvent.setup();
    renderAt('#how-do-i-change-the-namebrand-of-the-element-web-client');
    const link = within(screen.getByRole('article')).getByRole('link', { name: 'Client Look and Feel' });
    expect(link.getAttribute('href')).toBe('#client-look-and-feel');
    await user.click(link);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Client Look and Feel');
  });

  it('shows a whole guide with its table of contents when a section is asked for', () => {
    renderAt('#integrations-telegram-bridge--purchase-the-telegram-integration');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Telegram Bridge');
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem');
    expect(crumbs.map((c) => c.textContent)).toEqual(['All answers', 'Integrations', 'EMS bridges']);
    const toc = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
    expect(toc.map((a) => a.textContent)).toContain('Purchase the Telegram integration');
    expect(toc.find((a) => a.getAttribute('aria-current') === 'location')?.textContent).toBe('Purchase the Telegram integration');
    const section = screen.getByRole('heading', { level: 2, name: 'Purchase the Telegram integration' });
    expect(document.activeElement).toBe(section);
    // Screenshots: lazily loaded from the extension's own files, at their final size.
    const shot = within(screen.getByRole('article')).getAllByRole('img')[0]!;
    expect(shot.getAttribute('loading')).toBe('lazy');
    expect(shot.getAttribute('src')).toMatch(/corpus-media\/.+\.webp$/);
    expect(Number(shot.getAttribute('width'))).toBeGreaterThan(0);
    expect(shot.getAttribute('alt')).not.toBe('temp');
  });

  it('shows the alt text where a screenshot is missing upstream, and tags the German guide', () => {
    renderAt('#verify-new-login');
    expect(screen.getByText(/^Screenshot not available:/)).toBeTruthy();
    cleanup();
    renderAt('#nutzung-der-eigenen-domain-mit-ems');
    expect(screen.getByRole('article').getAttribute('lang')).toBe('de');
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

  it('shows the whole corpus as an index in the documentation’s order, with a filter', async () => {
    const user = userEvent.setup();
    renderAt('#index');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All answers');
    const faq = within(main()).getByRole('region', { name: 'Frequently Asked Questions' });
    expect(within(faq).getAllByRole('link')).toHaveLength(44);
    const integrations = within(main()).getByRole('region', { name: 'Integrations' });
    expect(within(integrations).getByRole('link', { name: 'Telegram Bridge' }).getAttribute('href')).toBe('#integrations-telegram-bridge');
    const all = within(main()).getAllByRole('link').length;
    expect(all).toBeGreaterThanOrEqual(44 + 34);
    await user.type(screen.getByRole('searchbox', { name: 'Filter answers' }), 'cloudflare');
    const links = within(main()).getAllByRole('link');
    expect(links[0]!.textContent).toBe('CNAME doesn\'t work with CloudFlare?');
    expect(links.length).toBeLessThan(all);
    expect(within(main()).getAllByText('FAQ').length).toBeGreaterThan(0);
  });

  it('shows the index with no id too', () => {
    renderAt('');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All answers');
  });

  it('says an unknown id was not found, with the search pre-filled from its words', () => {
    renderAt('#how-do-i-pay-with-sepa');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This answer was not found');
    expect((screen.getByRole('searchbox', { name: 'Search the FAQ and guides' }) as HTMLInputElement).value).toBe('how do i pay with sepa');
    expect(within(main()).getAllByRole('link')[0]!.textContent).toBe('Do you offer other payment options like IBAN/SEPA?');
  });
});
