import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../../lib/corpus';
import type { FaqEntry } from '../../lib/corpus/types';
import { createSearchEngine } from '../../lib/search';
import { evaluateContexts, parseContextsFile } from '../../lib/suggest/evaluate-contexts';
import { PAGE_SUGGESTIONS, ROUTE_SUGGESTIONS } from '../../lib/suggest/page-table';
import { suggestForPage } from '../../lib/suggest/suggest';

const engine = createSearchEngine(entries);
const ids = (list: { entry: FaqEntry }[]) => list.map((s) => s.entry.id);

describe('suggestions per page', () => {
  it('names only entries that exist, and at most three musts per page', () => {
    const known = new Set(entries.map((e) => e.id));
    for (const row of [...Object.values(PAGE_SUGGESTIONS), ...Object.values(ROUTE_SUGGESTIONS)]) {
      expect([...row.must, ...row.entries].filter((id) => !known.has(id))).toEqual([]);
      expect(row.must.length).toBeLessThanOrEqual(3);
    }
  });

  it.each([
    [{ kind: 'billing', route: '#/invoices' }, ['how-do-i-update-my-payment-info', 'do-you-offer-other-payment-options-like-ibansepa']],
    [{ kind: 'hosting', route: '#/hosts' }, ['are-you-able-to-use-a-custom-domain-like-matrixexamplecom', 'cname-and-well-known']],
    [{ kind: 'hosting', route: '#/server-admin' }, ['how-do-i-delete-users-when-administering-the-server', 'what-does-include-bridged-accounts-on-the-user-management-page-mean']],
    [{ kind: 'account', route: null }, ['please-discontinue-my-account']],
  ] as const)('puts what %o needs first', (context, first) => {
    const five = suggestForPage(context, entries, engine);
    expect(five).toHaveLength(5);
    expect(ids(five).slice(0, first.length)).toEqual(first);
    expect(new Set(ids(five)).size).toBe(5);
  });

  it('brings a new entry of a curated section to its page without a code change', () => {
    const added: FaqEntry = {
      id: 'can-i-get-a-refund',
      title: 'Can I get a refund?',
      section: ['Element Matrix Services', 'Pricing & Payments'],
      body: [{ type: 'paragraph', children: [{ type: 'text', value: 'Refunds of a payment are handled by support.' }] }],
      text: 'Refunds of a payment are handled by support.',
    };
    const withNew = [...entries, added];
    const more = suggestForPage({ kind: 'billing', route: null }, withNew, createSearchEngine(withNew), 8);
    expect(ids(more)).toContain('can-i-get-a-refund');
  });
});

describe('the contexts evaluation', () => {
  it('meets the bar on the public judged pages: every must in the first five, precision ≥ 0.8', () => {
    const judged = parseContextsFile(JSON.parse(readFileSync('../shared/eval/public-contexts.json', 'utf8')));
    const report = evaluateContexts(judged, entries, engine);
    expect(report.contexts.map((c) => c.page)).toEqual(['billing', 'account', 'hosting', 'support']);
    expect(report.mustRecall).toBe(1);
    expect(report.precision5).toBeGreaterThanOrEqual(0.8);
  });

  it('rejects a malformed file with a one-line reason', () => {
    expect(() => parseContextsFile({ contexts: [{ url: 'x' }] })).toThrow('contexts[0] needs "must"');
    expect(() => parseContextsFile([])).toThrow('expected an object with a "contexts" array');
  });
});
