import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/build/errors';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { repairMojibake } from '@/lib/corpus/build/markdown';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/corpus', name), 'utf8');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Builds a corpus folder on disk from `path → markdown` and loads it as the build does. */
function build(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'ems-corpus-'));
  made.push(dir);
  for (const [path, markdown] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), markdown);
  }
  return loadCorpus(dir, dir);
}

function buildError(files: Record<string, string>): CorpusError {
  try {
    build(files);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('the corpus built without an error');
}

/** A small book beside the FAQ, as the EMS documentation is. */
const BOOK = {
  'ems-docs/SUMMARY.md': '# Element Matrix Services\n\n- [Client Look & Feel](Client-Look-and-Feel.md)\n- [Bridges]()\n  - [Telegram Bridge](integrations/Telegram-Bridge.md)\n',
  'ems-docs/Client-Look-and-Feel.md': '# Client Look and Feel\n\nBrand your client.\n\n## Colours\n\nPick colours. See [the bridge](integrations/Telegram-Bridge.md#setup).\n',
  'ems-docs/integrations/Telegram-Bridge.md':
    '# Telegram Bridge\n\nBridge Telegram.\n\n## Setup\n\nBuy it, then [style it](../Client-Look-and-Feel.md#colours).\n\n![temp](/images/shot.png)\n\n## Usage\n\n### Export\n\nThe first export.\n\n## Android\n\n### Export\n\nThe second export.\n',
};

describe('building the corpus from the real FAQ and documentation', () => {
  const { entries, index, media, warnings } = loadCorpus();
  const faq = entries.filter((e) => e.kind === 'faq');

  it('finds the 44 FAQ questions, with GitHub heading anchors as ids', () => {
    expect(faq).toHaveLength(44);
    expect(faq.map((e) => e.id)).toContain('are-you-able-to-use-a-custom-domain-like-matrixexamplecom');
    expect(faq.map((e) => e.id)).toContain('does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge');
  });

  it('gives each question its section path without the document title', () => {
    expect(faq.find((e) => e.id === 'how-do-i-update-my-payment-info')!.section).toEqual(['Element Matrix Services', 'Pricing & Payments']);
    expect(faq.find((e) => e.id === 'can-spaces-be-deleted')!.section).toEqual(['Element General']);
  });

  it('repairs the mojibake in the storage answer', () => {
    const storage = faq.find((e) => e.id === 'what-are-the-limitations-in-terms-of-storage')!;
    expect(storage.text).toContain('we’ve shied away');
    expect(storage.text).not.toContain('â€');
  });

  it('makes every guide page an entry with its book section, and every section one with its page', () => {
    const pages = entries.filter((e) => e.kind === 'guide');
    expect(pages).toHaveLength(34); // the 35 markdown files less SUMMARY.md
    const telegram = entries.find((e) => e.id === 'integrations-telegram-bridge')!;
    expect(telegram).toMatchObject({ title: 'Telegram Bridge', section: ['Integrations', 'EMS bridges'], source: { file: 'integrations/Telegram-Bridge.md' } });
    const setup = entries.find((e) => e.id === 'authentication-google-saml--setup')!;
    expect(setup).toMatchObject({
      kind: 'section',
      title: 'Setup',
      page: 'authentication-google-saml',
      section: ['Integrations', 'Authentication', 'Authentication via Google SAML'],
      source: { file: 'authentication/Google-SAML.md', anchor: 'setup' },
    });
  });

  it('keeps ids unique where headings repeat, as GitHub numbers their anchors', () => {
    const exports = entries.filter((e) => e.page === 'export-and-import-e2e-room-keys' && e.title === 'Export');
    expect(exports.map((e) => e.id)).toEqual([
      'export-and-import-e2e-room-keys--export',
      'export-and-import-e2e-room-keys--export-1',
      'export-and-import-e2e-room-keys--export-2',
    ]);
    expect(exports.map((e) => e.section.at(-1))).toEqual(['Element Web and Desktop', 'Element iOS', 'Element Android']);
  });

  it('keeps the FAQ’s link to Client Look & Feel inside the extension', () => {
    const links = faq.flatMap((e) => e.links);
    expect(links).toContainEqual({ kind: 'entry', href: 'client-look-and-feel', text: expect.any(String) });
    expect(links.every((l) => !l.href.includes('github.com/element-hq/ems-docs/blob/HEAD/src/Client'))).toBe(true);
  });

  it('links a file the corpus does not carry to the documentation’s repository', () => {
    const gpg = entries.find((e) => e.id === 'migrate-from-self-hosted-to-ems--generate-password-for-gpg-encryption')!;
    expect(gpg.links).toContainEqual({ kind: 'external', href: 'https://github.com/element-hq/ems-docs/blob/HEAD/src/ems-support-public.pgp', text: 'ems-support-public.pgp' });
  });

  it('tags the German page, and never keeps raw HTML', () => {
    expect(entries.filter((e) => e.lang === 'de').map((e) => e.page)).toEqual(Array(5).fill('nutzung-der-eigenen-domain-mit-ems'));
    const all = JSON.stringify(entries.map((e) => e.body));
    expect(all).not.toMatch(/<i class|<br|<embed/);
    expect(all).toContain('"type":"video"');
  });

  it('bundles each referenced screenshot once and warns about the two missing upstream', () => {
    expect(media.filter((m) => m.kind === 'image').length).toBe(187);
    expect(new Set(media.map((m) => m.to)).size).toBe(media.length);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^assets\/corpus\/ems-docs\/Verify-new-Login\.md:\d+: the image .* does not exist/);
    const missing = JSON.stringify(entries.map((e) => e.body)).match(/"type":"image","src":null/g);
    expect(missing).toHaveLength(2);
  });

  it('indexes the FAQ and the guides in SUMMARY.md’s order', () => {
    expect(index.map((n) => n.title)).toEqual([
      'Element Docs',
      'Frequently Asked Questions',
      'Element Matrix Services',
      'Integrations',
      'Element',
      'Cross Signing',
      'Non-English',
      'Contribute',
      'More guides',
    ]);
    const integrations = index.find((n) => n.title === 'Integrations')!;
    expect(integrations.children.find((n) => n.title === 'EMS bridges')!.children.map((n) => n.entry)).toContain('integrations-telegram-bridge');
  });
});

describe('guides in a book', () => {
  it('resolves links between pages and to sections, and numbers repeated headings', () => {
    const { entries } = build({ ...BOOK, 'ems-docs/images/shot.png': '' });
    expect(entries.map((e) => e.id)).toEqual([
      'client-look-and-feel',
      'client-look-and-feel--colours',
      'integrations-telegram-bridge',
      'integrations-telegram-bridge--setup',
      'integrations-telegram-bridge--export',
      'integrations-telegram-bridge--export-1',
    ]);
    expect(entries[1]!.links).toEqual([{ kind: 'entry', href: 'integrations-telegram-bridge--setup', text: 'the bridge' }]);
    expect(entries[3]!.links).toEqual([{ kind: 'entry', href: 'client-look-and-feel--colours', text: 'style it' }]);
    expect(entries[4]!.section).toEqual(['Element Matrix Services', 'Bridges', 'Telegram Bridge', 'Usage']);
  });

  it('names a screenshot by its heading when its alt text says nothing', () => {
    const { entries } = build({ ...BOOK, 'ems-docs/images/shot.png': '' });
    expect(entries[3]!.body[1]).toMatchObject({ type: 'image', alt: 'Screenshot: Setup (Telegram Bridge)', src: 'corpus-media/ems-docs-images-shot.webp' });
  });

  it('fails on a link to a missing page or anchor, naming file and line', () => {
    expect(buildError({ ...BOOK, 'ems-docs/Extra.md': '# Extra\n\nSee [nothing](Missing-Page.md).\n' }).message).toBe(
      'ems-docs/Extra.md:3: The link to "ems-docs/Missing-Page.md" points to no page in the corpus.',
    );
    expect(buildError({ ...BOOK, 'ems-docs/Extra.md': '# Extra\n\nText.\n\n## Part\n\nSee [it](Client-Look-and-Feel.md#sizes).\n' }).message).toBe(
      'ems-docs/Extra.md:7: The link "ems-docs/Client-Look-and-Feel.md#sizes" points to no section of that page.',
    );
  });
});

describe('a malformed search-terms.json fails the build naming file and line', () => {
  it('on a kind of placeholder search does not know', () => {
    const terms = '{\n  "placeholders": {\n    "hostName": [["domain", 1]],\n    "hostAndDomain": [["root", 1]]\n  }\n}\n';
    expect(buildError({ ...BOOK, 'search-terms.json': terms }).message).toBe(
      'search-terms.json:4: "placeholders" has kinds "userId", "hostName" and "subdomainOrDomain" only, not "hostAndDomain".',
    );
  });

  it('on a placeholder word that is not one lowercase word', () => {
    const terms = '{\n  "placeholders": {\n    "subdomainOrDomain": [["Root Domain", 1]]\n  }\n}\n';
    expect(buildError({ ...BOOK, 'search-terms.json': terms }).message).toBe(
      'search-terms.json:3: "placeholders.subdomainOrDomain" must be a list of ["one lowercase word", weight], 0 < weight ≤ 1.',
    );
  });
});

describe('a malformed FAQ file fails the build naming file and line', () => {
  it('on a duplicate id', () => {
    const error = buildError({ 'duplicate-id.md': fixture('duplicate-id.md') });
    expect(error.message).toMatch(/^duplicate-id\.md:11: .*already uses/);
  });

  it('on a question with no answer', () => {
    expect(buildError({ 'empty-answer.md': fixture('empty-answer.md') }).message).toBe(
      'empty-answer.md:9: The question "Is this question answered?" has no answer below it.',
    );
  });

  it('on a link to an unknown entry', () => {
    expect(buildError({ 'unknown-link.md': fixture('unknown-link.md') }).message).toBe(
      'unknown-link.md:7: The link "#the-manual-that-does-not-exist" points to no question in the FAQ.',
    );
  });

  it('on a duplicate id across two files, naming both places', () => {
    const a = '# A\n\n## S\n\n### Same question?\n\nOne.\n';
    const b = '# B\n\n## T\n\n### Same question?\n\nTwo.\n';
    expect(buildError({ 'a.md': a, 'b.md': b }).message).toBe(
      'b.md:5: "Same question?" has the id "same-question", which a.md:5 already uses. Reword one of the two headings.',
    );
  });
});

describe('links that cannot lie', () => {
  it.each([
    ['javascript-link.md', /^javascript-link\.md:7: .*"javascript:"/],
    // `&#9;` decodes to a tab, which `new URL` would strip, leaving `javascript:`.
    ['tab-in-scheme.md', /^tab-in-scheme\.md:7: .*control characters/],
    ['control-character.md', /^control-character\.md:7: .*control characters/],
    // `/\\evil.example/phish` resolves to https://evil.example/phish.
    ['backslash-host.md', /^backslash-host\.md:7: .*points outside the corpus/],
  ])('refuses %s', (name, message) => {
    expect(buildError({ [name]: fixture(name) }).message).toMatch(message);
  });

  it('drops HTML comments and tags, and shows http: links as text', () => {
    const { entries } = build({ 'notes.md': fixture('comments-and-http.md') });
    expect(entries[0]!.text).toBe('Visible  text, and a tag too.\n\nA local server is text.');
    expect(entries[0]!.links).toEqual([]);
  });

  it('repairs known mojibake and resolves every link kind', () => {
    const { entries } = build({ 'ems-faq.md': fixture('mojibake.md'), ...BOOK, 'ems-docs/images/shot.png': '' });
    const faq = entries.filter((e) => e.kind === 'faq');
    expect(faq.map((e) => e.id)).toEqual(['storage', 'links']);
    expect(faq[0]!.text).toBe('For storage, we’ve shied away from hard limits – fair use.');
    expect(faq[1]!.links.map((l) => [l.kind, l.href])).toEqual([
      ['entry', 'storage'],
      ['entry', 'client-look-and-feel--colours'],
      ['external', 'mailto:support@example.com'],
      ['external', 'https://example.com/x'],
    ]);
  });

  it('leaves correct text alone', () => {
    expect(repairMojibake('Café – we’ve')).toBe('Café – we’ve');
  });

  it('reads a second FAQ file next to the first', () => {
    const extra = '# Our FAQ\n\n## Team\n\n### Who runs our server?\n\nThe IT team. See [storage](#storage).\n';
    const { entries } = build({ 'a-faq.md': fixture('mojibake.md').replace('(Client-Look-and-Feel.md#colours)', '(https://example.com)'), 'b-extra.md': extra });
    expect(entries.map((e) => e.id)).toEqual(['storage', 'links', 'who-runs-our-server']);
    expect(entries[2]!.section).toEqual(['Team']);
  });
});
