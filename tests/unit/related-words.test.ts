// @vitest-environment node
// @vitest-environment node
// The related-words table (issue 20): general English words the corpus does not use reach
// the corpus words WordNet and word vectors relate them to, more weakly than a curated
// synonym, which wins; a damaged table fails the build with its file and line; and the
// committed table fits the corpus. Words here are chosen for these
// tests, not taken from the evaluation sets.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/build/errors';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { loadRelatedWords, RELATED_WORDS_FILE } from '@/lib/corpus/build/related-words';
import type { FaqEntry } from '@/lib/corpus/types';
import { createSearchEngine, NO_CURATED_TERMS } from '@/lib/search';
import { buildIndex } from '@/lib/search/index-build';
import { stem } from '@/lib/search/text';

const corpus = loadCorpus();
const table = corpus.search.related ?? {};

/** What `word` stands for, by kind of alternative. */
function alternatives(engine: ReturnType<typeof createSearchEngine>, word: string) {
  return engine.explain(word).terms.flatMap((t) => t.alternatives);
}

function entry(id: string, title: string, text: string): FaqEntry {
  return { id, kind: 'faq', title, section: [], text, source: { file: 'test.md', anchor: id }, page: null, depth: 0 } as unknown as FaqEntry;
}

describe('the related-words table on the real corpus', () => {
  const engine = createSearchEngine(corpus.entries, { ...NO_CURATED_TERMS, related: table });

  it('is read into the search data, keyed by stems of words the corpus does not use', () => {
    expect(Object.keys(table).length).toBeGreaterThan(1000);
    expect(table.the).toBeUndefined();
    // "mailbox" is not a word of the corpus; WordNet relates it to "box", which is.
    expect(table.mailbox).toMatch(/\bbox:\d\dw\b/);
  });

  it('lets a word the corpus lacks reach a related corpus word, below a curated synonym weight', () => {
    const found = alternatives(engine, 'expel');
    expect(found).toContainEqual(expect.objectContaining({ stem: 'ban', kind: 'related' }));
    for (const alt of found) expect(alt.weight).toBeLessThan(0.8);
  });

  it('gives stop words and words unrelated to anything in the corpus nothing', () => {
    expect(engine.explain('the').terms).toEqual([]);
    expect(alternatives(engine, 'banana').filter((a) => a.kind === 'related')).toEqual([]);
  });
});

describe('related words and curated synonyms', () => {
  const entries = [
    entry('members', 'Managing members', 'Invite a member to the room.'),
    entry('rooms', 'Room settings', 'Rename the room.'),
    // Other topics, so a word of one entry is rare enough to say what a query is about.
    ...['billing', 'domains', 'bridges', 'backups', 'calls'].map((topic) => entry(topic, `About ${topic}`, `How ${topic} work.`)),
  ];
  const related = { colleagu: 'member:68 room:40w' };

  it('reads the table for a word the corpus does not use', () => {
    const engine = createSearchEngine(entries, { ...NO_CURATED_TERMS, related });
    expect(alternatives(engine, 'colleague').map((a) => [a.stem, a.kind])).toEqual([
      ['member', 'related'],
      ['room', 'related'],
    ]);
    expect(engine.search('colleague', { unsure: true })[0]?.entry.id).toBe('members');
  });

  it('leaves the table alone when a curated synonym covers the word', () => {
    const engine = createSearchEngine(entries, { ...NO_CURATED_TERMS, related, synonyms: [[['colleague'], ['room']]] });
    expect(alternatives(engine, 'colleague').map((a) => [a.stem, a.kind])).toEqual([['room', 'synonym']]);
  });

  it('drops targets the corpus does not have', () => {
    const engine = createSearchEngine(entries, { ...NO_CURATED_TERMS, related: { colleagu: 'nowher:90w member:70' } });
    expect(alternatives(engine, 'colleague').map((a) => a.stem)).toEqual(['member']);
  });
});

describe('a damaged table', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const load = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'related-'));
    dirs.push(dir);
    writeFileSync(join(dir, RELATED_WORDS_FILE), text);
    return () => loadRelatedWords(dir, dir);
  };

  it('fails the build with the file and line for bad JSON, a bad key or a bad value', () => {
    expect(load('{ "words": { "a": ')).toThrow(CorpusError);
    expect(load('{ "words": [] }')).toThrow(/related-words\.json:1: Expected an object with "words"/);
    expect(load('{\n  "words": {\n    "good": "member:50",\n    "Bad Key": "member:50"\n  }\n}')).toThrow(/related-words\.json:4: "Bad Key" is not a stem/);
    expect(load('{\n  "words": {\n    "colleagu": "member 0.5"\n  }\n}')).toThrow(/related-words\.json:3: The value of "colleagu" must read/);
  });

  it('is not needed: a corpus without one has an empty table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'related-'));
    dirs.push(dir);
    expect(loadRelatedWords(dir, dir)).toEqual({});
  });
});

describe('the committed table fits the corpus', () => {
  // Regenerating it needs WordNet and 300 MB of word vectors (`npm run make:related-words --
  // --check`); this checks on every run what a corpus change would break: a key must be a
  // word the corpus does not use (else the corpus's own word would be shadowed), and every
  // target a word it does use (else the relation leads nowhere).
  // The vocabulary the generator reads: the English entries' own words, no curated keywords.
  const index = buildIndex(corpus.entries.filter((e) => e.lang !== 'de'), {});
  function misfits(words: Record<string, string>) {
    const keysInCorpus = Object.keys(words).filter((key) => index.postings.has(key));
    const targets = new Set(Object.values(words).flatMap((value) => value.split(' ').map((t) => t.split(':')[0]!)));
    return { keysInCorpus, targetsMissing: [...targets].filter((t) => !index.postings.has(t)) };
  }

  it('every key is a word the corpus does not use, every target one it does', () => {
    expect(misfits(table)).toEqual({ keysInCorpus: [], targetsMissing: [] });
  });

  it('a table made for another corpus is caught', () => {
    expect(misfits({ [stem('room')]: 'member:50', mailbox: 'nowher:50w' })).toEqual({ keysInCorpus: [stem('room')], targetsMissing: ['nowher'] });
  });
});
