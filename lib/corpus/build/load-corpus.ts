// Build time only (Node): reads every markdown file under the corpus folder, so an EMS
// admin can add an FAQ page of their own by dropping a `.md` file next to ours.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Corpus } from '../types';
import { buildCorpus } from './parse-faq.ts';

/** The folder the extension's FAQ is read from. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../assets/corpus');

/** Every `.md` file below `dir`, in a stable order (the order entries appear in the index). */
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
export function loadCorpus(dir: string = CORPUS_DIR, cwd: string = process.cwd()): Corpus {
  const files = listCorpusFiles(dir).map((path) => ({
    file: relative(cwd, path) || path,
    markdown: readFileSync(path, 'utf8'),
  }));
  if (files.length === 0) {
    throw new Error(`${relative(cwd, dir) || dir}: no FAQ markdown (.md) files found.`);
  }
  return buildCorpus(files);
}
