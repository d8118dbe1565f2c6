import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, repairMojibake } from '../../lib/corpus/build/parse-faq';
import { loadCorpus } from '../../lib/corpus/build/load-corpus';

const fixture = (name: string) => ({
  file: `tests/fixtures/corpus/${name}`,
  markdown: readFileSync(resolve(import.meta.dirname, '../fixtures/corpus', name), 'utf8'),
});

function buildError(name: string): CorpusError {
  try {
    buildCorpus([fixture(name)]);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error(`${name} built without an error`);
}

describe('building the corpus from the real FAQ', () => {
  const { entries } = loadCorpus();

  it('finds exactly the 44 questions, with GitHub heading anchors as ids', () => {
    expect(entries).toHaveLength(44);
    expect(entries.map((e) => e.id)).toContain('are-you-able-to-use-a-custom-domain-like-matrixexamplecom');
    expect(entries.map((e) => e.id)).toContain('does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge');
  });

  it('gives each question its section path without the document title', () => {
    const pay = entries.find((e) => e.id === 'how-do-i-update-my-payment-info')!;
    expect(pay.section).toEqual(['Element Matrix Services', 'Pricing & Payments']);
    expect(entries.find((e) => e.id === 'can-spaces-be-deleted')!.section).toEqual(['Element General']);
  });

  it('repairs the mojibake in the storage answer', () => {
    const storage = entries.find((e) => e.id === 'what-are-the-limitations-in-terms-of-storage')!;
    expect(storage.text).toContain('we’ve shied away');
    expect(storage.text).not.toContain('â€');
  });

  it('classifies links: another entry, external, and relative to the upstream docs', () => {
    const slack = entries.find((e) => e.id === 'what-is-the-difference-between-the-free-and-paid-slack-bridge')!;
    expect(slack.links).toEqual([
      {
        kind: 'entry',
        href: 'does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge',
        text: 'Does DMs count towards the 20 channel limit for the paid Slack bridge?',
      },
    ]);
    const brand = entries.find((e) => e.id === 'how-do-i-change-the-namebrand-of-the-element-web-client')!;
    expect(brand.links.map((l) => [l.kind, l.href])).toEqual([
      ['external', 'https://ems.element.io/user/hosting#/hosts'],
      ['upstream', 'https://github.com/element-hq/ems-docs/blob/HEAD/src/Client-Look-and-Feel.md'],
    ]);
    const irc = entries.find((e) => e.id === 'how-do-i-bridge-to-libera-chat-irc-rooms-with-more-than-100-users')!;
    expect(irc.links[0]).toMatchObject({ kind: 'external', href: 'mailto:support@matrix.org' });
  });

  it('keeps lists, nested lists, code blocks and strong text in the answer AST', () => {
    const apex = entries.find((e) => e.id === 'can-i-use-ems-hosted-well-knowns-with-the-root-of-my-domain')!;
    const list = apex.body.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', ordered: false });
    expect(JSON.stringify(apex.body)).toContain('"type":"strong"');
    const cname = entries.find((e) => e.id === 'cname-and-well-known')!;
    expect(cname.body.filter((b) => b.type === 'code').map((b) => (b.type === 'code' ? b.lang : ''))).toEqual(['json', 'json']);
    const identity = entries.find((e) => e.id === 'what-is-an-identity-server-and-how-does-it-work')!;
    expect(identity.body.find((b) => b.type === 'list')).toMatchObject({ ordered: true, start: 1 });
  });

  it('records where each question stands', () => {
    expect(entries[0]!.source).toEqual({ file: expect.stringMatching(/assets\/corpus\/ems-faq\.md$/), line: 5 });
  });
});

describe('a malformed FAQ file fails the build naming file and line', () => {
  it('on a duplicate id', () => {
    const error = buildError('duplicate-id.md');
    expect(error.message).toMatch(/^tests\/fixtures\/corpus\/duplicate-id\.md:11: /);
    expect(error.message).toContain('already uses');
  });

  it('on a question with no answer', () => {
    const error = buildError('empty-answer.md');
    expect(error.message).toBe(
      'tests/fixtures/corpus/empty-answer.md:9: The question "Is this question answered?" has no answer below it.',
    );
  });

  it('on a link to an unknown entry', () => {
    const error = buildError('unknown-link.md');
    expect(error.message).toBe(
      'tests/fixtures/corpus/unknown-link.md:7: The link "#the-manual-that-does-not-exist" points to no question in the FAQ.',
    );
  });

  it('on an unsupported link scheme', () => {
    const error = buildError('javascript-link.md');
    expect(error.message).toMatch(/^tests\/fixtures\/corpus\/javascript-link\.md:7: .*"javascript:"/);
  });

  it('on a duplicate id across two files, naming both places', () => {
    const a = { file: 'a.md', markdown: '# A\n\n## S\n\n### Same question?\n\nOne.\n' };
    const b = { file: 'b.md', markdown: '# B\n\n## T\n\n### Same question?\n\nTwo.\n' };
    expect(() => buildCorpus([a, b])).toThrow('b.md:5: The question "Same question?" has the id "same-question", which a.md:5 already uses.');
  });
});

describe('repairs and links', () => {
  it('repairs known mojibake and resolves every link kind', () => {
    const { entries } = buildCorpus([fixture('mojibake.md')]);
    expect(entries.map((e) => e.id)).toEqual(['storage', 'links']);
    expect(entries[0]!.text).toBe('For storage, we’ve shied away from hard limits – fair use.');
    expect(entries[1]!.links.map((l) => [l.kind, l.href])).toEqual([
      ['entry', 'storage'],
      ['upstream', 'https://github.com/element-hq/ems-docs/blob/HEAD/src/Client-Look-and-Feel.md#colours'],
      ['external', 'mailto:support@example.com'],
      ['external', 'https://example.com/x'],
    ]);
  });

  it('leaves correct text alone', () => {
    expect(repairMojibake('Café – we’ve')).toBe('Café – we’ve');
  });

  it('reads a second FAQ file next to the first', () => {
    const extra = { file: 'extra.md', markdown: '# Our FAQ\n\n## Team\n\n### Who runs our server?\n\nThe IT team. See [storage](#storage).\n' };
    const { entries } = buildCorpus([fixture('mojibake.md'), extra]);
    expect(entries.map((e) => e.id)).toEqual(['storage', 'links', 'who-runs-our-server']);
    expect(entries[2]!.section).toEqual(['Team']);
  });
});
