// Build time only: a Vite plugin that exposes the parsed corpus as `virtual:ems-corpus`,
// its catalogue (every entry without its answer) as `virtual:ems-corpus-catalogue`, the
// search engine's ranking of each page's topics as `virtual:ems-topic-rankings`
// (lib/suggest/topic-ranking.ts), and each page's first suggestions as
// `virtual:ems-first-suggestions` (lib/suggest/first-suggestions.ts).
// It runs on every `wxt build`, `wxt dev` and vitest run, so there is no generated file
// for anyone to forget to regenerate; in dev, editing a corpus file rebuilds.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { createSearchEngine } from '../../search/engine.ts';
import { listFirstSuggestions } from '../../suggest/first-suggestions.ts';
import { rankAllTopics, type TopicRankings } from '../../suggest/topic-ranking.ts';
import type { BundledCorpus, CatalogueEntry } from '../types';
import { CORPUS_DIR, listCorpusFiles, loadCorpus } from './load-corpus.ts';
import { measureImages } from './media.ts';

const PUBLIC_ID = 'virtual:ems-corpus';
const RESOLVED_ID = `\0${PUBLIC_ID}`;
/** What the panel page loads first: enough to list the page's suggestions (lib/corpus/catalogue.ts). */
const CATALOGUE_ID = 'virtual:ems-corpus-catalogue';
const RESOLVED_CATALOGUE_ID = `\0${CATALOGUE_ID}`;
/** The panel page's suggestions without an engine (lib/suggest/topic-ranking.ts). */
const RANKINGS_ID = 'virtual:ems-topic-rankings';
const RESOLVED_RANKINGS_ID = `\0${RANKINGS_ID}`;
/** Each page's first suggestions, for the panel page's first script (lib/suggest/first-suggestions.ts). */
const FIRST_ID = 'virtual:ems-first-suggestions';
const RESOLVED_FIRST_ID = `\0${FIRST_ID}`;

/**
 * Warnings already printed by this process: WXT runs several Vite builds per `wxt build`
 * (the content script is built on its own), each with its own copy of this plugin, and a
 * corpus warning (a missing image, say) is news once.
 */
const printed = new Set<string>();

/** Every file under `dir` with its size and modification time: changes when any of them does. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name))
    .sort()
    .map((path) => {
      const stat = statSync(path, { bigint: true });
      return `${path}:${stat.size}:${stat.mtimeNs}`;
    })
    .join('\n');
}

/**
 * The corpus as last read, and the rankings worked out from it: a Chrome build asks for the
 * virtual modules five times, and reading the corpus each time (with the engine built twice
 * for the rankings) made it 1–2 s slower. It is read again only when a file under its folder
 * changed (an edit in dev) or another folder is asked for.
 */
let lastRead: { dir: string; fingerprint: string; corpus: ReturnType<typeof loadCorpus>; rankings?: TopicRankings } | undefined;

function readCorpus(dir: string): NonNullable<typeof lastRead> {
  const current = fingerprint(dir);
  if (lastRead?.dir !== dir || lastRead.fingerprint !== current) {
    lastRead = { dir, fingerprint: current, corpus: loadCorpus(dir) }; // throws `file:line: reason`, which fails the build
  }
  return lastRead;
}

export function emsCorpus(dir: string = CORPUS_DIR): Plugin {
  return {
    name: 'ems-corpus',
    resolveId(id) {
      if (id === PUBLIC_ID) return RESOLVED_ID;
      if (id === RANKINGS_ID) return RESOLVED_RANKINGS_ID;
      if (id === FIRST_ID) return RESOLVED_FIRST_ID;
      return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : undefined;
    },
    async load(id) {
      if (![RESOLVED_ID, RESOLVED_CATALOGUE_ID, RESOLVED_RANKINGS_ID, RESOLVED_FIRST_ID].includes(id)) return undefined;
      for (const file of listCorpusFiles(dir)) this.addWatchFile(file);
      // (the .search.json files beside them are read by loadCorpus too)
      const read = readCorpus(dir);
      const { corpus } = read;
      for (const warning of corpus.warnings) {
        if (printed.has(warning)) continue;
        printed.add(warning);
        this.warn(warning);
      }
      if (id === RESOLVED_RANKINGS_ID || id === RESOLVED_FIRST_ID) {
        // The engine the extension builds, over the same corpus: its answers to each page's topics.
        read.rankings ??= rankAllTopics(createSearchEngine(corpus.entries, corpus.search), corpus.entries);
        const { rankings } = read;
        const data = id === RESOLVED_RANKINGS_ID ? rankings : listFirstSuggestions(corpus.entries, rankings);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      }
      if (id === RESOLVED_CATALOGUE_ID) {
        const catalogue: CatalogueEntry[] = corpus.entries.map(({ id, kind, title, section, source, page, depth, lang }) => ({
          id,
          kind,
          title,
          section,
          source,
          page,
          depth,
          ...(lang ? { lang } : {}),
        }));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogue))});`;
      }
      await measureImages(corpus.media);
      const bundled: BundledCorpus = {
        entries: corpus.entries.map(({ text: _text, links: _links, origin: _origin, anchors: _anchors, within: _within, corpusPath: _path, ...entry }) => entry),
        index: corpus.index,
        search: corpus.search,
      };
      // JSON.parse of a string literal is faster to start than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundled))});`;
    },
  };
}
