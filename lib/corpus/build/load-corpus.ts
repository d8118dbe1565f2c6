// Build time only (Node): reads the corpus folder. Markdown at its root is FAQ (an EMS
// admin can add a page of their own by dropping a `.md` file there); a folder holding
// mdBook's SUMMARY.md is a book of guides (the EMS documentation, `ems-docs/`).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SearchData } from '../types';
import { buildCorpus, type BuiltCorpus } from './build-corpus.ts';
import type { CorpusLayout } from './resolve.ts';
import { loadSearchData } from './search-data.ts';

/** The folder the extension's corpus is read from. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../assets/corpus');

/**
 * Where an FAQ file stood upstream (see CorpusLayout.upstreamPlaces): the EMS FAQ is a
 * newer copy of the documentation's `src/Frequently-Asked-Questions.md`.
 */
const UPSTREAM_PLACES: Readonly<Record<string, string>> = {
  'ems-faq.md': 'ems-docs/Frequently-Asked-Questions.md',
};

/** The public repository folder each book was taken from (see its SOURCE.txt). */
const UPSTREAM_BASES: Readonly<Record<string, string>> = {
  'ems-docs': 'https://github.com/element-hq/ems-docs/blob/HEAD/src/',
};

/** Every `.md` file below `dir`, in a stable order. */
export function listCorpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.toLowerCase().endsWith('.md'))
    .map((f) => join(f.parentPath, f.name))
    .sort();
}

/**
 * Reads and builds the corpus. File names in error messages are relative to `cwd`, so a
 * failing build says e.g. `assets/corpus/ems-faq.md:42: …`.
 */
export function loadCorpus(dir: string = CORPUS_DIR, cwd: string = process.cwd()): BuiltCorpus & { search: SearchData } {
  const paths = listCorpusFiles(dir);
  if (paths.length === 0) {
    throw new Error(`${relative(cwd, dir) || dir}: no markdown (.md) files found.`);
  }
  const files = paths.map((path) => ({
    path: relative(dir, path).split(sep).join('/'),
    file: relative(cwd, path) || path,
    markdown: readFileSync(path, 'utf8'),
  }));
  const books = files
    .filter((f) => f.path.endsWith('/SUMMARY.md'))
    .map((f) => f.path.slice(0, -'/SUMMARY.md'.length));
  const layout: Omit<CorpusLayout, 'upstreamBases'> = {
    root: dir,
    books,
    upstreamPlaces: Object.fromEntries(
      Object.entries(UPSTREAM_PLACES).filter(([faq, place]) => existsSync(join(dir, faq)) && books.some((b) => place.startsWith(`${b}/`))),
    ),
  };
  const corpus = buildCorpus(files, { ...layout, upstreamBases: UPSTREAM_BASES });
  return { ...corpus, search: loadSearchData(dir, cwd, corpus.entries) };
}
