// Build time only: the related-words table beside the corpus (related-words.json), which
// scripts/make-related-words.ts generates from WordNet and general English word vectors.
// It is checked here like the curated files, so a damaged one fails the build with the
// file and line to fix rather than shipping something search cannot read.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from './errors.ts';
import { readJson } from './json-file.ts';

export const RELATED_WORDS_FILE = 'related-words.json';

/** The file: English stem → its related corpus stems, as `stem:similarity[w]` separated by spaces. */
export interface RelatedWordsFile {
  about: string;
  words: Record<string, string>;
}

/** A stem as search computes it: lowercase ASCII letters. */
const STEM = /^[a-z]+$/;
/** One target: a corpus stem, its similarity ×100 (two digits), "w" when WordNet relates the two. */
const TARGET = /^[a-z]+:\d\dw?$/;

/** One key's value as the file writes it ("remov:71w delet:64"). */
export function formatTargets(targets: ReadonlyArray<{ stem: string; similarity: number; wordnet: boolean }>): string {
  return targets
    .map((t) => `${t.stem}:${String(Math.min(99, Math.floor(t.similarity * 100))).padStart(2, '0')}${t.wordnet ? 'w' : ''}`)
    .join(' ');
}

/** The line the key `key` stands on, for messages. */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** The table of corpus folder `dir` ({} when it has none); CorpusError for a malformed one. */
export function loadRelatedWords(dir: string, cwd: string): Record<string, string> {
  const path = join(dir, RELATED_WORDS_FILE);
  if (!existsSync(path)) return {};
  const { data: json, text, file } = readJson(path, cwd);
  const words = (json as { words?: unknown } | null)?.words;
  if (typeof words !== 'object' || words === null || Array.isArray(words)) {
    throw new CorpusError(file, 1, 'Expected an object with "words": { "english stem": "corpus-stem:similarity …" } (run `npm run make:related-words`).');
  }
  const table: Record<string, string> = {};
  for (const [key, value] of Object.entries(words)) {
    if (!STEM.test(key)) throw new CorpusError(file, lineOfKey(text, key), `"${key}" is not a stem (lowercase letters a–z).`);
    if (typeof value !== 'string' || value === '' || !value.split(' ').every((t) => TARGET.test(t))) {
      throw new CorpusError(file, lineOfKey(text, key), `The value of "${key}" must read "stem:NN stem:NNw …" (a corpus stem, its similarity ×100, "w" when WordNet relates them).`);
    }
    table[key] = value;
  }
  return table;
}
