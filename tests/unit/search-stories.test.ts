// @vitest-environment node
// A question that tells its story (ten terms or more): no answer covers the story's own words,
// so an entry that covers more of them must not outrank one that matches what the question is
// about, its rarest word in a heading (issue 20). Made-up entries.
import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '@/lib/corpus/types';
import { createSearchEngine } from '@/lib/search';

function entry(id: string, title: string, text: string): FaqEntry {
  return { id, kind: 'faq', title, section: [], text, source: { file: 'test.md', anchor: id }, page: null, depth: 0 } as unknown as FaqEntry;
}

const entries = [
  entry('proxy', 'Cloudflare proxy: the chat address shows an error', 'Turn the proxy off for the record.'),
  // Many of a story's everyday words, and none of its subject.
  entry('domain', 'Your own domain', 'Your company moves its domain: the team sets the records, the website stays, and the chat address follows.'),
  // Other topics, so that each word above is rare enough to matter.
  ...['billing', 'calls', 'backups', 'rooms', 'bots', 'keys'].map((topic) => entry(topic, `About ${topic}`, `How ${topic} work.`)),
];
const engine = createSearchEngine(entries);

describe('a question that tells its story', () => {
  it('finds the entry about its subject first, though another covers more of the story', () => {
    const story =
      'Our company team moved the domain over the weekend to Cloudflare; the website is fine but the chat address shows an error. Which settings and records did we miss?';
    expect(engine.explain(story).terms.length).toBeGreaterThanOrEqual(10);
    expect(engine.search(story, { unsure: true })[0]?.entry.id).toBe('proxy');
  });

  it('leaves a short query ranked by how much of it an entry covers', () => {
    expect(engine.search('move our company domain records', { unsure: true })[0]?.entry.id).toBe('domain');
  });
});
