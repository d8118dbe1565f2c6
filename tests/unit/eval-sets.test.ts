// @vitest-environment node
// The evaluation sets judge against the real corpus: an expectation that names no entry or
// file (a typo, or a heading the corpus renamed) would count silently as a miss, so every one
// must be met by at least one entry. Checks the sets as they are in tests/eval/.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { meetsExpectation, parseQueriesFile } from '@/lib/search/evaluate';
import { parseContextsFile } from '@/lib/suggest/evaluate-contexts';

const EVAL_DIR = resolve(import.meta.dirname, '../eval');
const { entries } = loadCorpus();
const unmet = (expectations: Iterable<string>) => [...new Set(expectations)].filter((e) => !entries.some((entry) => meetsExpectation(e, entry)));
const read = (name: string): unknown => JSON.parse(readFileSync(join(EVAL_DIR, name), 'utf8'));
const files = readdirSync(EVAL_DIR);

describe('every expectation in tests/eval names something in the corpus', () => {
  it.each(files.filter((f) => f.endsWith('-queries.json')))('%s', (name) => {
    const { queries } = parseQueriesFile(read(name));
    expect(queries.length).toBeGreaterThan(0);
    expect(unmet(queries.flatMap((q) => q.expect))).toEqual([]);
  });

  it.each(files.filter((f) => f.endsWith('contexts.json')))('%s', (name) => {
    const contexts = parseContextsFile(read(name));
    expect(contexts.length).toBeGreaterThan(0);
    expect(unmet(contexts.flatMap((c) => [...c.must, ...c.ok]))).toEqual([]);
  });

  it('a misspelt expectation is caught', () => {
    expect(unmet(['Add-Users.md', 'Add-Userz.md', 'ems-faq.md#can-spaces-be-deleted', 'ems-faq.md#can-spaces-be-deletd'])).toEqual([
      'Add-Userz.md',
      'ems-faq.md#can-spaces-be-deletd',
    ]);
  });
});
