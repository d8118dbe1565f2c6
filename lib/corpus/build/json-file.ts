// Build time only: reading one of the JSON files beside the corpus (curated vocabulary,
// glossary, related words), so that text which is not JSON fails the build with the file
// and the line the parser stopped at.

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CorpusError } from './errors.ts';

/** The file's parsed data, its text (for line numbers) and its name relative to `cwd`. */
export function readJson(path: string, cwd: string): { data: unknown; text: string; file: string } {
  const file = relative(cwd, path) || path;
  const text = readFileSync(path, 'utf8');
  try {
    return { data: JSON.parse(text), text, file };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    throw new CorpusError(file, line, `Not valid JSON: ${message}`);
  }
}
