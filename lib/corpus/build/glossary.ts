// Build time only: the German → English glossary beside the corpus (german-glossary.json),
// which lets a German query reach the English answers. Every rule is checked here, so a
// malformed one fails the build with the file and line a person has to fix: its shape,
// its German words (lowercase, one word or a short phrase), and that the corpus uses at
// least one of its English words (a rule that can never match is a mistake, not data).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stemsOf } from '../../search/text.ts';
import type { GlossaryRule, ParsedEntry } from '../types';
import { CorpusError } from './errors.ts';
import { readJson } from './json-file.ts';

export const GLOSSARY_FILE = 'german-glossary.json';

/** A German word or short phrase as the glossary writes it: lowercase letters, umlauts, ß, hyphens. */
const GERMAN_WORD = /^[a-zäöüß0-9]+(?:[- ][a-zäöüß0-9]+){0,2}$/;

/** The line the `i`-th rule of the "words" list starts on (rules are written one a line). */
function lineOfRule(text: string, i: number): number {
  const start = text.indexOf('"words"');
  let at = start < 0 ? 0 : text.indexOf('[', start) + 1;
  for (let k = 0; k <= i && at > 0; k++) {
    const next = text.indexOf('[', at);
    if (next < 0) break;
    // The rule's own bracket: skip the inner lists of earlier rules.
    at = next;
    if (k < i) {
      let depth = 0;
      for (; at < text.length; at++) {
        if (text[at] === '[') depth++;
        else if (text[at] === ']' && --depth === 0) break;
      }
      at++;
    }
  }
  return text.slice(0, Math.max(0, at)).split('\n').length;
}

/** The glossary of corpus folder `dir` ([] when it has none); CorpusError for a malformed one. */
export function loadGlossary(dir: string, cwd: string, entries: readonly ParsedEntry[], keywords: Record<string, string[]>): GlossaryRule[] {
  const path = join(dir, GLOSSARY_FILE);
  if (!existsSync(path)) return [];
  const { data: json, text, file } = readJson(path, cwd);
  const words = (json as { words?: unknown } | null)?.words;
  if (!Array.isArray(words)) throw new CorpusError(file, 1, 'Expected an object with "words": [[["German word", …], ["English word the corpus uses", …]], …].');
  // Every stem the corpus (or a curated keyword) uses: an English word of a rule must be one.
  const used = new Set<string>();
  for (const e of entries) for (const s of stemsOf(`${e.title} ${e.section.join(' ')} ${e.text}`)) used.add(s);
  for (const list of Object.values(keywords)) for (const s of stemsOf(list.join(' '))) used.add(s);
  return words.map((rule: unknown, i): GlossaryRule => {
    const line = lineOfRule(text, i);
    const isList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string');
    if (!Array.isArray(rule) || rule.length !== 2 || !isList(rule[0]) || !isList(rule[1])) {
      throw new CorpusError(file, line, 'A rule is [["German word", …], ["English word the corpus uses", …]], both lists non-empty.');
    }
    const [german, english] = rule as [string[], string[]];
    const bad = german.find((w) => !GERMAN_WORD.test(w));
    if (bad !== undefined) throw new CorpusError(file, line, `"${bad}" is not a German word as the glossary writes them (lowercase, at most three words).`);
    if (!english.some((w) => { const stems = stemsOf(w); return stems.length > 0 && stems.every((s) => used.has(s)); })) {
      throw new CorpusError(file, line, `None of ${english.map((w) => `"${w}"`).join(', ')} is a word the corpus uses: the rule could never match.`);
    }
    return [german, english];
  });
}
