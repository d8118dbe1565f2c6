// The shape of the FAQ as the extension carries it: parsed at build time from markdown
// (lib/corpus/build/), shipped as plain data, rendered by components/AnswerView.tsx.

/** Inline content of an answer: the subset of mdast the build keeps. */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'inlineCode'; value: string }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'break' }
  | LinkNode;

/**
 * A link whose target the build has already classified and checked, so the UI never
 * has to decide whether a URL is safe: `entry` links stay inside the extension,
 * `external` ones are http(s)/mailto, `upstream` ones were relative to the EMS docs
 * repository and now point at the public file there.
 */
export interface LinkNode {
  type: 'link';
  kind: LinkKind;
  /** For `entry`: the target entry's id. Otherwise an absolute http(s) or mailto URL. */
  href: string;
  children: InlineNode[];
}

export type LinkKind = 'entry' | 'external' | 'upstream';

/** Block content of an answer. */
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; start: number; children: ListItemNode[] }
  | { type: 'code'; lang: string; value: string }
  | { type: 'blockquote'; children: BlockNode[] };

export interface ListItemNode {
  type: 'listItem';
  children: BlockNode[];
}

export interface FaqLink {
  kind: LinkKind;
  href: string;
  /** The link's visible text. */
  text: string;
}

/** One question and its answer, as every surface reads it. */
export interface FaqEntry {
  /** GitHub heading anchor of the question: the FAQ's own `#…` links resolve to it. */
  id: string;
  /** The question, as its heading reads. */
  title: string;
  /** Headings above the question, outermost first (the document's title excluded). */
  section: string[];
  /** The answer. */
  body: BlockNode[];
  /** The answer as plain text (paragraphs separated by blank lines): for search and snippets. */
  text: string;
}

/** What the build knows of an entry besides: for its checks, messages and tests. */
export interface ParsedEntry extends FaqEntry {
  links: FaqLink[];
  /** Where the question stands: corpus-relative file and line. */
  source: { file: string; line: number };
}

export interface Corpus {
  entries: ParsedEntry[];
}

/**
 * What the bundles carry: the answer AST only. Its plain text is derived when the bundle
 * loads, and links and source lines stay at build time, to keep the content script small.
 */
export type BundledEntry = Pick<FaqEntry, 'id' | 'title' | 'section' | 'body'>;

export interface BundledCorpus {
  entries: BundledEntry[];
}
