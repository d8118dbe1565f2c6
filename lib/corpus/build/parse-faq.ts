// Build time only (Node): turns FAQ markdown into the typed corpus the bundles carry.
// Nothing here reaches the browser; the extension ships the result as plain data.
//
// A question is a heading that has an answer and no sub-headings; the headings above it
// are its section. Problems are reported as `file:line: sentence` and stop the build.

import type {
  Content,
  Definition,
  Heading,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { slug } from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { toString } from 'mdast-util-to-string';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { blocksToText, inlinesToText } from '../plain-text';
import type {
  BlockNode,
  Corpus,
  FaqLink,
  InlineNode,
  LinkKind,
  ListItemNode,
  ParsedEntry,
} from '../types';

/** Links relative to the upstream docs (e.g. `Client-Look-and-Feel.md`) resolve here. */
export const UPSTREAM_DOCS_BASE = 'https://github.com/element-hq/ems-docs/blob/HEAD/src/';

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CorpusError';
  }
}

/**
 * UTF-8 text that was once decoded as Windows-1252 and saved again ("mojibake").
 * The upstream FAQ has `weâ€™ve`; the others are the same accident on other characters.
 */
const MOJIBAKE: ReadonlyArray<[string, string]> = [
  ['â€™', '’'],
  ['â€˜', '‘'],
  ['â€œ', '“'],
  ['â€\u009d', '”'],
  ['â€“', '–'],
  ['â€”', '—'],
  ['â€¦', '…'],
  ['Ã©', 'é'],
  ['Ã¨', 'è'],
  ['Ã¤', 'ä'],
  ['Ã¶', 'ö'],
  ['Ã¼', 'ü'],
  ['ÃŸ', 'ß'],
];

export function repairMojibake(text: string): string {
  let repaired = text;
  for (const [broken, right] of MOJIBAKE) repaired = repaired.split(broken).join(right);
  return repaired;
}

interface PendingEntryLink {
  target: string;
  file: string;
  line: number;
}

interface ParsedFile {
  entries: ParsedEntry[];
  entryLinks: PendingEntryLink[];
}

/** Parses one FAQ file. Links to other entries are checked by `buildCorpus`, across files. */
export function parseFaqFile(markdown: string, file: string): ParsedFile {
  const root: Root = fromMarkdown(repairMojibake(markdown), {
    extensions: [gfmAutolinkLiteral()],
    mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
  });
  const definitions = new Map<string, Definition>();
  collectDefinitions(root, definitions);

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
  const entryLinks: PendingEntryLink[] = [];
  const stack: Heading[] = [];

  headings.forEach(({ node, index }, i) => {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const section = stack
      .filter((h) => !(isTitle && h === first!.node))
      .map((h) => headingText(h));
    stack.push(node);

    const next = headings[i + 1];
    if (next !== undefined && next.node.depth > node.depth) return; // a section, not a question

    const line = lineOf(node);
    const title = headingText(node);
    const end = next === undefined ? root.children.length : next.index;
    const content = root.children.slice(index + 1, end);
    const ctx: ConvertContext = { file, definitions, links: [], entryLinks };
    const body = convertBlocks(content, ctx);
    if (body.length === 0) {
      throw new CorpusError(file, line, `The question "${title}" has no answer below it.`);
    }
    entries.push({
      id: slug(title),
      title,
      section,
      body,
      text: blocksToText(body),
      links: ctx.links,
      source: { file, line },
    });
  });

  return { entries, entryLinks };
}

/** Parses every file, then checks what only the whole corpus can tell. */
export function buildCorpus(files: ReadonlyArray<{ file: string; markdown: string }>): Corpus {
  const entries: ParsedEntry[] = [];
  const entryLinks: PendingEntryLink[] = [];
  for (const { file, markdown } of files) {
    const parsed = parseFaqFile(markdown, file);
    entries.push(...parsed.entries);
    entryLinks.push(...parsed.entryLinks);
  }

  const seen = new Map<string, ParsedEntry>();
  for (const entry of entries) {
    const earlier = seen.get(entry.id);
    if (earlier) {
      throw new CorpusError(
        entry.source.file,
        entry.source.line,
        `The question "${entry.title}" has the id "${entry.id}", which ${earlier.source.file}:${earlier.source.line} already uses. Reword one of the two questions.`,
      );
    }
    seen.set(entry.id, entry);
  }
  for (const link of entryLinks) {
    if (!seen.has(link.target)) {
      throw new CorpusError(
        link.file,
        link.line,
        `The link "#${link.target}" points to no question in the FAQ.`,
      );
    }
  }
  return { entries };
}

interface ConvertContext {
  file: string;
  definitions: Map<string, Definition>;
  links: FaqLink[];
  entryLinks: PendingEntryLink[];
}

function convertBlocks(nodes: ReadonlyArray<RootContent | Content>, ctx: ConvertContext): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const children = convertInlines(node.children, ctx);
        if (children.length > 0) blocks.push({ type: 'paragraph', children });
        break;
      }
      case 'list':
        blocks.push({
          type: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          children: node.children.map(
            (item): ListItemNode => ({ type: 'listItem', children: convertBlocks(item.children, ctx) }),
          ),
        });
        break;
      case 'code':
        blocks.push({ type: 'code', lang: node.lang ?? '', value: node.value });
        break;
      case 'blockquote':
        blocks.push({ type: 'blockquote', children: convertBlocks(node.children, ctx) });
        break;
      case 'html': {
        // Raw HTML is never rendered as HTML; a comment is an author's note and is dropped.
        const value = node.value.replace(/<!--[\s\S]*?-->/g, '').trim();
        if (value) blocks.push({ type: 'paragraph', children: [{ type: 'text', value }] });
        break;
      }
      case 'definition':
      case 'thematicBreak':
        break; // definitions are used through references; rules carry no content
      default:
        throw new CorpusError(
          ctx.file,
          lineOf(node),
          `Markdown "${node.type}" is not supported in an answer; use paragraphs, lists, links, code and emphasis.`,
        );
    }
  }
  return blocks;
}

function convertInlines(nodes: ReadonlyArray<PhrasingContent>, ctx: ConvertContext): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value });
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value });
        break;
      case 'emphasis':
      case 'strong':
        out.push({ type: node.type, children: convertInlines(node.children, ctx) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link':
        out.push(makeLink(node.url, convertInlines(node.children, ctx), node, ctx));
        break;
      case 'linkReference': {
        const definition = ctx.definitions.get(node.identifier);
        const children = convertInlines(node.children, ctx);
        if (definition) out.push(makeLink(definition.url, children, node, ctx));
        else out.push(...children);
        break;
      }
      case 'image':
      case 'imageReference': {
        // Images would be fetched from the network: show a link to them instead.
        const url = node.type === 'image' ? node.url : ctx.definitions.get(node.identifier)?.url;
        const label: InlineNode[] = [{ type: 'text', value: node.alt || 'image' }];
        out.push(url ? makeLink(url, label, node, ctx) : label[0]!);
        break;
      }
      case 'html':
        out.push({ type: 'text', value: node.value });
        break;
      default:
        out.push({ type: 'text', value: toString(node) });
    }
  }
  return out;
}

function makeLink(url: string, children: InlineNode[], node: Nodes, ctx: ConvertContext): InlineNode {
  const line = lineOf(node);
  const { kind, href } = classifyLink(url, ctx.file, line);
  if (kind === 'entry') ctx.entryLinks.push({ target: href, file: ctx.file, line });
  ctx.links.push({ kind, href, text: inlinesToText(children) });
  return { type: 'link', kind, href, children };
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Decides where a link in the FAQ goes, or fails the build if it may not go anywhere. */
export function classifyLink(url: string, file: string, line: number): { kind: LinkKind; href: string } {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) {
    return { kind: 'entry', href: safeDecode(trimmed.slice(1)) };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1];
  if (scheme !== undefined) {
    if (SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)) return { kind: 'external', href: trimmed };
    throw new CorpusError(
      file,
      line,
      `The link "${trimmed}" uses the scheme "${scheme}:", which the FAQ does not allow; use https:, http: or mailto:.`,
    );
  }
  if (trimmed.startsWith('//')) {
    throw new CorpusError(file, line, `The link "${trimmed}" has no scheme; write it with https:.`);
  }
  // A path relative to the upstream docs repository, e.g. `Client-Look-and-Feel.md`.
  return { kind: 'upstream', href: new URL(trimmed, UPSTREAM_DOCS_BASE).href };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition') into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

function headingText(node: Heading): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
