// @vitest-environment node
// Curated keyword phrases of three words or more are situations in an admin's words: a query
// that meets one word of one is less surely about its entry than one that meets the phrase,
// or one word of a short phrase that names the thing (issue 20: "a section titled 'Bot
// Username and Password' outranks the LDAP guide for a sign-in question"). Made-up entries.
import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '@/lib/corpus/types';
import { createSearchEngine, NO_CURATED_TERMS } from '@/lib/search';

function entry(id: string, title: string, text: string): FaqEntry {
  return { id, kind: 'faq', title, section: [], text, source: { file: 'test.md', anchor: id }, page: null, depth: 0 } as unknown as FaqEntry;
}

const entries = [
  entry('bot-account', 'Bot account', 'Create the account the bridge posts with.'),
  entry('directory-login', 'Company sign-in', 'Connect the server to your company login.'),
  // Other topics, so that each word above is rare enough to matter.
  ...['billing', 'domains', 'calls', 'backups', 'rooms'].map((topic) => entry(topic, `About ${topic}`, `How ${topic} work.`)),
];
const strengthOf = (engine: ReturnType<typeof createSearchEngine>, query: string, id: string) =>
  engine.explain(query).candidates.find((c) => c.id === id)?.strength ?? 0;

describe('curated keyword phrases', () => {
  const keywords = {
    'bot-account': ['azure directory new member for the relay'],
    'directory-login': ['directory'],
  };
  const engine = createSearchEngine(entries, { ...NO_CURATED_TERMS, keywords });

  it('count one word of a long situation phrase less than the one word of a name', () => {
    // Both entries have "directory" only among their keywords, and match nothing else.
    expect(strengthOf(engine, 'directory', 'directory-login')).toBeGreaterThan(strengthOf(engine, 'directory', 'bot-account') * 1.2);
  });

  it('count a long phrase in full when the query meets all of it', () => {
    const query = 'azure directory new member for the relay';
    expect(engine.search(query, { limit: 1, unsure: true })[0]?.entry.id).toBe('bot-account');
  });
});
