// @vitest-environment node
// Search as a property of the corpus: every entry is found by its own heading, with or
// without the curated vocabulary that sits next to the markdown, and a page an admin adds
// is found without touching code.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '@/lib/corpus/build/load-corpus';
import { createSearchEngine, NO_CURATED_TERMS } from '@/lib/search';
import { ownTitleQuery, withTypo } from './title-queries';

const corpus = loadCorpus();

describe.each([
  ['with the curated vocabulary', corpus.search],
  ['with the curated vocabulary switched off', NO_CURATED_TERMS],
])('every entry of the corpus, %s', (_, curated) => {
  const engine = createSearchEngine(corpus.entries, curated);

  it('is ranked first for its own heading (with its page where headings repeat)', () => {
    const wrong = corpus.entries
      .map((entry) => ({ entry, query: ownTitleQuery(entry, corpus.entries) }))
      .filter(({ entry, query }) => engine.search(query, { unsure: true })[0]?.entry.id !== entry.id)
      .map(({ entry, query }) => `${entry.id} ← "${query}"`);
    expect(wrong).toEqual([]);
  });

  it('is in the first three with a typo in its heading', () => {
    const wrong = corpus.entries
      .map((entry) => ({ entry, query: withTypo(ownTitleQuery(entry, corpus.entries)) }))
      .filter(({ entry, query }) => !engine.search(query, { unsure: true }).slice(0, 3).some((h) => h.entry.id === entry.id))
      .map(({ entry, query }) => `${entry.id} ← "${query}"`);
    expect(wrong).toEqual([]);
  });
});

describe('an FAQ page an admin adds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ems-corpus-added-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The corpus as shipped (its text, not its screenshots), plus one page of the admin's own.
  cpSync(CORPUS_DIR, dir, { recursive: true, filter: (src) => !/\.(png|jpe?g|gif)$/i.test(src) });
  writeFileSync(
    join(dir, 'our-server.md'),
    [
      '# Our server',
      '',
      '## Limits',
      '',
      '### Are there rate limits on my homeserver?',
      '',
      'Yes: clients that send too many requests at once are slowed down for a few seconds.',
      '',
      '### Can I enable open registration on my homeserver?',
      '',
      'No. Accounts on our server are created by the IT team.',
      '',
      '## Notices',
      '',
      '### How do I set the display name of the server notices user?',
      '',
      'Ask the IT team; the notices user speaks for the server.',
      '',
    ].join('\n'),
  );
  const added = loadCorpus(dir, dir);
  const engine = createSearchEngine(added.entries, added.search);

  it.each([
    ['Are there rate limits on my homeserver?', 'are-there-rate-limits-on-my-homeserver'],
    ['Can I enable open registration on my homeserver?', 'can-i-enable-open-registration-on-my-homeserver'],
    ['How do I set the display name of the server notices user?', 'how-do-i-set-the-display-name-of-the-server-notices-user'],
  ])('finds "%s" although curated off-topic phrases name it', (question, id) => {
    expect(engine.search(question)[0]?.entry.id).toBe(id);
  });

  it('ignores an off-topic phrase that an entry\'s curated keywords use', () => {
    const terms = join(dir, 'search-terms.json');
    const data = JSON.parse(readFileSync(terms, 'utf8')) as { offTopic: string[] };
    writeFileSync(terms, JSON.stringify({ ...data, offTopic: [...data.offTopic, 'app store'] }));
    // "app store" is a keyword of Submit Debug Logs' Element iOS section, not of its text.
    const keywords = loadCorpus(dir, dir);
    expect(keywords.search.offTopic).not.toContain('app store');
    expect(createSearchEngine(keywords.entries, keywords.search).search('app store')[0]?.entry.id).toBe('submit-debug-logs--element-ios');
  });
});
