// Build time only: markdown → the corpus AST (lib/corpus/types.ts). Shared by the FAQ and
// the guides. Raw HTML is never kept as HTML: comments and tags are dropped, the text
// between tags stays text, and the guides' one `<embed>` of a screen recording becomes a
// video node that our own renderer draws.

import type { Definition, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { BlockNode, ImageNode, InlineNode, ListItemNode, VideoNode } from '../types';
import { CorpusError } from './errors.ts';

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

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(repairMojibake(markdown), {
    extensions: [gfmAutolinkLiteral(), gfmTable()],
    mdastExtensions: [gfmAutolinkLiteralFromMarkdown(), gfmTableFromMarkdown()],
  });
}

/** What the conversion asks of the file it converts: where links and media go. */
export interface ConvertContext {
  /** The file as errors cite it. */
  file: string;
  definitions: Map<string, Definition>;
  /** A link's visible content and URL → the inline node to show. */
  link(url: string, children: InlineNode[], line: number): InlineNode;
  /** An image's URL → a bundled image node (src null when the file is missing). */
  image(url: string, alt: string, line: number): ImageNode;
  /** A video's URL → a bundled video node. */
  video(url: string, title: string, line: number): VideoNode;
}

export function collectDefinitions(node: Nodes, into: Map<string, Definition> = new Map()): Map<string, Definition> {
  if (node.type === 'definition') into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
  return into;
}

export function convertBlocks(nodes: ReadonlyArray<RootContent>, ctx: ConvertContext): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push(...convertParagraph(node.children, ctx));
        break;
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
      case 'table':
        blocks.push(convertTable(node, ctx));
        break;
      case 'html':
        blocks.push(...convertHtmlBlock(node.value, ctx, lineOf(node)));
        break;
      case 'definition':
      case 'thematicBreak':
        break; // definitions are used through references; rules carry no content
      default:
        throw new CorpusError(
          ctx.file,
          lineOf(node),
          `Markdown "${node.type}" is not supported here; use paragraphs, lists, tables, links, images and code.`,
        );
    }
  }
  return blocks;
}

/** A paragraph, split around its images: a screenshot is a block of its own. */
function convertParagraph(children: ReadonlyArray<PhrasingContent>, ctx: ConvertContext): BlockNode[] {
  const blocks: BlockNode[] = [];
  let run: InlineNode[] = [];
  const flush = () => {
    if (run.some((node) => node.type !== 'break' && !(node.type === 'text' && node.value.trim() === ''))) {
      blocks.push({ type: 'paragraph', children: trimRun(run) });
    }
    run = [];
  };
  for (const child of children) {
    const url =
      child.type === 'image'
        ? child.url
        : child.type === 'imageReference'
          ? ctx.definitions.get(child.identifier)?.url
          : undefined;
    if (url !== undefined && (child.type === 'image' || child.type === 'imageReference')) {
      flush();
      blocks.push(ctx.image(url, child.alt ?? '', lineOf(child)));
    } else {
      run.push(...convertInlines([child], ctx));
    }
  }
  flush();
  return blocks;
}

/** Text left beside an image keeps its words but not the line breaks that framed the image. */
function trimRun(run: InlineNode[]): InlineNode[] {
  const out = [...run];
  while (out[0]?.type === 'break') out.shift();
  while (out[out.length - 1]?.type === 'break') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', value: first.value.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value.replace(/\s+$/, '') };
  return out;
}

export function convertInlines(nodes: ReadonlyArray<PhrasingContent>, ctx: ConvertContext): InlineNode[] {
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
      case 'delete':
        out.push({ type: node.type, children: convertInlines(node.children, ctx) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link':
        out.push(ctx.link(node.url, convertInlines(node.children, ctx), lineOf(node)));
        break;
      case 'linkReference': {
        const definition = ctx.definitions.get(node.identifier);
        const children = convertInlines(node.children, ctx);
        if (definition) out.push(ctx.link(definition.url, children, lineOf(node)));
        else out.push(...children);
        break;
      }
      case 'image':
      case 'imageReference':
        // An image inside a link or a table cell: its alt text stands in for it.
        if (node.alt) out.push({ type: 'text', value: node.alt });
        break;
      case 'html': {
        // Inline HTML (`<i class="fa …">`, `<br />`): tags and comments are dropped.
        const text = stripTags(node.value);
        if (text) out.push({ type: 'text', value: text });
        break;
      }
      default:
        out.push({ type: 'text', value: toString(node) });
    }
  }
  return out;
}

function convertTable(node: Table, ctx: ConvertContext): BlockNode {
  const cells = node.children.map((row) => row.children.map((cell) => convertInlines(cell.children, ctx)));
  return { type: 'table', header: cells[0] ?? [], rows: cells.slice(1) };
}

const EMBED = /<embed\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/i;

function convertHtmlBlock(html: string, ctx: ConvertContext, line: number): BlockNode[] {
  const embed = EMBED.exec(html);
  if (embed?.[1]) return [ctx.video(embed[1], 'Screen recording', line)];
  const text = stripTags(html).trim();
  return text ? [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] : [];
}

function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-z][^>]*>/gi, '');
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function headingText(node: Nodes): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}
