// Build time only: every corpus file → one checked corpus. FAQ files (markdown at the
// corpus root) give questions; books (a folder with mdBook's SUMMARY.md, such as the EMS
// documentation) give guide pages and their sections. Then what only the whole corpus can
// tell is checked: unique ids, and links that lead somewhere.

import { posix } from 'node:path';
import type { Corpus, IndexNode, ParsedEntry } from '../types';
import { CorpusError } from './errors.ts';
import { parseFaqFile, type CorpusFile } from './parse-faq.ts';
import { parseGuidePage } from './parse-guide.ts';
import { CorpusLinks, type CorpusLayout, type MediaFile } from './resolve.ts';
import { bookSections, parseSummary, type SummaryItem } from './summary.ts';

export interface BuiltCorpus extends Corpus {
  /** Screenshots and recordings to bundle (media.ts optimises and copies them). */
  media: MediaFile[];
  /** Problems that do not stop the build (an image missing upstream), as `file:line: …`. */
  warnings: string[];
}

export function buildCorpus(files: readonly CorpusFile[], layout: CorpusLayout): BuiltCorpus {
  const links = new CorpusLinks(layout);
  const summaries = new Map<string, SummaryItem[]>();
  const sectionsOf = new Map<string, Map<string, string[]>>();
  for (const book of layout.books) {
    const summary = files.find((f) => f.path === `${book}/SUMMARY.md`);
    const items = summary ? parseSummary(summary.markdown, summary.file) : [];
    summaries.set(book, items);
    sectionsOf.set(book, bookSections(items));
  }

  const entries: ParsedEntry[] = [];
  /** Guide page entries per book, for the index. */
  const pagesOf = new Map<string, ParsedEntry[]>();
  for (const file of files) {
    const book = layout.books.find((b) => file.path.startsWith(`${b}/`));
    if (book === undefined) {
      entries.push(...parseFaqFile(file, links));
      continue;
    }
    const pathInBook = file.path.slice(book.length + 1);
    if (pathInBook === 'SUMMARY.md') continue;
    const place = {
      pathInBook,
      bookSection: sectionsOf.get(book)?.get(pathInBook) ?? [],
      summaryTitle: findItem(summaries.get(book) ?? [], pathInBook)?.title,
    };
    const parsed = parseGuidePage(file, place, links);
    entries.push(...parsed);
    pagesOf.set(book, [...(pagesOf.get(book) ?? []), parsed[0]!]);
  }

  const seen = new Map<string, ParsedEntry>();
  for (const entry of entries) {
    const earlier = seen.get(entry.id);
    if (earlier) {
      throw new CorpusError(
        entry.origin.file,
        entry.origin.line,
        `"${entry.title}" has the id "${entry.id}", which ${earlier.origin.file}:${earlier.origin.line} already uses. Reword one of the two headings.`,
      );
    }
    seen.set(entry.id, entry);
  }
  links.resolve(entries);

  return {
    entries,
    index: buildIndex(entries, layout, summaries, pagesOf),
    media: [...links.media.values()],
    warnings: links.warnings,
  };
}

function findItem(items: readonly SummaryItem[], path: string): SummaryItem | undefined {
  for (const item of items) {
    if (item.path === path) return item;
    const found = findItem(item.children, path);
    if (found) return found;
  }
  return undefined;
}

/**
 * The answer index: each book in SUMMARY.md's order (the FAQ where the book lists it),
 * pages it does not list under "More guides", and FAQ files the book does not name first.
 */
function buildIndex(
  entries: readonly ParsedEntry[],
  layout: CorpusLayout,
  summaries: Map<string, SummaryItem[]>,
  pagesOf: Map<string, ParsedEntry[]>,
): IndexNode[] {
  const faqFiles = [...new Set(entries.filter((e) => e.kind === 'faq').map((e) => e.source.file))];
  const faqNode = (file: string, title: string): IndexNode => ({ title, children: faqTree(entries.filter((e) => e.source.file === file)) });
  const placedFaqs = new Set<string>();
  const index: IndexNode[] = [];

  for (const book of layout.books) {
    const pages = new Map((pagesOf.get(book) ?? []).map((e) => [e.source.file, e]));
    const listed = new Set<string>();
    const walk = (items: readonly SummaryItem[]): IndexNode[] =>
      items.flatMap((item): IndexNode[] => {
        const children = walk(item.children);
        if (!item.path) return children.length > 0 ? [{ title: item.title, children }] : [];
        const faq = Object.entries(layout.upstreamPlaces).find(([, place]) => place === posix.join(book, item.path!))?.[0];
        if (faq && faqFiles.includes(faq)) {
          placedFaqs.add(faq);
          return [faqNode(faq, item.title)];
        }
        const page = pages.get(item.path);
        if (!page) return children; // listed upstream but not in the corpus
        listed.add(item.path);
        return [{ title: item.title, entry: page.id, children }];
      });
    index.push(...walk(summaries.get(book) ?? []));
    const unlisted = [...pages.values()].filter((p) => !listed.has(p.source.file));
    if (unlisted.length > 0) index.push({ title: 'More guides', children: unlisted.map((p) => ({ title: p.title, entry: p.id, children: [] })) });
  }
  const unplaced = faqFiles.filter((f) => !placedFaqs.has(f)).map((f) => faqNode(f, 'Frequently Asked Questions'));
  return [...unplaced, ...index];
}

/** An FAQ file's questions, grouped by their section path. */
function faqTree(entries: readonly ParsedEntry[]): IndexNode[] {
  const roots: IndexNode[] = [];
  for (const entry of entries) {
    let level = roots;
    for (const title of entry.section) {
      let node = level.find((n) => n.title === title && n.entry === undefined);
      if (!node) {
        node = { title, children: [] };
        level.push(node);
      }
      level = node.children;
    }
    level.push({ title: entry.title, entry: entry.id, children: [] });
  }
  return roots;
}
