// Build time only: the German → English glossary beside the corpus (german-glossary.json),
// which lets a German query reach the English answers, and the general German → English
// dictionary (german-dictionary.json), which reads a German word the glossary does not know
// as the English word it translates to. Every rule is checked here, so a malformed one fails
// the build with the file and line a person has to fix: its shape, its German words
// (lowercase, one word or a short phrase), and, for the glossary, that the corpus uses at
// least one of its English words (a rule that can never match is a mistake, not data).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stemsOf } from '../../search/text.ts';
import type { GlossaryRule, ParsedEntry } from '../types';
import { CorpusError } from './errors.ts';
import { readJson } from './json-file.ts';

export const GLOSSARY_FILE = 'german-glossary.json';
export const DICTIONARY_FILE = 'german-dictionary.json';

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

/**
 * The rules of a German → English file at `path`, each checked for its shape and German
 * words, and by `checkEnglish` (what is wrong with its English words, or undefined).
 */
function readRules(path: string, cwd: string, checkEnglish: (english: string[]) => string | undefined): GlossaryRule[] {
  const { data: json, text, file } = readJson(path, cwd);
  const words = (json as { words?: unknown } | null)?.words;
  if (!Array.isArray(words)) throw new CorpusError(file, 1, 'Expected an object with "words": [[["German word", …], ["English word", …]], …].');
  return words.map((rule: unknown, i): GlossaryRule => {
    // The line is found only for a rule that fails: finding it reads the file from its start.
    const fail = (reason: string) => new CorpusError(file, lineOfRule(text, i), reason);
    const isList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string');
    if (!Array.isArray(rule) || rule.length !== 2 || !isList(rule[0]) || !isList(rule[1])) {
      throw fail('A rule is [["German word", …], ["English word", …]], both lists non-empty.');
    }
    const [german, english] = rule as [string[], string[]];
    const bad = german.find((w) => !GERMAN_WORD.test(w));
    if (bad !== undefined) throw fail(`"${bad}" is not a German word as the glossary writes them (lowercase, at most three words).`);
    const wrong = checkEnglish(english);
    if (wrong !== undefined) throw fail(wrong);
    return [german, english];
  });
}

/** The glossary of corpus folder `dir` ([] when it has none); CorpusError for a malformed one. */
export function loadGlossary(dir: string, cwd: string, entries: readonly ParsedEntry[], keywords: Record<string, string[]>): GlossaryRule[] {
  const path = join(dir, GLOSSARY_FILE);
  if (!existsSync(path)) return [];
  // Every stem the corpus (or a curated keyword) uses: an English word of a rule must be one.
  const used = new Set<string>();
  for (const e of entries) for (const s of stemsOf(`${e.title} ${e.section.join(' ')} ${e.text}`)) used.add(s);
  for (const list of Object.values(keywords)) for (const s of stemsOf(list.join(' '))) used.add(s);
  return readRules(path, cwd, (english) => {
    const usable = english.some((w) => {
      const stems = stemsOf(w);
      return stems.length > 0 && stems.every((s) => used.has(s));
    });
    return usable ? undefined : `None of ${english.map((w) => `"${w}"`).join(', ')} is a word the corpus uses: the rule could never match.`;
  });
}

/** An English word or short phrase as the dictionary writes it: lowercase letters, hyphens, spaces. */
const ENGLISH_WORDS = /^[a-z]+(?:[- ][a-z]+){0,2}$/;

/**
 * The general dictionary of corpus folder `dir` ([] when it has none), each rule keeping only
 * the English translations search can read (`readable`: the corpus, the curated vocabulary,
 * the related-words table or everyday English know them). Dropped, so the bundle carries only
 * what can change a result: German words search never looks up here (`needless`: the
 * glossary or the German page reads them first), and rules left with no translation or no
 * German word.
 * CorpusError for a malformed file.
 */
export function loadDictionary(dir: string, cwd: string, readable: (english: string) => boolean, needless: (german: string) => boolean = () => false): GlossaryRule[] {
  const path = join(dir, DICTIONARY_FILE);
  if (!existsSync(path)) return [];
  const rules = readRules(path, cwd, (english) => {
    const bad = english.find((w) => !ENGLISH_WORDS.test(w));
    return bad === undefined ? undefined : `"${bad}" is not an English word as the dictionary writes them (lowercase, at most three words).`;
  });
  return rules.flatMap(([german, english]): GlossaryRule[] => {
    const kept = english.filter(readable);
    const looked = german.filter((w) => !needless(w));
    return kept.length > 0 && looked.length > 0 ? [[looked, kept]] : [];
  });
}
