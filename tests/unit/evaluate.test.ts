// @vitest-environment node
// The search evaluation: file validation, the figures, and the script's contract
// (README, "How search is measured").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '@/lib/corpus';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import type { SearchEngine } from '@/lib/search';
import {
  EvalInputError,
  evaluateQueries,
  formatQueriesReport,
  meetsExpectation,
  parseQueriesFile,
  parseQueriesJson,
} from '@/lib/search/evaluate';

/**
 * An engine that answers from a table, so the arithmetic can be checked by hand. An id
 * `file.md#anchor` stands for a guide section from that file; a trailing `?` marks a
 * "not sure" result.
 */
function fakeEngine(answers: Record<string, string[]>): SearchEngine {
  const entry = (id: string) => {
    const bare = id.replace(/\?$/, '');
    const [file, anchor] = bare.split('#');
    return (file!.endsWith('.md') ? { id: `${file}-${anchor}`, source: { file, anchor: anchor ?? null } } : { id: bare, source: { file: 'ems-faq.md', anchor: bare } }) as FaqEntry;
  };
  return {
    search: (query, options) =>
      (answers[query] ?? []).slice(0, options?.limit ?? 10).map((id) => ({
        entry: entry(id),
        score: 0.5,
        matches: { title: [], text: [] },
        sure: !id.endsWith('?'),
      })),
    related: () => [],
    explain: () => ({ terms: [], candidates: [] }),
  };
}

describe('parseQueriesFile', () => {
  it('accepts the documented shape', () => {
    const file = parseQueriesFile({
      version: 1,
      queries: [
        { q: 'custom domain', expect: ['a', 'b'], kind: 'keyword' },
        { q: 'pizza', expect: [] },
      ],
    });
    expect(file.queries).toHaveLength(2);
    expect(file.queries[1]).toEqual({ q: 'pizza', expect: [] });
  });

  it.each([
    ['null', null, /expected an object/],
    ['an array', [], /expected an object/],
    ['no queries', { version: 1 }, /"queries" must be an array/],
    ['queries not an array', { queries: {} }, /"queries" must be an array/],
    ['a query that is a string', { queries: ['custom domain'] }, /queries\[0\] must be an object/],
    ['q not a string', { queries: [{ q: 1, expect: [] }] }, /queries\[0\]\.q must be a string/],
    ['expect missing', { queries: [{ q: 'x' }] }, /queries\[0\]\.expect/],
    ['expect a string', { queries: [{ q: 'x', expect: 'id' }] }, /queries\[0\]\.expect/],
    ['expect with a number', { queries: [{ q: 'x', expect: ['a'] }, { q: 'y', expect: [1] }] }, /queries\[1\]\.expect/],
    ['kind not a string', { queries: [{ q: 'x', expect: [], kind: 3 }] }, /kind must be a string/],
    ['version not a number', { version: '1', queries: [] }, /"version" must be a number/],
  ])('rejects %s', (_, data, message) => {
    expect(() => parseQueriesFile(data)).toThrow(EvalInputError);
    expect(() => parseQueriesFile(data)).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseQueriesJson('{"queries": [')).toThrow(EvalInputError);
    expect(() => parseQueriesJson('')).toThrow(/not valid JSON/);
  });
});

describe('evaluateQueries', () => {
  const engine = fakeEngine({
    first: ['a', 'x', 'y'],
    second: ['x', 'b', 'y'],
    third: ['x', 'y', 'c'],
    fifth: ['v', 'w', 'x', 'y', 'd'],
    absent: ['x', 'y'],
    noise: ['x'],
    unsure: ['x?', 'y?'],
    guide: ['x', 'integrations/Bridge.md#setup', 'y'],
    page: ['integrations/Bridge.md#usage'],
  });
  const report = evaluateQueries(engine, {
    queries: [
      { q: 'first', expect: ['a'] },
      { q: 'second', expect: ['b', 'zz'] },
      { q: 'third', expect: ['c'] },
      { q: 'fifth', expect: ['d'] },
      { q: 'absent', expect: ['a'] },
      { q: 'quiet', expect: [] },
      { q: 'noise', expect: [] },
      { q: 'unsure', expect: [] },
      { q: 'guide', expect: ['integrations/Bridge.md#setup'] },
      { q: 'page', expect: ['integrations/Bridge.md'] },
    ],
  });

  it('computes the figures as the README defines them', () => {
    expect(report.n).toBe(7);
    expect(report.top1).toBeCloseTo(2 / 7, 4);
    expect(report.top3).toBeCloseTo(5 / 7, 4);
    expect(report.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1 / 5 + 0 + 1 / 2 + 1) / 7, 4);
    expect(report.outOfScope).toBe(3);
    // "quiet" got nothing and "unsure" nothing confident: both abstained.
    expect(report.abstained).toBe(2);
  });

  it('matches a corpus file path, with or without an anchor, against the entries of that file', () => {
    expect(report.misses.find((m) => m.q === 'page')).toBeUndefined();
    expect(report.misses.find((m) => m.q === 'guide')).toMatchObject({ got: ['x', 'integrations/Bridge.md-setup', 'y'] });
  });

  it('lists what was not ranked first, and out-of-scope queries that got answers', () => {
    expect(report.misses.map((m) => m.q)).toEqual(['second', 'third', 'fifth', 'absent', 'noise', 'unsure', 'guide']);
    expect(report.misses[2]).toEqual({ q: 'fifth', expect: ['d'], got: ['v', 'w', 'x'], confident: true });
    expect(report.misses[4]).toEqual({ q: 'noise', expect: [], got: ['x'], confident: true });
    expect(report.misses[5]).toEqual({ q: 'unsure', expect: [], got: ['x', 'y'], confident: false });
  });

  it('counts a subsection as part of the section an anchor names', () => {
    const { entries } = loadCorpus();
    const byId = (id: string) => entries.find((e) => e.id === id)!;
    // authentication/OpenID-Connect.md: "## GitLab", then "### In the Element Matrix Services configuration form".
    const form = byId('authentication-openid-connect--in-the-element-matrix-services-configuration-form-2');
    const github = byId('authentication-openid-connect--github');
    expect(form.within).toEqual(['gitlab']);
    // Export-and-Import-E2E-Room-Keys.md: "### Export" under "## Element iOS", a heading with no text of its own.
    const iosExport = byId('export-and-import-e2e-room-keys--export-1');
    expect(meetsExpectation('Export-and-Import-E2E-Room-Keys.md#element-ios', iosExport)).toBe(true);
    expect(meetsExpectation('Export-and-Import-E2E-Room-Keys.md#element-android', iosExport)).toBe(false);
    const sections = fakeEngine({});
    sections.search = (query) => (query === 'gitlab' ? [form, github] : [github, form]).map((entry) => ({ entry, score: 0.5, matches: { title: [], text: [] }, sure: true }));
    const report = evaluateQueries(sections, {
      queries: [
        { q: 'gitlab', expect: ['authentication/OpenID-Connect.md#gitlab'] },
        { q: 'other', expect: ['authentication/OpenID-Connect.md#gitlab'] },
      ],
    });
    expect(report.top1).toBe(0.5);
    expect(report.mrr).toBe(0.75);
  });

  it('counts first results that are confident and wrong, out-of-scope queries included', () => {
    // second, third, fifth, absent, guide: sure and wrong first; noise: sure for an
    // out-of-scope query. "unsure" was not sure, "quiet" got nothing: neither counts.
    expect(report.confidentWrong).toBe(6);
    expect(report.confidentWrongRate).toBeCloseTo(6 / 10, 4);
    const unsureWrong = evaluateQueries(fakeEngine({ q: ['x?', 'a?'] }), { queries: [{ q: 'q', expect: ['a'] }] });
    expect(unsureWrong).toMatchObject({ top3: 1, confidentWrong: 0 });
  });

  it('gives the figures per kind when queries carry one, and none otherwise', () => {
    expect(report.byKind).toBeUndefined();
    const byKind = evaluateQueries(engine, {
      queries: [
        { q: 'first', expect: ['a'], kind: 'german' },
        { q: 'second', expect: ['b'], kind: 'german' },
        { q: 'noise', expect: [], kind: 'out-of-scope' },
        { q: 'quiet', expect: [], kind: 'out-of-scope' },
        { q: 'absent', expect: ['a'] },
      ],
    }).byKind;
    expect(Object.keys(byKind ?? {})).toEqual(['german', 'none', 'out-of-scope']);
    expect(byKind?.german).toMatchObject({ n: 2, top1: 0.5, top3: 1, mrr: 0.75, confidentWrong: 1, confidentWrongRate: 0.5 });
    expect(byKind?.['out-of-scope']).toMatchObject({ n: 0, outOfScope: 2, abstained: 1, confidentWrong: 1 });
    expect(byKind?.none).toMatchObject({ n: 1, top1: 0, confidentWrong: 1 });
  });

  it('prints a readable table', () => {
    const table = formatQueriesReport(report);
    expect(table).toMatch(/top 1\s+0\.286/);
    expect(table).toMatch(/abstained\s+2\/3/);
    expect(table).toMatch(/confident and wrong\s+6\/10 \(60\.0%\)/);
    expect(table).toContain('(no result)');
    const withKinds = formatQueriesReport(evaluateQueries(engine, { queries: [{ q: 'first', expect: ['a'], kind: 'german' }] }));
    expect(withKinds).toMatch(/by kind:\n.*\ngerman\s+1\s+1\.000\s+1\.000\s+1\.000\s+–\s+0\/1/);
  });
});

describe('npm run eval:search', { timeout: 30_000 }, () => {
  const root = resolve(import.meta.dirname, '../..');
  const tsx = join(root, 'node_modules/.bin/tsx');
  const run = (...args: string[]) =>
    spawnSync(tsx, ['scripts/eval-search.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const dir = mkdtempSync(join(tmpdir(), 'eval-search-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('prints one JSON object with the documented keys', () => {
    const file = write(
      'ok.json',
      JSON.stringify({ queries: [{ q: 'cloudflare', expect: ['cname-doesnt-work-with-cloudflare'] }, { q: 'pizza dough', expect: [] }] }),
    );
    const result = run('--queries', file, '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['n', 'top1', 'top3', 'mrr', 'outOfScope', 'abstained', 'confidentWrong', 'confidentWrongRate', 'misses']);
    expect(report).toMatchObject({ n: 1, top1: 1, top3: 1, mrr: 1, outOfScope: 1, abstained: 1, confidentWrong: 0, misses: [] });
  });

  it.each([
    ['a missing file', () => ['--queries', join(dir, 'missing.json')]],
    ['text that is not JSON', () => ['--queries', write('bad.json', '{ nope'), '--json']],
    ['the wrong shape', () => ['--queries', write('shape.json', '{"queries": [{"q": 1}]}'), '--json']],
    ['no file argument', () => ['--queries']],
    ['an unknown option', () => ['--bogus']],
    ['a contexts file without its "contexts" list', () => ['--contexts', write('contexts.json', '{}')]],
  ])('exits 2 with a one-line error for %s', (_, args) => {
    const result = run(...args());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
