// Build time only (Node): turns a guide page of an mdBook (the EMS documentation) into
// entries a person can use: the page itself (its title and introduction, under its book
// section from SUMMARY.md) and one entry per section heading, each with its page and the
// headings above it as its breadcrumb.
//
// Ids are stable, readable and unique although headings such as "Setup" repeat across
// pages: the page's path as a slug, and `<page id>--<heading anchor>` for a section, where
// the anchor is GitHub's (so `Page.md#anchor` links resolve to it).

import type { Heading } from 'mdast';
import GithubSlugger, { slug } from 'github-slugger';
import { blocksToText } from '../plain-text.ts';
import type { ParsedEntry } from '../types';
import { detectLanguage } from './language.ts';
import { collectDefinitions, convertBlocks, headingText, lineOf, parseMarkdown } from './markdown.ts';
import type { CorpusFile } from './parse-faq.ts';
import type { FileLinks } from './resolve.ts';

/** The page id: its path inside the book as a slug (`integrations/Telegram-Bridge.md` → `integrations-telegram-bridge`). */
export function guidePageId(pathInBook: string): string {
  return slug(pathInBook.replace(/\.md$/i, '').replace(/\//g, ' '));
}

export interface GuidePlace {
  /** The file's path inside its book (`integrations/Telegram-Bridge.md`). */
  pathInBook: string;
  /** Its book section from SUMMARY.md, outermost first (`["Integrations", "EMS bridges"]`). */
  bookSection: string[];
  /** Its title in SUMMARY.md, used when the page has no `#` title of its own. */
  summaryTitle?: string;
}

export function parseGuidePage(source: CorpusFile, place: GuidePlace, links: FileLinks): ParsedEntry[] {
  const root = parseMarkdown(source.markdown);
  const definitions = collectDefinitions(root);
  const slugger = new GithubSlugger();
  const headings: Array<{ node: Heading; index: number; anchor: string }> = [];
  root.children.forEach((node, index) => {
    if (node.type === 'heading') headings.push({ node, index, anchor: slugger.slug(headingText(node)) });
  });

  const pageId = guidePageId(place.pathInBook);
  const titled = headings[0]?.node.depth === 1 && headings[0].index === firstContentIndex(root.children);
  const pageTitle = titled ? headingText(headings[0]!.node) : (place.summaryTitle ?? place.pathInBook.replace(/\.md$/, ''));
  const sections = titled ? headings.slice(1) : headings;
  const lang = detectLanguage(source.markdown);

  const introStart = titled ? headings[0]!.index + 1 : 0;
  const introEnd = sections[0]?.index ?? root.children.length;
  const pageCtx = links.context(source, definitions, `Screenshot: ${pageTitle}`);
  const intro = convertBlocks(root.children.slice(introStart, introEnd), pageCtx);

  const page: ParsedEntry = {
    id: pageId,
    kind: 'guide',
    title: pageTitle,
    section: place.bookSection,
    body: intro,
    text: blocksToText(intro),
    source: { file: place.pathInBook, anchor: titled ? headings[0]!.anchor : null },
    page: pageId,
    depth: 1,
    links: pageCtx.collected,
    corpusPath: source.path,
      origin: { file: source.file, line: titled ? lineOf(headings[0]!.node) : 1 },
    ...(lang ? { lang } : {}),
  };
  const entries: ParsedEntry[] = [page];

  // Headings with no content of their own (a "## Element iOS" right above "### Export")
  // are not entries: they stay in the breadcrumb, and links to them lead to what follows.
  let emptyAnchors: string[] = [];
  const stack: Array<{ node: Heading; anchor: string }> = [];
  sections.forEach(({ node, index, anchor }, i) => {
    // A second `#` heading in a page is a section like any other, one level down.
    const depth = Math.max(2, node.depth);
    while (stack.length > 0 && Math.max(2, stack[stack.length - 1]!.node.depth) >= depth) stack.pop();
    const above = stack.map((h) => headingText(h.node));
    const within = stack.map((h) => h.anchor);
    stack.push({ node, anchor });

    const title = headingText(node);
    const end = sections[i + 1]?.index ?? root.children.length;
    const ctx = links.context(source, definitions, `Screenshot: ${title} (${pageTitle})`);
    const body = convertBlocks(root.children.slice(index + 1, end), ctx);
    if (body.length === 0) {
      emptyAnchors.push(anchor);
      return;
    }
    entries.push({
      id: `${pageId}--${anchor}`,
      kind: 'section',
      title,
      section: [...place.bookSection, pageTitle, ...above],
      body,
      text: blocksToText(body),
      source: { file: place.pathInBook, anchor },
      page: pageId,
      depth,
      links: ctx.collected,
      corpusPath: source.path,
      origin: { file: source.file, line: lineOf(node) },
      ...(emptyAnchors.length > 0 ? { anchors: emptyAnchors } : {}),
      ...(within.length > 0 ? { within } : {}),
      ...(lang ? { lang } : {}),
    });
    emptyAnchors = [];
  });
  // Trailing headings with nothing below: their links lead to the page.
  if (emptyAnchors.length > 0) page.anchors = emptyAnchors;
  return entries;
}

/** Index of the first node that is not an HTML comment (a page's title may follow one). */
function firstContentIndex(children: ReadonlyArray<{ type: string; value?: unknown }>): number {
  return children.findIndex((c) => !(c.type === 'html' && typeof c.value === 'string' && c.value.startsWith('<!--')));
}
