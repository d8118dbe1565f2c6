// npm run bench (= wxt build && tsx scripts/bench.ts) [-- --queries FILE]
//
// Prints figures, asserts nothing: the search engine next to a plain fuse.js index over
// the same corpus (build time, latency per query and per keystroke); how the engine scales
// to synthetic corpora 10× and 100× the real one, made from its own text; then the size of
// every JavaScript file of the Chrome build, raw and gzipped, per entry point, and of the
// whole Chrome package zipped.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import JSZip from 'jszip';
import { loadCorpus } from '../lib/corpus/build/load-corpus';
import type { FaqEntry } from '../lib/corpus/types';
import { createSearchEngine } from '../lib/search';
import { GERMAN_EVERYDAY_WORDS } from '../lib/search/german-everyday';

const corpus = loadCorpus();

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output/chrome-mv3');
const BUILD_REPEATS = 30;
const WARM_ROUNDS = 20;

interface Searcher {
  name: string;
  build(entries: readonly FaqEntry[]): (query: string) => unknown;
}

const searchers: Searcher[] = [
  {
    name: 'EMS Help engine',
    build: (entries) => {
      const engine = createSearchEngine(entries, corpus.search);
      return (query) => engine.search(query);
    },
  },
  {
    name: 'plain fuse.js',
    build: (entries) => {
      const fuse = new Fuse(entries, { keys: ['title', 'text'] });
      return (query) => fuse.search(query);
    },
  },
];

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);

function table(rows: string[][], alignRight = new Set<number>()): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => (alignRight.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function queriesFile(argv: readonly string[]): string {
  const i = argv.indexOf('--queries');
  const given = i >= 0 ? argv[i + 1] : undefined;
  return given ?? resolve(ROOT, 'tests/eval/faq-queries.json');
}

function benchSearch(queries: string[]): void {
  const { entries } = corpus;
  const prefixes = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  console.log(`Search: ${entries.length} entries, ${queries.length} queries, ${prefixes.length} keystroke prefixes\n`);
  const rows = [['', 'build (median)', 'query p50', 'query p95', 'warm p50', 'warm p95', 'keystroke p50', 'keystroke p95']];
  for (const searcher of searchers) {
    searcher.build(entries); // warm up the JIT
    const builds = Array.from({ length: BUILD_REPEATS }, () => time(() => searcher.build(entries)));
    // First time each query is seen, on a fresh index (what a user's first search costs).
    let search = searcher.build(entries);
    const cold = queries.map((q) => time(() => search(q)));
    // The same queries again and again (caches warm).
    const warm: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) for (const q of queries) warm.push(time(() => search(q)));
    // Typing: every prefix of every query, in order, on a fresh index.
    search = searcher.build(entries);
    const keystrokes = prefixes.map((p) => time(() => search(p)));
    rows.push([
      searcher.name,
      ms(percentile(builds, 50)),
      ms(percentile(cold, 50)),
      ms(percentile(cold, 95)),
      ms(percentile(warm, 50)),
      ms(percentile(warm, 95)),
      ms(percentile(keystrokes, 50)),
      ms(percentile(keystrokes, 95)),
    ]);
  }
  console.log(table(rows, new Set([1, 2, 3, 4, 5, 6, 7])));
}

/** A deterministic pseudo-random sequence, so every run builds the same synthetic corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A corpus `factor` times the real one, made of its own text: each copy of an entry keeps
 * its shape but takes its title words and sentences from other entries, so the vocabulary
 * and its spread stay realistic while every entry differs.
 */
function syntheticCorpus(entries: readonly FaqEntry[], factor: number): FaqEntry[] {
  if (factor === 1) return [...entries];
  const next = random(factor);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentences = entries.flatMap((e) => e.text.split(/(?<=[.!?])\s+/)).filter((t) => t.length > 0);
  const titleWords = entries.flatMap((e) => e.title.split(/\s+/));
  const out: FaqEntry[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const entry of entries) {
      if (copy === 0) {
        out.push(entry);
        continue;
      }
      const words = entry.title.split(/\s+/).map((w) => (next() < 0.5 ? pick(titleWords) : w));
      const text = Array.from({ length: Math.max(1, entry.text.split(/(?<=[.!?])\s+/).length) }, () => pick(sentences)).join(' ');
      out.push({ ...entry, id: `${entry.id}~${copy}`, title: words.join(' '), text });
    }
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapMiB(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function benchScale(queries: string[]): void {
  // Every fifth keystroke of every query: enough samples for p95, and 100× stays minutes, not hours.
  const prefixes = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))).filter((_, i) => i % 5 === 0);
  console.log(`\nScale: the engine on the real corpus and on synthetic ones made from its text${gc ? '' : ' (heap without --expose-gc: rough)'}\n`);
  const rows = [['corpus', 'entries', 'index build', 'heap used', 'keystroke p50', 'keystroke p95']];
  for (const factor of [1, 10, 100]) {
    const entries = syntheticCorpus(corpus.entries, factor);
    const before = heapMiB();
    let engine = createSearchEngine(entries, corpus.search);
    const heap = heapMiB() - before;
    const builds = Array.from({ length: factor === 100 ? 1 : factor === 10 ? 3 : 10 }, () => time(() => (engine = createSearchEngine(entries, corpus.search))));
    const keystrokes = prefixes.map((p) => time(() => engine.search(p)));
    rows.push([
      factor === 1 ? 'real' : `${factor}×`,
      String(entries.length),
      ms(percentile(builds, 50)),
      `${heap.toFixed(1)} MiB`,
      ms(percentile(keystrokes, 50)),
      ms(percentile(keystrokes, 95)),
    ]);
  }
  console.log(table(rows, new Set([1, 2, 3, 4, 5])));
  console.log('(aims: per-keystroke p95 ≤ 1 ms on the real corpus and ≤ 5 ms at 100×, index build ≤ 50 ms on the real corpus)');
}

async function benchPackage(): Promise<void> {
  if (!existsSync(OUTPUT)) return;
  const zip = new JSZip();
  for (const f of readdirSync(OUTPUT, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())) {
    const path = join(f.parentPath, f.name);
    zip.file(relative(OUTPUT, path), readFileSync(path));
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const media = readdirSync(join(OUTPUT, 'corpus-media')).reduce((sum, f) => sum + statSync(join(OUTPUT, 'corpus-media', f)).size, 0);
  console.log(`\nChrome package zipped: ${(bytes.length / 2 ** 20).toFixed(2)} MiB (aim ≤ 6 MB); the guides' screenshots in it: ${(media / 2 ** 20).toFixed(2)} MiB`);
}

function listJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.js'))
    .map((f) => join(f.parentPath, f.name))
    .sort();
}

/** The JS files an entry needs: itself and what it imports statically, transitively. */
function closure(start: string[], known: Set<string>): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file) || !known.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      const target = m[1] ?? '';
      queue.push(target.startsWith('/') ? join(OUTPUT, target) : resolve(dirname(file), target));
    }
  }
  return [...seen].sort();
}

function benchSizes(): void {
  console.log(`\nBundle sizes (${relative(ROOT, OUTPUT)})\n`);
  if (!existsSync(OUTPUT) || !statSync(OUTPUT).isDirectory()) {
    console.log(`${relative(ROOT, OUTPUT)} is missing: run "npm run bench" (which builds first) for sizes. Skipped.`);
    return;
  }
  const files = listJs(OUTPUT);
  const size = new Map(
    files.map((f) => {
      const bytes = readFileSync(f);
      return [f, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
    }),
  );
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const fileRows = [['file', 'raw', 'gzip']];
  for (const f of files) fileRows.push([relative(OUTPUT, f), kb(size.get(f)?.raw ?? 0), kb(size.get(f)?.gzip ?? 0)]);
  console.log(table(fileRows, new Set([1, 2])));

  // Entry points: the background, each content script, and each HTML page's scripts.
  const known = new Set(files);
  const entries: Array<{ name: string; start: string[] }> = [];
  const background = join(OUTPUT, 'background.js');
  if (known.has(background)) entries.push({ name: 'background.js', start: [background] });
  for (const f of files.filter((f) => relative(OUTPUT, f).startsWith('content-scripts/'))) {
    entries.push({ name: relative(OUTPUT, f), start: [f] });
  }
  for (const html of readdirSync(OUTPUT).filter((f) => f.endsWith('.html')).sort()) {
    const source = readFileSync(join(OUTPUT, html), 'utf8');
    const refs = [...source.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
    const start = refs.map((r) => (r.startsWith('/') ? join(OUTPUT, r) : resolve(OUTPUT, r)));
    entries.push({ name: html, start });
  }
  if (entries.length === 0) return;
  const entryRows = [['entry point', 'files', 'raw', 'gzip']];
  for (const entry of entries) {
    const needed = closure(entry.start, known);
    const raw = needed.reduce((sum, f) => sum + (size.get(f)?.raw ?? 0), 0);
    const gzip = needed.reduce((sum, f) => sum + (size.get(f)?.gzip ?? 0), 0);
    entryRows.push([entry.name, String(needed.length), kb(raw), kb(gzip)]);
  }
  console.log('');
  console.log(table(entryRows, new Set([1, 2, 3])));
  console.log('(gzip per file, level 9; an entry point counts the files it loads, shared chunks included)');
}

/**
 * What the language data adds to every bundle that searches (issue 20): the German glossary
 * and the general German dictionary (only the rules the build keeps) as they ship inside the
 * corpus module, the Snowball German stemmer, the confidence model,
 * the everyday German words (lib/search/german-everyday.ts),
 * the related-words table (WordNet and word vectors, scripts/make-related-words.ts) and the
 * curated keyword phrases (every heading's `*.search.json`), as they ship inside the corpus
 * module.
 */
function benchLanguageData(): void {
  const pieces: Array<[string, Buffer]> = [
    ['german glossary (in the corpus module)', Buffer.from(JSON.stringify(corpus.search.glossary ?? []))],
    ['general German dictionary, as kept (in the corpus module)', Buffer.from(JSON.stringify(corpus.search.dictionary ?? []))],
    ['@orama/stemmers german (minified)', readFileSync(join(ROOT, 'node_modules/@orama/stemmers/dist/de.js'))],
    ['confidence model (source)', readFileSync(join(ROOT, 'lib/search/confidence-model.ts'))],
    ['everyday German words (the word list)', Buffer.from(GERMAN_EVERYDAY_WORDS.join(' '))],
    ['related-words table (in the corpus module)', Buffer.from(JSON.stringify(corpus.search.related ?? {}))],
    ['curated keyword phrases (in the corpus module)', Buffer.from(JSON.stringify(corpus.search.keywords))],
  ];
  const rows = [['language data', 'raw', 'gzip']];
  for (const [name, bytes] of pieces) rows.push([name, `${bytes.length} B`, `${gzipSync(bytes, { level: 9 }).length} B`]);
  console.log(`\nBytes the language data adds\n`);
  console.log(table(rows, new Set([1, 2])));
}

const file = queriesFile(process.argv.slice(2));
let queries: string[] = [];
try {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { queries?: Array<{ q?: unknown }> };
  queries = (data.queries ?? []).map((q) => q.q).filter((q): q is string => typeof q === 'string');
} catch (error) {
  console.log(`Cannot read queries from ${file} (${error instanceof Error ? error.message : String(error)}): search timings skipped.`);
}
if (queries.length > 0) {
  benchSearch(queries);
  benchScale(queries);
}
benchLanguageData();
benchSizes();
await benchPackage();
