// @vitest-environment node
// Sections that say when they apply, in pairs ("If you know your current password" / "If you
// do not know …"): ordered by whether the query negates (issue 20). The queries here are
// written for these tests, not taken from the evaluation sets.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { createSearchEngine } from '@/lib/search';
import { buildIndex } from '@/lib/search/index-build';
import { conditionTwins, negatedHeadings, negates, orderConditionTwins, preferNegatedHeadings } from '@/lib/search/conditions';
import { tokenize } from '@/lib/search/text';
import { expectLift, expectNoLift } from './heading-lift';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus.entries, corpus.search);
/** A query's words as the engine passes them (normalised). */
const words = (query: string) => tokenize(query).map((t) => t.norm);
const first = (query: string) => engine.search(query, { limit: 3, unsure: true })[0]?.entry.id;

describe('condition twins', () => {
  it('pairs the sections of one page whose headings differ only by a negation', () => {
    const index = buildIndex(corpus.entries, corpus.search.keywords);
    const pairs = [...conditionTwins(index)].map(([i, { twin, negated }]) => [index.entries[i]?.entry.id, index.entries[twin]?.entry.id, negated]);
    expect(pairs).toContainEqual(['change-account-password--if-you-do-not-know-your-current-password', 'change-account-password--if-you-know-your-current-password', true]);
    expect(pairs).toContainEqual(['reset-cross-signing--if-you-have-an-active-session', 'reset-cross-signing--if-you-do-not-have-an-active-session', false]);
    // Only such pairs: every twin's twin is itself.
    for (const [i, { twin }] of conditionTwins(index)) expect(conditionTwins(index).get(twin)?.twin).toBe(i);
  });

  it('reads a negation, English or German, or forgetting, as a query that negates', () => {
    for (const query of ["I can't sign in", 'no device left', 'passwort vergessen', 'kein Gerät mehr', 'forgot it']) expect(negates(words(query))).toBe(true);
    for (const query of ['change my password', 'I still have my laptop', 'Notizen', 'nothingness']) expect(negates(words(query))).toBe(false);
  });

  it('ranks the twin the query asks for first', () => {
    expect(first('cannot recall current password change account password')).toBe('change-account-password--if-you-do-not-know-your-current-password');
    expect(first('change my account password, current one is known')).toBe('change-account-password--if-you-know-your-current-password');
    expect(first('reset cross signing with no other session signed in')).toBe('reset-cross-signing--if-you-do-not-have-an-active-session');
    expect(first('reset cross signing, another session is still signed in')).toBe('reset-cross-signing--if-you-have-an-active-session');
  });

  it('swaps a pair only where the asked-for twin covers nearly as much, and lifts it above its page only where it covers as much', () => {
    const index = buildIndex(corpus.entries, corpus.search.keywords);
    const at = (id: string) => index.entries.findIndex((data) => data.entry.id === id);
    const [page, knows, forgot] = ['change-account-password', 'change-account-password--if-you-know-your-current-password', 'change-account-password--if-you-do-not-know-your-current-password'].map(at);
    const candidates = () => [
      { index: page!, strength: 12, coverage: 0.8 },
      { index: knows!, strength: 10, coverage: 0.8 },
      { index: forgot!, strength: 9, coverage: 0.8 },
    ];
    const strengths = (list: ReturnType<typeof candidates>) => list.map((c) => c.strength);
    // Above its page: the negated twin for a query that negates, the other for one that does not.
    const negative = candidates();
    expect(orderConditionTwins(index, negative, words('forgot it'))).toBe(true);
    expect(strengths(negative)).toEqual([12, 10, 12 * 1.01]);
    const positive = candidates();
    expect(orderConditionTwins(index, positive, words('how to'))).toBe(true);
    expect(strengths(positive)).toEqual([12, 12 * 1.01, 9]);
    // Not above the page whose title the query is.
    const typed = candidates();
    expect(orderConditionTwins(index, typed, words('Change Account Password'))).toBe(false);
    // Without their page among them, the twins swap.
    const twinsOnly = candidates().slice(1);
    expect(orderConditionTwins(index, twinsOnly, words('forgot it'))).toBe(true);
    expect(strengths(twinsOnly)).toEqual([9, 10]);
    // Covering less than the page, and less than the other twin but within the margin: the twins swap.
    const near = candidates().slice(1).map((c) => (c.index === forgot ? { ...c, coverage: 0.7 } : c));
    expect(orderConditionTwins(index, near, words('forgot it'))).toBe(true);
    expect(strengths(near)).toEqual([9, 10]);
    // … by more than the margin: nothing moves.
    const less = candidates().map((c) => (c.index === forgot ? { ...c, coverage: 0.6 } : c));
    expect(orderConditionTwins(index, less, words('forgot it'))).toBe(false);
  });
});

describe('headings that negate', () => {
  const index = buildIndex(corpus.entries, corpus.search.keywords);
  const idOf = (i: number) => index.entries[i]?.entry.id;
  const indexOf = (id: string) => index.entries.findIndex((data) => data.entry.id === id);

  it('are the ones whose heading says "not", "doesn\'t", "cannot", "without"', () => {
    const ids = [...negatedHeadings(index)].map(idOf);
    expect(ids).toContain('dns-not-resolving');
    expect(ids).toContain('cname-doesnt-work-with-cloudflare');
    expect(ids).toContain('change-account-password--if-you-do-not-know-your-current-password');
    expect(ids).not.toContain('change-account-password--if-you-know-your-current-password');
    expect(ids).not.toContain('ems-server-with-custom-domain');
  });

  it('move up for a query that negates, the first keeping its strength', () => {
    const pair = [indexOf('ems-server-with-custom-domain'), indexOf('dns-not-resolving')] as const;
    // 9 × 1.15 = 10.35 is the strongest now; both are scaled so it reads 10, as the first did.
    expectLift((c) => preferNegatedHeadings(index, c, words('the link does not open')), pair, 9, [9.66, 10]);
    expectNoLift((c) => preferNegatedHeadings(index, c, words('the link opens')), pair, 9);
  });

  it('bring a troubleshooting answer into the list of a question about something that does not work', () => {
    const ids = engine.search('the chat hostname cannot be reached since yesterday', { limit: 3, unsure: true }).map((hit) => hit.entry.id);
    expect(ids).toContain('dns-not-resolving');
  });
});
