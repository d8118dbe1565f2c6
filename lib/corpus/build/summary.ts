// Build time only: mdBook's SUMMARY.md, the book's table of contents. It gives each guide
// page its book section ("Integrations › EMS bridges") and the answer index its order.
// Group headings are `# Title` lines and links with an empty target (`[Authentication]()`).

import type { List, ListItem } from 'mdast';
import { posix } from 'node:path';
import { CorpusError } from './errors.ts';
import { headingText, lineOf, parseMarkdown } from './markdown.ts';

export interface SummaryItem {
  title: string;
  /** The page's path inside the book; undefined for a group. */
  path?: string;
  line: number;
  children: SummaryItem[];
}

export function parseSummary(markdown: string, file: string): SummaryItem[] {
  const root = parseMarkdown(markdown);
  const top: SummaryItem[] = [];
  let group: SummaryItem | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') {
      group = { title: headingText(node), line: lineOf(node), children: [] };
      top.push(group);
    } else if (node.type === 'list') {
      (group?.children ?? top).push(...listItems(node, file));
    }
  }
  return top;
}

function listItems(list: List, file: string): SummaryItem[] {
  return list.children.flatMap((item: ListItem) => {
    const paragraph = item.children.find((c) => c.type === 'paragraph');
    const link = paragraph?.children.find((c) => c.type === 'link');
    if (!link || link.type !== 'link') return [];
    const nested = item.children.filter((c): c is List => c.type === 'list').flatMap((l) => listItems(l, file));
    const url = link.url.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) {
      throw new CorpusError(file, lineOf(link), `SUMMARY.md entries must be pages of the book, not "${url}".`);
    }
    return [
      {
        title: headingText(link),
        ...(url ? { path: posix.normalize(decodeURIComponent(url)) } : {}),
        line: lineOf(link),
        children: nested,
      },
    ];
  });
}

/** Each page's book section: the titles of the groups above it, outermost first. */
export function bookSections(items: readonly SummaryItem[], above: string[] = [], into = new Map<string, string[]>()): Map<string, string[]> {
  for (const item of items) {
    if (item.path && !into.has(item.path)) into.set(item.path, above);
    bookSections(item.children, item.path ? above : [...above, item.title], into);
  }
  return into;
}
