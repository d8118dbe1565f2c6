import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entries, searchData } from '../../lib/corpus';
import { answerSearchRequest, backgroundPanelSearch, isSearchRequest } from '../../lib/panel-search';
import { createSearchEngine } from '../../lib/search';
import { suggestForPage } from '../../lib/suggest/suggest';

const engine = createSearchEngine(entries, searchData);

/** The background's listener, as entrypoints/background.ts registers it. */
function listenLikeTheBackground() {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    isSearchRequest(message) ? Promise.resolve(answerSearchRequest(message, entries, engine)) : undefined,
  );
}

describe('the panel’s search, answered by the background', () => {
  it('returns the same hits as the engine, resolved to the content script’s entries', async () => {
    listenLikeTheBackground();
    const hits = await backgroundPanelSearch(entries).search('upload size', 5);
    expect(hits.map((h) => h.entry.id)).toEqual(engine.search('upload size', { limit: 5 }).map((h) => h.entry.id));
    expect(hits[0]!.entry).toBe(entries.find((e) => e.id === 'is-there-a-maximum-file-size-per-upload'));
    expect(hits[0]!.matches.title.length).toBeGreaterThan(0);
  });

  it('returns the page’s suggestions, learned answers included', async () => {
    listenLikeTheBackground();
    const context = { kind: 'billing', route: null } as const;
    const got = await backgroundPanelSearch(entries).suggest(context, 8, ['dns-not-resolving']);
    const expected = suggestForPage(context, entries, engine, 8, ['dns-not-resolving']);
    expect(got.map((s) => [s.entry.id, s.reason])).toEqual(expected.map((s) => [s.entry.id, s.reason]));
    expect(got[2]).toMatchObject({ reason: 'learned' });
  });

  it('gives nothing, without throwing, when the background cannot answer', async () => {
    // No listener: as after the extension was reloaded under the page.
    await expect(backgroundPanelSearch(entries).search('dns', 5)).resolves.toEqual([]);
    await expect(backgroundPanelSearch(entries).suggest({ kind: 'support', route: null }, 5, [])).resolves.toEqual([]);
  });

  it('recognises only well-formed requests and bounds the limit', () => {
    expect(isSearchRequest({ type: 'search', query: 'x', limit: 5 })).toBe(true);
    expect(isSearchRequest({ type: 'search', query: 5, limit: 5 })).toBe(false);
    expect(isSearchRequest({ type: 'open-answer', id: 'x', active: true })).toBe(false);
    expect(answerSearchRequest({ type: 'search', query: 'bridge', limit: 10_000 }, entries, engine).hits!.length).toBeLessThanOrEqual(50);
  });

  it('gives the curated suggestions without an engine (the panel’s first paint)', () => {
    const first = suggestForPage({ kind: 'hosting', route: '#/hosts' }, entries, null, 5);
    expect(first.map((s) => s.entry.id)).toEqual(suggestForPage({ kind: 'hosting', route: '#/hosts' }, entries, engine, 5).map((s) => s.entry.id));
  });
});
