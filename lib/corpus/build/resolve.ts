// Build time only: links and media across the whole corpus. While files are parsed, every
// link is resolved (links.ts) and every internal one remembered; once all entries exist,
// each internal link is pointed at the entry it means, or the build fails naming the line.
// Screenshots and recordings are resolved to files on disk and given their place inside
// the extension (`corpus-media/…`), which lib/corpus/build/media.ts fills at build time.

import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { Definition } from 'mdast';
import { inlinesToText } from '../plain-text.ts';
import type { FaqLink, ImageNode, InlineNode, LinkNode, ParsedEntry, VideoNode } from '../types';
import { CorpusError } from './errors.ts';
import { resolveLink, safeDecode } from './links.ts';
import type { ConvertContext } from './markdown.ts';
import type { CorpusFile } from './parse-faq.ts';

/** A screenshot or recording the bundles refer to: where it is read, where it goes. */
export interface MediaFile {
  /** Absolute path of the source file. */
  from: string;
  /** Path inside the extension, without a leading slash (`corpus-media/…`). */
  to: string;
  kind: 'image' | 'video';
  /** The image nodes that show it, whose size media.ts fills in. */
  nodes: ImageNode[];
}

/** The layout of the corpus folder, as the links need it. */
export interface CorpusLayout {
  /** Absolute path of the corpus root. */
  root: string;
  /** Book folders (with a SUMMARY.md) relative to the root, e.g. `ems-docs`. */
  books: string[];
  /**
   * Where an FAQ file at the root stood upstream, inside a book: its relative links resolve
   * from there, and links to that place reach it. The EMS FAQ was
   * `src/Frequently-Asked-Questions.md` next to the guides it links to.
   */
  upstreamPlaces: Readonly<Record<string, string>>;
  /**
   * Per book, the public repository folder it was taken from. A link to a file the book
   * references but the corpus does not carry (a PGP key, say) points there instead.
   */
  upstreamBases: Readonly<Record<string, string>>;
}

interface PendingLink {
  node: LinkNode;
  /** The entry's record of the same link, for checks and tests. */
  record: FaqLink;
  file: string;
  anchor: string | null;
  /** The linking file, for links to an anchor in the same page. */
  from: string;
  origin: { file: string; line: number };
}

export interface FileLinks {
  context(source: CorpusFile, definitions: Map<string, Definition>, fallbackAlt: string): ConvertContext & {
    collected: FaqLink[];
  };
}

/** Media names inside the extension: readable, and safe in a URL. */
function mediaName(path: string, kind: 'image' | 'video'): string {
  const base = path.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `corpus-media/${base}.${kind === 'image' ? 'webp' : 'webm'}`;
}

export class CorpusLinks implements FileLinks {
  private readonly pending: PendingLink[] = [];
  readonly media = new Map<string, MediaFile>();
  readonly warnings: string[] = [];
  private readonly aliases: Map<string, string>;

  constructor(private readonly layout: CorpusLayout) {
    this.aliases = new Map(Object.entries(layout.upstreamPlaces).map(([faq, place]) => [place, faq]));
  }

  /** The folder a file's relative links start from. */
  private placeOf(path: string): string {
    return this.layout.upstreamPlaces[path] ?? path;
  }

  private bookOf(path: string): string | undefined {
    return this.layout.books.find((book) => path.startsWith(`${book}/`));
  }

  context(source: CorpusFile, definitions: Map<string, Definition>, fallbackAlt: string) {
    const collected: FaqLink[] = [];
    const place = this.placeOf(source.path);
    const origin = (line: number) => ({ file: source.file, line });

    const link = (url: string, children: InlineNode[], line: number): InlineNode => {
      const resolved = resolveLink(url, place, origin(line));
      const text = inlinesToText(children);
      if (resolved.kind === 'text') return children.length === 1 ? children[0]! : { type: 'emphasis', children };
      if (resolved.kind === 'external') {
        collected.push({ kind: 'external', href: resolved.href, text });
        return { type: 'link', kind: 'external', href: resolved.href, children };
      }
      if (!/\.md$/i.test(resolved.file)) {
        const href = this.upstreamUrl(resolved.file, resolved.anchor, origin(line));
        collected.push({ kind: 'external', href, text });
        return { type: 'link', kind: 'external', href, children };
      }
      const node: LinkNode = { type: 'link', kind: 'entry', href: '', children };
      const record: FaqLink = { kind: 'entry', href: '', text };
      const file = this.aliases.get(resolved.file) ?? resolved.file;
      this.pending.push({
        node,
        record,
        file: file === place ? source.path : file,
        anchor: resolved.anchor,
        from: source.path,
        origin: origin(line),
      });
      collected.push(record);
      return node;
    };

    const mediaPath = (url: string, line: number): string => {
      // `/images/…` is relative to the book's root (mdBook's `src/`), anything else to the page.
      const decoded = safeDecode(url.trim());
      const book = this.bookOf(place);
      const path = decoded.startsWith('/') && book ? posix.join(book, decoded) : posix.join(posix.dirname(place), decoded);
      if (path.startsWith('..') || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) {
        throw new CorpusError(source.file, line, `The image "${url}" is not a file in the corpus; screenshots must be bundled.`);
      }
      return path;
    };

    const register = (path: string, kind: 'image' | 'video'): MediaFile => {
      let media = this.media.get(path);
      if (!media) {
        media = { from: posix.join(this.layout.root, path), to: mediaName(path, kind), kind, nodes: [] };
        this.media.set(path, media);
      }
      return media;
    };

    const image = (url: string, alt: string, line: number): ImageNode => {
      const path = mediaPath(url, line);
      // Most guide screenshots say only "temp": name what they show instead.
      const text = alt.trim() && alt.trim().toLowerCase() !== 'temp' ? alt.trim() : fallbackAlt;
      const node: ImageNode = { type: 'image', src: null, alt: text, width: 0, height: 0 };
      if (!existsSync(posix.join(this.layout.root, path))) {
        this.warnings.push(`${source.file}:${line}: the image "${url}" does not exist; its alt text is shown instead.`);
        return node;
      }
      const media = register(path, 'image');
      node.src = media.to;
      media.nodes.push(node);
      return node;
    };

    const video = (url: string, title: string, line: number): VideoNode => {
      const path = mediaPath(url, line);
      if (!existsSync(posix.join(this.layout.root, path))) {
        throw new CorpusError(source.file, line, `The recording "${url}" does not exist.`);
      }
      return { type: 'video', src: register(path, 'video').to, title };
    };

    return { file: source.file, definitions, link, image, video, collected };
  }

  /** The public address of a book's file that the corpus does not carry. */
  private upstreamUrl(file: string, anchor: string | null, origin: { file: string; line: number }): string {
    const book = this.bookOf(file);
    const base = book === undefined ? undefined : this.layout.upstreamBases[book];
    if (book === undefined || base === undefined) {
      throw new CorpusError(origin.file, origin.line, `The link to "${file}" points to no file in the corpus.`);
    }
    const url = new URL(file.slice(book.length + 1).split('/').map(encodeURIComponent).join('/'), base);
    if (anchor) url.hash = anchor;
    // Checked on the result, as every link is: it must still be inside the repository.
    if (!url.href.startsWith(base)) {
      throw new CorpusError(origin.file, origin.line, `The link to "${file}" leaves the documentation's repository.`);
    }
    return url.href;
  }

  /** Points every internal link at its entry; fails on a link to no page or no anchor. */
  resolve(entries: readonly ParsedEntry[]): void {
    const faqIds = new Set(entries.filter((e) => e.kind === 'faq').map((e) => e.id));
    const byFile = new Map<string, ParsedEntry[]>();
    for (const entry of entries) {
      const list = byFile.get(entry.corpusPath) ?? [];
      list.push(entry);
      byFile.set(entry.corpusPath, list);
    }
    for (const link of this.pending) {
      const target = this.target(link, byFile, faqIds);
      link.node.href = target;
      link.record.href = target;
    }
  }

  private target(link: PendingLink, byFile: Map<string, ParsedEntry[]>, faqIds: Set<string>): string {
    const fail = (reason: string): never => {
      throw new CorpusError(link.origin.file, link.origin.line, reason);
    };
    const inFile = byFile.get(link.file);
    const isFaqFile = inFile?.[0]?.kind === 'faq';
    if (link.anchor !== null && (isFaqFile || (link.file === link.from && byFile.get(link.from)?.[0]?.kind === 'faq'))) {
      // FAQ anchors are question ids, and reach across FAQ files.
      if (faqIds.has(link.anchor)) return link.anchor;
      return fail(`The link "#${link.anchor}" points to no question in the FAQ.`);
    }
    if (!inFile) return fail(`The link to "${link.file}" points to no page in the corpus.`);
    if (link.anchor === null || link.anchor === '') return inFile[0]!.id;
    const found = inFile.find((e) => e.source.anchor === link.anchor) ?? inFile.find((e) => e.anchors?.includes(link.anchor!));
    if (!found) return fail(`The link "${link.file}#${link.anchor}" points to no section of that page.`);
    return found.id;
  }
}
