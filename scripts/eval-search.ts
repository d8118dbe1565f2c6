// npm run --silent eval:search -- --queries FILE [--json]
// npm run --silent eval:search -- --contexts FILE [--json]
//
// Measures the search engine on an evaluation file (README, "How search is measured": the interface tests and
// tools rely on"). A malformed file or command line: one line on stderr, exit code 2.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../lib/corpus/build/load-corpus';
import type { SearchData } from '../lib/corpus/types';
import { createSearchEngine, NO_CURATED_TERMS } from '../lib/search';
import { evaluateContexts, parseContextsFile, type ContextsReport } from '../lib/suggest/evaluate-contexts';
import {
  EvalInputError,
  evaluateQueries,
  formatQueriesReport,
  parseQueriesJson,
} from '../lib/search/evaluate';

export interface EvalArgs {
  mode: 'queries' | 'contexts';
  file: string;
  json: boolean;
  /** Leave out the curated vocabulary next to the corpus (to see what the corpus alone does). */
  curated: boolean;
}

const USAGE = 'usage: eval-search (--queries FILE | --contexts FILE) [--json] [--no-curated]';

/** The command line; EvalInputError when it is not usable. */
export function parseArgs(argv: readonly string[]): EvalArgs {
  let mode: EvalArgs['mode'] | undefined;
  let file: string | undefined;
  let json = false;
  let curated = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') {
      json = true;
    } else if (arg === '--no-curated') {
      curated = false;
    } else if (arg === '--queries' || arg === '--contexts') {
      if (mode !== undefined) throw new EvalInputError(`give one of --queries or --contexts. ${USAGE}`);
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new EvalInputError(`${arg} needs a file. ${USAGE}`);
      mode = arg === '--queries' ? 'queries' : 'contexts';
      file = value;
    } else if (arg.startsWith('--queries=') || arg.startsWith('--contexts=')) {
      if (mode !== undefined) throw new EvalInputError(`give one of --queries or --contexts. ${USAGE}`);
      const [name, ...rest] = arg.split('=');
      mode = name === '--queries' ? 'queries' : 'contexts';
      file = rest.join('=');
      if (file === '') throw new EvalInputError(`${name} needs a file. ${USAGE}`);
    } else {
      throw new EvalInputError(`unknown argument "${arg}". ${USAGE}`);
    }
  }
  if (mode === undefined || file === undefined) throw new EvalInputError(USAGE);
  return { mode, file, json, curated };
}

/**
 * The corpus's search data without its curated vocabulary. The related-words table and the
 * general German dictionary stay: they are general English and German, not written for this
 * corpus. (The build leaves out of the dictionary the words the glossary reads, so without
 * the glossary those words are unknown.)
 */
function uncurated(search: SearchData): SearchData {
  return {
    ...NO_CURATED_TERMS,
    ...(search.related ? { related: search.related } : {}),
    ...(search.dictionary ? { dictionary: search.dictionary } : {}),
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EvalInputError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
}

function runQueries(args: EvalArgs): string {
  let file;
  try {
    file = parseQueriesJson(readText(args.file));
  } catch (error) {
    if (error instanceof EvalInputError && !error.message.startsWith('cannot read')) {
      throw new EvalInputError(`${args.file}: ${error.message}`);
    }
    throw error;
  }
  const corpus = loadCorpus();
  const engine = createSearchEngine(corpus.entries, args.curated ? corpus.search : uncurated(corpus.search));
  const report = evaluateQueries(engine, file);
  return args.json ? JSON.stringify(report) : formatQueriesReport(report);
}

/** Page detection + the panel's first five suggestions against judged pages. */
function runContexts(args: EvalArgs): string {
  let judged;
  try {
    judged = parseContextsFile(JSON.parse(readText(args.file)));
  } catch (error) {
    if (error instanceof EvalInputError) throw error;
    throw new EvalInputError(`${args.file}: ${(error as Error).message}`);
  }
  const { entries, search } = loadCorpus();
  const report = evaluateContexts(judged, entries, createSearchEngine(entries, args.curated ? search : uncurated(search)));
  return args.json ? JSON.stringify(report) : formatContextsReport(report);
}

function formatContextsReport(report: ContextsReport): string {
  const pct = (v: number | null) => (v === null ? '   –' : `${(v * 100).toFixed(0).padStart(3)}%`);
  const lines = report.contexts.map(
    (c) => `${pct(c.mustRecall)}  ${pct(c.precision5)}  ${(c.page ?? 'none').padEnd(8)} ${c.url}
${c.top5.map((id, i) => `      ${i + 1}. ${id}`).join('\n')}`,
  );
  return [
    'must  prec5  page     url',
    ...lines,
    '',
    `mustRecall ${pct(report.mustRecall)}   precision5 ${pct(report.precision5)}   mustFirst ${pct(report.mustFirst)}   (${report.contexts.length} pages)`,
  ].join('\n');
}

export function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const output = args.mode === 'queries' ? runQueries(args) : runContexts(args);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof EvalInputError) {
      process.stderr.write(`eval-search: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    throw error;
  }
}

// Run only as a script, so the functions above can be imported (e.g. by tests).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
