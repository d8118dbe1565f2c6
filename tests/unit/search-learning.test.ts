// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine } from '@/lib/search';
import { applyChoices, MAX_CHOICES, parseChoices, recordChoice } from '@/lib/search/learning';

const engine = createSearchEngine(entries, searchData);
const DAY = 24 * 60 * 60 * 1000;
const ids = (query: string, choices: Parameters<typeof applyChoices>[2], now = 0) =>
  applyChoices(engine.search(query), query, choices, now).map((h) => h.entry.id);

describe('search that learns from what a person opens', () => {
  const query = 'telegram bridge';
  const before = engine.search(query).map((h) => h.entry.id);
  const chosen = before[2]!;

  it('ranks an answer opened after a search higher for the same search', () => {
    const choices = recordChoice([], query, chosen, 0);
    expect(ids(query, choices)[0]).toBe(chosen);
  });

  it('and for a similar one, but not for an unrelated one', () => {
    const similar = 'telegram bridge users';
    const plain = engine.search(similar).map((h) => h.entry.id);
    // An answer both searches find, below the first place in the similar one.
    const other = plain.slice(1).find((id) => before.includes(id))!;
    const choices = recordChoice([], query, other, 0);
    expect(ids(similar, choices).indexOf(other)).toBeLessThan(plain.indexOf(other));
    expect(ids('custom domain', choices)).toEqual(engine.search('custom domain').map((h) => h.entry.id));
  });

  it('never brings in an answer the search did not find', () => {
    const choices = recordChoice([], 'custom domain', 'integrations-admin-bot', 0);
    expect(ids('custom domain', choices)).not.toContain('integrations-admin-bot');
  });

  it('fades: a choice made months ago no longer lifts an answer past a clearly better one', () => {
    const choices = recordChoice([], query, chosen, 0);
    expect(ids(query, choices, 120 * DAY)[0]).toBe(before[0]);
  });

  it('is bounded, and reset when what is stored is malformed', () => {
    let choices = recordChoice([], query, chosen, 0);
    for (let i = 0; i < 100; i++) choices = recordChoice(choices, `query number ${i} words`, `id-${i}`, i);
    expect(choices).toHaveLength(MAX_CHOICES);
    expect(parseChoices('nope')).toBeNull();
    expect(parseChoices([{ query: 'a', id: 'b', weight: 'x', at: 1 }, { query: 'a', id: 'b', weight: 1, at: 1 }])).toHaveLength(1);
  });
});
