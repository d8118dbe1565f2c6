// Build time only (Node): turns an FAQ markdown file into entries.
//
// A question is a heading that has an answer and no sub-headings; the headings above it
// are its section. Its id is the GitHub anchor of the question, so the FAQ's own `#…`
// links (and links to the upstream FAQ's anchors) resolve to it.

import type { Heading } from 'mdast';
import { slug } from 'github-slugger';
import { blocksToText } from '../plain-text.ts';
import type { ParsedEntry } from '../types';
import { CorpusError } from './errors.ts';
import { collectDefinitions, convertBlocks, headingText, lineOf, parseMarkdown } from './markdown.ts';
import type { FileLinks } from './resolve.ts';

export interface CorpusFile {
  /** Path relative to the corpus root, with `/` separators (`ems-faq.md`, `ems-docs/Add-Users.md`). */
  path: string;
  /** The path errors cite (relative to the working directory). */
  file: string;
  markdown: string;
}

export function parseFaqFile(source: CorpusFile, links: FileLinks): ParsedEntry[] {
  const root = parseMarkdown(source.markdown);
  const definitions = collectDefinitions(root);
  const headings: Array<{ node: Heading; index: number }> = [];
  root.children.forEach((node, index) => {
    if (node.type === 'heading') headings.push({ node, index });
  });

  // A lone top-level heading that opens the file and has sub-headings is the document's
  // title ("Frequently Asked Questions"), not part of any section path.
  const first = headings[0];
  const isTitle =
    first !== undefined &&
    first.node.depth === 1 &&
    headings.filter((h) => h.node.depth === 1).length === 1 &&
    headings.length > 1;

  const entries: ParsedEntry[] = [];
  const stack: Heading[] = [];
  headings.forEach(({ node, index }, i) => {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const section = stack.filter((h) => !(isTitle && h === first!.node)).map((h) => headingText(h));
    stack.push(node);

    const next = headings[i + 1];
    if (next !== undefined && next.node.depth > node.depth) return; // a section, not a question

    const line = lineOf(node);
    const title = headingText(node);
    const content = root.children.slice(index + 1, next === undefined ? root.children.length : next.index);
    const ctx = links.context(source, definitions, `Screenshot: ${title}`);
    const body = convertBlocks(content, ctx);
    if (body.length === 0) {
      throw new CorpusError(source.file, line, `The question "${title}" has no answer below it.`);
    }
    const id = slug(title);
    entries.push({
      id,
      kind: 'faq',
      title,
      section,
      body,
      text: blocksToText(body),
      source: { file: source.path, anchor: id },
      page: null,
      depth: node.depth,
      links: ctx.collected,
      corpusPath: source.path,
      origin: { file: source.file, line },
    });
  });
  return entries;
}
