// The shape of the corpus as the extension carries it: the EMS FAQ and the EMS guides,
// parsed at build time from markdown (lib/corpus/build/), shipped as plain data, rendered
// by components/AnswerView.tsx.

/** Inline content of an answer: the subset of mdast the build keeps. */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'inlineCode'; value: string }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'delete'; children: InlineNode[] }
  | { type: 'break' }
  | LinkNode;

/**
 * A link whose target the build has already resolved and checked, so the UI never has to
 * decide whether a URL is safe: `entry` links stay inside the extension (to an FAQ answer
 * or a guide section); `external` ones are https: or mailto: URLs.
 */
export interface LinkNode {
  type: 'link';
  kind: LinkKind;
  /** For `entry`: the target entry's id. Otherwise an absolute https: or mailto: URL. */
  href: string;
  children: InlineNode[];
}

export type LinkKind = 'entry' | 'external';

/**
 * A screenshot from the guides, optimised at build time into the extension's own files
 * (`src` is a path inside the extension). `src` is null when the file is missing upstream:
 * the alt text is shown instead of a broken picture.
 */
export interface ImageNode {
  type: 'image';
  src: string | null;
  alt: string;
  width: number;
  height: number;
}

/** A short screen recording the guides embed (bundled, played only when asked). */
export interface VideoNode {
  type: 'video';
  src: string;
  title: string;
}

/** Block content of an answer. */
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; start: number; children: ListItemNode[] }
  | { type: 'code'; lang: string; value: string }
  | { type: 'blockquote'; children: BlockNode[] }
  | { type: 'table'; header: InlineNode[][]; rows: InlineNode[][][] }
  | ImageNode
  | VideoNode;

export interface ListItemNode {
  type: 'listItem';
  children: BlockNode[];
}

/**
 * What an entry is: an FAQ answer, a guide page (its introduction), or one section of a
 * guide page. Surfaces label them ("FAQ", "Guide") and the answer tab renders a guide
 * page whole.
 */
export type EntryKind = 'faq' | 'guide' | 'section';

/** One findable piece of help, as every surface reads it. */
export interface FaqEntry {
  /**
   * Stable, readable and unique. FAQ answers: the GitHub heading anchor of the question,
   * so the FAQ's own `#…` links resolve to it. Guides: the page's path as a slug
   * (`integrations-telegram-bridge`), and for a section `<page id>--<heading anchor>`.
   */
  id: string;
  kind: EntryKind;
  /** The question or heading, as it reads. */
  title: string;
  /**
   * The breadcrumb above it, outermost first. FAQ: the headings above the question (the
   * document's title excluded). Guide page: its book section from SUMMARY.md
   * ("Integrations › EMS bridges"). Guide section: the book section, the page title and
   * the headings above it.
   */
  section: string[];
  /** The answer. Empty for a guide page that opens directly with a section. */
  body: BlockNode[];
  /** The answer as plain text (paragraphs separated by blank lines): for search and snippets. */
  text: string;
  /** Where it comes from: the file relative to its corpus folder, and its heading anchor. */
  source: { file: string; anchor: string | null };
  /** Guide pages and sections: the id of the page entry they belong to (its own for a page). */
  page: string | null;
  /** Heading depth inside a guide page (2 for `##` …), for the table of contents; 1 for a page. */
  depth: number;
  /** Language of the text when it is not English (BCP 47, e.g. `de`). */
  lang?: string;
}

export interface FaqLink {
  kind: LinkKind;
  href: string;
  /** The link's visible text. */
  text: string;
}

/** What the build knows of an entry besides: for its checks, messages and tests. */
export interface ParsedEntry extends FaqEntry {
  links: FaqLink[];
  /** Where the heading stands: file (relative to the working directory) and line. */
  origin: { file: string; line: number };
  /** The file's path relative to the corpus root (`ems-docs/Add-Users.md`): what links resolve to. */
  corpusPath: string;
  /** Other anchors that lead here: headings with no content of their own just above it. */
  anchors?: string[];
  /**
   * A guide section's place in its page: the anchors of the headings it sits under, outermost
   * first, empty ones included (`### Export` under `## Element iOS`: `["element-ios"]`). What
   * `eval:search` reads to count a subsection as part of its section.
   */
  within?: string[];
}

/** The browsable index of the whole corpus: the FAQ's sections and the book's outline. */
export interface IndexNode {
  title: string;
  /** The entry this node opens, if any (a book group such as "EMS bridges" has none). */
  entry?: string;
  children: IndexNode[];
}

export interface Corpus {
  entries: ParsedEntry[];
  index: IndexNode[];
}

/**
 * What the bundles carry: the answer AST only. Its plain text is derived when the bundle
 * loads; links and source lines stay at build time.
 */
export type BundledEntry = Omit<FaqEntry, 'text'>;

/**
 * An entry without its answer: what the panel page loads first, to list the page's
 * suggestions before the answers and the search engine (lib/corpus/catalogue.ts).
 */
export type CatalogueEntry = Omit<FaqEntry, 'body' | 'text'>;

export interface BundledCorpus {
  entries: BundledEntry[];
  index: IndexNode[];
  search: SearchData;
}

/**
 * Optional curated search vocabulary, kept as data next to the markdown
 * (`<file>.search.json`, `search-terms.json`) and checked at build time. Search works
 * without any of it.
 */
export interface SearchData {
  /** Entry id → extra words people type for it that its own text does not use. */
  keywords: Record<string, string[]>;
  /** [what people type, words the corpus uses]. */
  synonyms: Array<[string[], string[]]>;
  /** Phrases about topics the corpus does not cover (the build drops any the corpus uses). */
  offTopic: string[];
  /**
   * What a Matrix user ID ("@alice:example.com") and a host name ("matrix.example.com") in
   * a query are about: words the corpus uses, each with a weight ≤ 1 (how surely it is
   * meant). Their own words are the user's names, which the corpus cannot know. With an
   * empty list, such a query gets no term for them (their words still weigh little).
   * `subdomainOrDomain`: what a query that weighs a host name against the domain it sits
   * under ("chat.example.com or example.com", in user IDs too; "or" a few words apart, no
   * "and") is about: the choice between them.
   */
  placeholders: { userId: WeightedWord[]; hostName: WeightedWord[]; subdomainOrDomain: WeightedWord[] };
  /**
   * German → English: [German words, English words the corpus uses] (german-glossary.json
   * beside the corpus). Absent or empty: German queries match the German page and the
   * words English shares with German only.
   */
  glossary?: GlossaryRule[];
  /**
   * General German → English (german-dictionary.json beside the corpus): [German words,
   * their English translations, the most common sense first], only translations search can
   * read. A German word neither the glossary nor the German page knows is read as its English
   * translation. Not curated to the corpus: `--no-curated` keeps it.
   */
  dictionary?: GlossaryRule[];
  /**
   * German guide page id → the id of the English guide on the same topic (its sidecar's
   * `englishCounterpart`): a German query ranks the German guide beside it.
   */
  counterparts?: Record<string, string>;
  /**
   * General English → corpus words (related-words.json beside the corpus, generated by
   * scripts/make-related-words.ts from WordNet and word vectors): an English stem → its
   * related corpus stems as "stem:similarity[w] …". Not curated: `--no-curated` keeps it.
   */
  related?: Record<string, string>;
}

/** [German words or short phrases, English words or phrases the corpus uses]. */
export type GlossaryRule = [german: string[], english: string[]];

/** A word of the corpus (one lowercase word, as search stems it) and its weight, 0 < weight ≤ 1. */
export type WeightedWord = [word: string, weight: number];
