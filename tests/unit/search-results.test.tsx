// Results a person can tell apart, on every surface: each lives under its guide page or FAQ
// section, with the headings between; no two rows read the same. The functions that work
// that out are pure (lib/hit-location.ts); the surfaces are checked as a person reads them.

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnswerPage } from '@/components/answer/AnswerPage';
import { Panel } from '@/components/panel/Panel';
import { corpusIndex, entries, type FaqEntry } from '@/lib/corpus';
import { groupByLocation, locate, pagesOf, whereItLives } from '@/lib/hit-location';
import { createLearnedStore, createPanelPrefsStore } from '@/lib/state/stores';
import { realEngine, renderPopup } from './render-popup';

const engine = realEngine();
const pageOf = pagesOf(entries);
const byId = (id: string) => entries.find((e) => e.id === id)!;
const QUERY = 'export e2e room keys';

/** What a row says, as a screen reader reads it (its accessible name, whitespace evened). */
const reads = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('where a result lives', () => {
  it('a guide section: its page, and the headings between the page and it', () => {
    const { group, path } = locate(byId('export-and-import-e2e-room-keys--export-1'), pageOf);
    expect(group).toMatchObject({ key: 'page:export-and-import-e2e-room-keys', kind: 'guide', title: 'Export and Import E2E Room Keys', context: ['Cross Signing'] });
    expect(path).toEqual(['Element iOS']);
    expect(whereItLives(byId('export-and-import-e2e-room-keys--export-1'), pageOf, 'FAQ')).toEqual([
      'Export and Import E2E Room Keys',
      'Element iOS',
    ]);
  });

  it('an FAQ answer: its FAQ section; a guide page: the book’s section it stands in', () => {
    const faq = byId('do-you-offer-other-payment-options-like-ibansepa');
    expect(locate(faq, pageOf)).toEqual({
      group: { key: 'faq:Element Matrix Services\u001fPricing & Payments', kind: 'faq', title: 'Pricing & Payments', context: ['Element Matrix Services'] },
      path: [],
    });
    expect(whereItLives(faq, pageOf, 'FAQ')).toEqual(['FAQ', 'Pricing & Payments']);
    expect(whereItLives(byId('integrations-telegram-bridge'), pageOf, 'FAQ')).toEqual(['Integrations', 'EMS bridges']);
  });

  it('the German guide’s group says it is German', () => {
    expect(locate(byId('nutzung-der-eigenen-domain-mit-ems--fehlerbehebung'), pageOf).group).toMatchObject({
      title: 'Nutzung der eigenen Domain mit EMS',
      lang: 'de',
    });
  });

  it('groups results under their page in rank order, a group where its best result ranked', () => {
    const hits = engine.search(QUERY, { unsure: true });
    const groups = groupByLocation(hits, (h) => h.entry, pageOf);
    const order = groups.flatMap((g) => g.rows.map((r) => r.item.entry.id));
    // Every result once, and each group's rows in the engine's order.
    expect([...order].sort()).toEqual(hits.map((h) => h.entry.id).sort());
    for (const { rows } of groups) {
      const ranks = rows.map((r) => hits.indexOf(r.item));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const firsts = groups.map((g) => hits.indexOf(g.rows[0]!.item));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(groups[0]!.group.title).toBe('Export and Import E2E Room Keys');
    expect(groups[0]!.rows.map((r) => [...r.path, r.item.entry.title].join(' › '))).toEqual(
      expect.arrayContaining(['Element iOS › Export', 'Element Android › Export', 'Element Web and Desktop › Export', 'Element iOS › Import']),
    );
  });

  it('numbers rows that would read the same (a page that repeats a heading)', () => {
    const page = byId('export-and-import-e2e-room-keys');
    const twin = (id: string): FaqEntry => ({ ...byId('export-and-import-e2e-room-keys--export-1'), id });
    const rows = groupByLocation([page, twin('a'), twin('b'), twin('c')], (e) => e, pageOf)[0]!.rows;
    expect(rows.map((r) => r.repeat)).toEqual([null, null, 2, 3]);
  });

  it('no two entries of the corpus read the same, page, headings and title', () => {
    const trails = entries.map((e) => [locate(e, pageOf).group.key, ...whereItLives(e, pageOf, 'FAQ'), e.title].join(' › '));
    expect(trails.filter((trail, i) => trails.indexOf(trail) !== i)).toEqual([]);
  });
});

describe('a guide page’s own row, and the German page’s group', () => {
  it('reads “Overview” under a heading that names its page, and the page’s title only unseen', async () => {
    const user = userEvent.setup();
    renderPopup();
    await user.click(screen.getByRole('combobox', { name: 'Search the FAQ and guides' }));
    await user.paste(QUERY);
    const page = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .find((o) => o.querySelector('.option-title')!.textContent!.startsWith('Overview'))!;
    expect(page.querySelector('.option-title')!.textContent).toBe('Overview: Export and Import E2E Room Keys');
    expect(page.querySelector('.option-title .visually-hidden')!.textContent).toBe(': Export and Import E2E Room Keys');
  });

  it('names the German guide’s language where the book says “Non-English”', async () => {
    const user = userEvent.setup();
    renderPopup();
    await user.click(screen.getByRole('combobox', { name: 'Search the FAQ and guides' }));
    await user.paste('eigene Domain Fehlerbehebung');
    const heading = screen.getAllByText('Nutzung der eigenen Domain mit EMS', { selector: '.hit-group-title' })[0]!.parentElement!;
    expect(within(heading).getByText('German')).toBeTruthy();
    expect(heading.textContent).not.toContain('Non-English');
  });
});

function expectDistinctRows(rows: HTMLElement[]) {
  const said = rows.map(reads);
  expect(said.length).toBeGreaterThan(5);
  expect(said.filter((s, i) => said.indexOf(s) !== i)).toEqual([]);
}

describe(`"${QUERY}" on every surface`, () => {
  it('the popup: under the guide page, rows read “Export … Element iOS”, none the same', async () => {
    const user = userEvent.setup();
    renderPopup();
    await user.click(screen.getByRole('combobox', { name: 'Search the FAQ and guides' }));
    await user.paste(QUERY);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expectDistinctRows(options);
    const heading = screen.getAllByText('Export and Import E2E Room Keys', { selector: '.hit-group-title' });
    expect(heading).toHaveLength(1);
    const ios = options.find((o) => reads(o).includes('Element iOS') && o.querySelector('.option-title')!.textContent === 'Export')!;
    // Seen: the title (its matched word marked) and the heading above it; read aloud: the page too.
    expect(ios.querySelector('.option-title mark')?.textContent).toBe('Export');
    expect(within(ios).getByText('Element iOS')).toBeTruthy();
    expect(reads(ios)).toContain('Export and Import E2E Room Keys › Element iOS');
  });

  it('the panel (in the page and in the side panel): grouped the same, each row a distinct button', async () => {
    const user = userEvent.setup();
    render(
      <Panel
        context={{ kind: 'hosting', route: null }}
        entries={entries}
        engine={engine}
        prefs={createPanelPrefsStore()}
        learned={createLearnedStore()}
        openInTab={vi.fn()}
        host="side"
      />,
    );
    const panel = await screen.findByRole('complementary', { name: 'EMS Help' });
    await user.click(within(panel).getByRole('searchbox', { name: 'Search the FAQ and guides' }));
    await user.paste(QUERY);
    const group = within(panel).getAllByRole('group')[0]!;
    expect(within(group).getByText('Export and Import E2E Room Keys')).toBeTruthy();
    expect(within(group).getByText('Guide')).toBeTruthy();
    expect(within(group).getByText('Cross Signing')).toBeTruthy();
    const buttons = within(panel)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-expanded'));
    expectDistinctRows(buttons);
    expect(buttons.map(reads)).toContain('Export, Export and Import E2E Room Keys › Element iOS');
  });

  it('the answer tab’s index: a heading per page, the rows’ links distinct', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [hash, setHash] = useState('#index');
      return <AnswerPage entries={entries} index={corpusIndex} engine={engine} hash={hash} navigate={setHash} copyText={() => Promise.resolve()} />;
    }
    render(<Harness />);
    await user.click(screen.getByRole('searchbox', { name: 'Filter answers' }));
    await user.paste(QUERY);
    expect(screen.getAllByRole('heading', { level: 2 }).map(reads)[0]).toBe('Guide Export and Import E2E Room Keys Cross Signing');
    const rows = within(screen.getByRole('main')).getAllByRole('listitem');
    expectDistinctRows(rows);
  });
});
