// Build time only: the optional curated search vocabulary that sits next to the markdown.
// `<name>.search.json` beside a markdown file gives extra words per question or heading,
// keyed by its text as the heading reads; `search-terms.json` at the corpus root gives
// general synonyms, off-topic phrases, and what a user ID or host name in a query is
// about. Every key must name something real (the build fails with `file:line`
// otherwise), and an off-topic phrase the corpus itself uses is dropped, so nothing
// curated can hide an entry. The German glossary, the general German dictionary and the
// related-words table beside them are read here too (glossary.ts, related-words.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { phraseNorm, tableKeys } from '../../search/german.ts';
import { isStopWord, isWeakWord, stem, stemsOf, tokenize } from '../../search/text.ts';
import type { ParsedEntry, SearchData, WeightedWord } from '../types';
import { CorpusError } from './errors.ts';
import { loadDictionary, loadGlossary } from './glossary.ts';
import { resolveLink } from './links.ts';
import { readJson } from './json-file.ts';
import { loadRelatedWords } from './related-words.ts';


/** The line a JSON key stands on, for messages. */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** [one lowercase word, 0 < weight ≤ 1]: search stems the word as it stands. */
const isWeightedWords = (value: unknown): value is WeightedWord[] =>
  Array.isArray(value) &&
  value.every(
    (pair) =>
      Array.isArray(pair) &&
      pair.length === 2 &&
      typeof pair[0] === 'string' &&
      /^[a-z0-9]+$/.test(pair[0]) &&
      typeof pair[1] === 'number' &&
      pair[1] > 0 &&
      pair[1] <= 1,
  );

/** The `placeholders` of search-terms.json: each kind optional, no other kinds. */
function readPlaceholders(value: unknown, file: string, text: string): SearchData['placeholders'] {
  const kinds = ['userId', 'hostName', 'subdomainOrDomain'] as const;
  const line = lineOfKey(text, 'placeholders');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CorpusError(file, line, '"placeholders" must be an object: { "userId": [["word", weight], …], "hostName": […], "subdomainOrDomain": […] }.');
  }
  const unknown = Object.keys(value).filter((key) => !(kinds as readonly string[]).includes(key));
  if (unknown.length > 0) throw new CorpusError(file, lineOfKey(text, unknown[0] ?? ''), `"placeholders" has kinds "userId", "hostName" and "subdomainOrDomain" only, not "${unknown.join('", "')}".`);
  const result: SearchData['placeholders'] = { userId: [], hostName: [], subdomainOrDomain: [] };
  for (const kind of kinds) {
    const words = (value as Record<string, unknown>)[kind] ?? [];
    if (!isWeightedWords(words)) {
      throw new CorpusError(file, lineOfKey(text, kind), `"placeholders.${kind}" must be a list of ["one lowercase word", weight], 0 < weight ≤ 1.`);
    }
    result[kind] = words;
  }
  return result;
}

/**
 * `"englishCounterpart": "<file>.md"` in a German guide's sidecar: the English guide on the
 * same topic. A German query ranks the German guide beside it (engine.ts): else the English
 * guide, richer in the English words German questions share ("Connection Errors"), comes first.
 */
function readCounterpart(
  data: SearchData,
  value: unknown,
  inFile: readonly ParsedEntry[],
  entries: readonly ParsedEntry[],
  { file, text, path }: { file: string; text: string; path: string },
): void {
  const line = lineOfKey(text, 'englishCounterpart');
  const page = inFile.find((e) => e.id === e.page);
  if (page === undefined || page.lang !== 'de') throw new CorpusError(file, line, `"englishCounterpart" belongs to a German guide; ${path} is not one.`);
  // Named as a link from the German guide is (links.ts), so it resolves as one.
  const named = typeof value === 'string' ? resolveLink(value, path, { file, line }) : undefined;
  const target = named?.kind === 'internal' ? entries.find((e) => e.id === e.page && e.corpusPath === named.file) : undefined;
  if (target === undefined || target.lang === 'de') {
    throw new CorpusError(file, line, `"englishCounterpart" must name an English guide beside ${path} ("Some-Guide.md"), not ${JSON.stringify(value)}.`);
  }
  (data.counterparts ??= {})[page.id] = target.id;
}

export function loadSearchData(dir: string, cwd: string, entries: readonly ParsedEntry[]): SearchData {
  const data: SearchData = { keywords: {}, synonyms: [], offTopic: [], placeholders: { userId: [], hostName: [], subdomainOrDomain: [] } };
  const byFile = new Map<string, ParsedEntry[]>();
  for (const entry of entries) byFile.set(entry.corpusPath, [...(byFile.get(entry.corpusPath) ?? []), entry]);

  for (const [path, inFile] of byFile) {
    const sidecar = join(dir, path.replace(/\.md$/i, '.search.json'));
    if (!existsSync(sidecar)) continue;
    const { data: json, text, file } = readJson(sidecar, cwd);
    const keywords = (json as { keywords?: unknown } | null)?.keywords;
    if (typeof keywords !== 'object' || keywords === null || Array.isArray(keywords)) {
      throw new CorpusError(file, 1, 'Expected an object with "keywords": { "<heading as it reads>": ["words", …] }.');
    }
    for (const [title, words] of Object.entries(keywords)) {
      // A heading that repeats in a page ("Export" under each app) can be told apart by the
      // headings above it: "Element iOS › Export".
      const wanted = title.split(' › ');
      const matches = inFile.filter((e) => [...e.section, e.title].slice(-wanted.length).join(' › ') === title);
      if (matches.length === 0) {
        throw new CorpusError(file, lineOfKey(text, title), `"${title}" is no heading of ${path}; keys name a question or heading as it reads.`);
      }
      if (!isStrings(words)) throw new CorpusError(file, lineOfKey(text, title), `The words for "${title}" must be a list of strings.`);
      for (const entry of matches) data.keywords[entry.id] = words;
    }
    const counterpart = (json as { englishCounterpart?: unknown }).englishCounterpart;
    if (counterpart !== undefined) readCounterpart(data, counterpart, inFile, entries, { file, text, path });
  }

  data.glossary = loadGlossary(dir, cwd, entries, data.keywords);
  data.related = loadRelatedWords(dir, cwd);
  const termsPath = join(dir, 'search-terms.json');
  if (existsSync(termsPath)) readSearchTerms(data, termsPath, cwd, entries);
  data.dictionary = loadDictionary(dir, cwd, readableEnglish(entries, data), readFirst(data));
  return data;
}

/** search-terms.json into `data`: synonyms, off-topic phrases (those the corpus uses dropped), placeholders. */
function readSearchTerms(data: SearchData, termsPath: string, cwd: string, entries: readonly ParsedEntry[]): void {
  const { data: json, text, file } = readJson(termsPath, cwd);
  const { synonyms = [], offTopic = [], placeholders = {} } = (json ?? {}) as { synonyms?: unknown; offTopic?: unknown; placeholders?: unknown };
  if (!Array.isArray(synonyms) || !synonyms.every((rule) => Array.isArray(rule) && rule.length === 2 && isStrings(rule[0]) && isStrings(rule[1]))) {
    throw new CorpusError(file, lineOfKey(text, 'synonyms'), '"synonyms" must be a list of [["what people type", …], ["words the corpus uses", …]].');
  }
  if (!isStrings(offTopic)) throw new CorpusError(file, lineOfKey(text, 'offTopic'), '"offTopic" must be a list of phrases.');
  data.synonyms = synonyms as Array<[string[], string[]]>;
  data.placeholders = readPlaceholders(placeholders, file, text);
  // A phrase the corpus uses, or its curated keywords do, is a topic it covers after all:
  // it must not hide that entry.
  const corpusText = ` ${[...entries.map((e) => `${e.title} ${e.section.join(' ')} ${e.text}`), ...Object.values(data.keywords).flat()]
    .map((text) => stemsOf(text).join(' '))
    .join(' | ')} `;
  data.offTopic = offTopic.filter((phrase) => !corpusText.includes(` ${stemsOf(phrase).join(' ')} `));
}

/**
 * A word that may be an infinitive: a present or past form the glossary does not list
 * ("zahlt", "zahlte") is read through the dictionary as it ("zahlen", german.ts infinitives),
 * so the dictionary keeps it though the glossary reads the infinitive itself first.
 */
const INFINITIVE = /^[a-zäöüß]+(?:en|ern|eln)$/;

/**
 * Whether search never reads a German word of the dictionary: every key it is stored under is
 * one the glossary stores a word under, and the glossary is asked first (german.ts), and it
 * is no infinitive (INFINITIVE). (A word only the German page has is read through the
 * dictionary too: "nutzen" means "use".)
 */
function readFirst(data: SearchData): (german: string) => boolean {
  const known = new Set<string>();
  for (const [words] of data.glossary ?? []) for (const phrase of words) tableKeys(phraseNorm(phrase)).forEach((key) => known.add(key));
  return (phrase) => !INFINITIVE.test(phrase) && tableKeys(phraseNorm(phrase)).every((key) => known.has(key));
}

/**
 * Whether search can read an English translation of the dictionary: each of its words is one
 * the corpus, a curated keyword or synonym, or the related-words table knows, or everyday
 * English (which weighs little, as the German word then should).
 */
function readableEnglish(entries: readonly ParsedEntry[], data: SearchData): (english: string) => boolean {
  const known = new Set<string>(Object.keys(data.related ?? {}));
  for (const e of entries) for (const s of stemsOf(`${e.title} ${e.section.join(' ')} ${e.text}`)) known.add(s);
  for (const list of Object.values(data.keywords)) for (const s of stemsOf(list.join(' '))) known.add(s);
  for (const [typed] of data.synonyms) for (const s of stemsOf(typed.join(' '))) known.add(s);
  return (english) => {
    // (A translation of function words alone, "use" for "nutzen", is everyday English too: kept,
    // so that the senses after it stay second.)
    const words = tokenize(english).map((t) => t.norm).filter((w) => !isStopWord(w));
    return words.every((w) => isWeakWord(w) || known.has(stem(w)));
  };
}
