// @vitest-environment node
// 10,000 random and hostile queries against the engine: none throws, results stay bounded,
// and every result is a real entry. A seeded generator makes any failure reproducible.
import { describe, expect, it } from 'vitest';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine, MAX_QUERY_LENGTH } from '@/lib/search';
import { seededRandom } from './seeded-random';


const PIECES = [
  'custom domain', 'dns', 'slack', 'bridge', 'well-known', '.*', '(?:', '[a-z]+', '\\', '$^', '|', '{{1,2}}', '?', '+',
  '\u0000', '\u0007', '\u202e', '\u200d', '\ufeff', '\ud83d', '🦄', '👩‍👩‍👧', 'مرحبا', 'שלום', 'ÅÄÖ', 'ﬁ', 'ǅ', '𝔘𝔫𝔦',
  '<script>', '"', "'", '`', '%00', '&amp;', '\n', '\t', '   ', '-', '#', 'constructor', '__proto__', 'toString',
];

function hostileQuery(next: () => number): string {
  const kind = Math.floor(next() * 4);
  if (kind === 0) {
    // Arbitrary code points, including unpaired surrogates and control characters.
    return Array.from({ length: Math.floor(next() * 40) }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join('');
  }
  if (kind === 1) {
    return Array.from({ length: 1 + Math.floor(next() * 8) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
      next() < 0.5 ? ' ' : '',
    );
  }
  if (kind === 2) return PIECES[Math.floor(next() * PIECES.length)]!.repeat(1 + Math.floor(next() * 3000));
  return entries[Math.floor(next() * entries.length)]!.title.slice(0, Math.floor(next() * 60));
}

describe('the engine under random and hostile queries', () => {
  const engine = createSearchEngine(entries, searchData);
  const ids = new Set(entries.map((e) => e.id));

  it('never throws, returns at most the limit, and only real entries with valid ranges', () => {
    const next = seededRandom(20261126);
    for (let i = 0; i < 10_000; i++) {
      const query = hostileQuery(next);
      const limit = 1 + Math.floor(next() * 12);
      let hits;
      try {
        hits = engine.search(query, { limit, unsure: next() < 0.5 });
      } catch (error) {
        throw new Error(`query #${i} ${JSON.stringify(query.slice(0, 80))} threw: ${String(error)}`, { cause: error });
      }
      expect(hits.length).toBeLessThanOrEqual(limit);
      for (const hit of hits) {
        expect(ids.has(hit.entry.id)).toBe(true);
        expect(Number.isFinite(hit.score)).toBe(true);
        for (const [start, end] of hit.matches.title) {
          expect(0 <= start && start < end && end <= hit.entry.title.length).toBe(true);
        }
        for (const [start, end] of hit.matches.text) {
          expect(0 <= start && start < end && end <= hit.entry.text.length).toBe(true);
        }
      }
    }
    // 10,000 queries take about 3 s here alone, and over vitest's 5 s default when other
    // builds share the machine's two cores: a busy machine must not fail the suite.
  }, 60_000);

  it('still answers well-formed questions about real topics (an engine that returns nothing fails)', () => {
    const next = seededRandom(20261128);
    for (let i = 0; i < 300; i++) {
      const entry = entries[Math.floor(next() * entries.length)]!;
      const hits = engine.search(`${entry.title} ${entry.section.at(-1) ?? ''}`);
      expect(hits.length, entry.title).toBeGreaterThan(0);
      expect(hits.slice(0, 5).map((h) => h.entry.id), entry.title).toContain(entry.id);
      expect(hits[0]!.matches.title.length + hits[0]!.matches.text.length, entry.title).toBeGreaterThan(0);
    }
  });

  it('reads a 10,000-character query as its first MAX_QUERY_LENGTH characters, dropping the cut word', () => {
    const long = `custom domain ${'x'.repeat(10_000)}`;
    expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(engine.search(long).map((h) => h.entry.id)).toEqual(engine.search('custom domain').map((h) => h.entry.id));
  });
});
