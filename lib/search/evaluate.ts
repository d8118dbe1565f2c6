// Measuring search quality (the `eval:search` interface the README describes):
// validating an evaluation file's shape, scoring an engine against it, and printing the
// result. Pure: the script (scripts/eval-search.ts) does the reading and the exiting.

import type { FaqEntry, ParsedEntry } from '../corpus/types';
import type { SearchEngine } from './engine';

/**
 * Whether `entry` meets an expectation: an entry id, or a corpus file path relative to its
 * corpus folder (`integrations/Telegram-Bridge.md`), optionally with `#anchor`, which any
 * entry from that file (or that section of it, subsections included, when the entry says
 * where it sits: `within`, from the build) meets.
 */
export function meetsExpectation(expectation: string, entry: FaqEntry & Pick<ParsedEntry, 'anchors' | 'within'>): boolean {
  if (expectation === entry.id) return true;
  const hash = expectation.indexOf('#');
  const file = hash < 0 ? expectation : expectation.slice(0, hash);
  if (!/\.md$/i.test(file) || entry.source.file !== file) return false;
  if (hash < 0) return true;
  const anchor = expectation.slice(hash + 1);
  return entry.source.anchor === anchor || (entry.anchors?.includes(anchor) ?? false) || (entry.within?.includes(anchor) ?? false);
}

/** A file or argument the evaluation cannot use: the script prints it and exits 2. */
export class EvalInputError extends Error {
  override name = 'EvalInputError';
}

export interface EvalQuery {
  q: string;
  /** Ids of acceptable answers; empty for an out-of-scope query (search should abstain). */
  expect: string[];
  kind?: string;
}

export interface QueriesFile {
  version?: number;
  queries: EvalQuery[];
}

export interface QueryMiss {
  q: string;
  expect: string[];
  /** The first three ids search returned. */
  got: string[];
  /** Whether those results were shown as confident (false: "not sure — closest matches"). */
  confident: boolean;
}

/** The ranking figures of a group of queries (a whole set, or those of one `kind`). */
export interface QueryFigures {
  /** Queries that have an answer. */
  n: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank of the first correct entry among the first ten (0 if absent). */
  mrr: number;
  /** Queries with `expect: []`. */
  outOfScope: number;
  /** Out-of-scope queries that got no confident result. */
  abstained: number;
  /**
   * Queries whose first shown result is confident and wrong: an answerable query whose
   * first hit is sure but not an answer, or an out-of-scope query with a sure first hit.
   */
  confidentWrong: number;
  /** confidentWrong as a share of all queries, answerable and out of scope. */
  confidentWrongRate: number;
}

export interface QueriesReport extends QueryFigures {
  /** The same figures per `kind`, when any query of the file has one (those without: "none"). */
  byKind?: Record<string, QueryFigures>;
  /** Answerable queries whose first hit is wrong, and out-of-scope queries that got hits. */
  misses: QueryMiss[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Checks that `data` (parsed JSON) is a queries file; throws EvalInputError naming the first problem. */
export function parseQueriesFile(data: unknown): QueriesFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EvalInputError(`expected an object with a "queries" array, got ${describe(data)}`);
  }
  const record = data as Record<string, unknown>;
  if (record.version !== undefined && typeof record.version !== 'number') {
    throw new EvalInputError(`"version" must be a number, got ${describe(record.version)}`);
  }
  const queries = record.queries;
  if (!Array.isArray(queries)) {
    throw new EvalInputError(`"queries" must be an array, got ${describe(queries)}`);
  }
  const parsed = queries.map((item: unknown, i): EvalQuery => {
    const where = `queries[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new EvalInputError(`${where} must be an object, got ${describe(item)}`);
    }
    const { q, expect, kind } = item as Record<string, unknown>;
    if (typeof q !== 'string') throw new EvalInputError(`${where}.q must be a string, got ${describe(q)}`);
    if (!Array.isArray(expect) || !expect.every((id) => typeof id === 'string')) {
      throw new EvalInputError(`${where}.expect must be an array of entry ids (strings)`);
    }
    if (kind !== undefined && typeof kind !== 'string') {
      throw new EvalInputError(`${where}.kind must be a string, got ${describe(kind)}`);
    }
    return { q, expect: [...(expect as string[])], ...(kind !== undefined ? { kind } : {}) };
  });
  return { ...(typeof record.version === 'number' ? { version: record.version } : {}), queries: parsed };
}

/** Parses JSON text as a queries file; EvalInputError for invalid JSON or shape. */
export function parseQueriesJson(text: string): QueriesFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EvalInputError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseQueriesFile(data);
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** One query's outcome, as the figures count it. */
interface Outcome {
  answerable: boolean;
  /** 1-based rank of the first acceptable hit among the first ten; 0 if absent. */
  rank: number;
  /** Whether the first hit was shown as sure. */
  confident: boolean;
}

function figuresOf(outcomes: readonly Outcome[]): QueryFigures {
  let n = 0;
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  let outOfScope = 0;
  let abstained = 0;
  let confidentWrong = 0;
  for (const { answerable, rank, confident } of outcomes) {
    if (!answerable) {
      outOfScope++;
      if (confident) confidentWrong++;
      else abstained++;
      continue;
    }
    n++;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank >= 1) reciprocal += 1 / rank;
    if (confident && rank !== 1) confidentWrong++;
  }
  const all = outcomes.length;
  return {
    n,
    top1: n ? round(top1 / n) : 0,
    top3: n ? round(top3 / n) : 0,
    mrr: n ? round(reciprocal / n) : 0,
    outOfScope,
    abstained,
    confidentWrong,
    confidentWrongRate: all ? round(confidentWrong / all) : 0,
  };
}

/** Runs every query through `engine` and scores the ranking (definitions in the README, "How search is measured"). */
export function evaluateQueries(engine: SearchEngine, file: QueriesFile): QueriesReport {
  const outcomes: Outcome[] = [];
  const kinds = new Map<string, Outcome[]>();
  const misses: QueryMiss[] = [];
  for (const query of file.queries) {
    // The results as a surface shows them: confident ones, or else the closest matches.
    const hits = engine.search(query.q, { limit: 10, unsure: true });
    const got = hits.slice(0, 3).map((hit) => hit.entry.id);
    const confident = hits.length > 0 && hits[0]!.sure;
    const answerable = query.expect.length > 0;
    // 0: not in the first ten
    const rank = answerable ? hits.findIndex((hit) => query.expect.some((e) => meetsExpectation(e, hit.entry))) + 1 : 0;
    const outcome = { answerable, rank, confident };
    outcomes.push(outcome);
    const kind = query.kind ?? 'none';
    kinds.set(kind, [...(kinds.get(kind) ?? []), outcome]);
    if (answerable ? rank !== 1 : hits.length > 0) misses.push({ q: query.q, expect: [...query.expect], got, confident });
  }
  const byKind = file.queries.some((q) => q.kind !== undefined)
    ? Object.fromEntries([...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => [kind, figuresOf(list)]))
    : undefined;
  return { ...figuresOf(outcomes), ...(byKind ? { byKind } : {}), misses };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n');
}

const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The report as a readable table. */
export function formatQueriesReport(report: QueriesReport): string {
  const lines = [
    table([
      ['measure', 'value'],
      ['queries with an answer', String(report.n)],
      ['top 1', report.top1.toFixed(3)],
      ['top 3', report.top3.toFixed(3)],
      ['MRR (first 10)', report.mrr.toFixed(3)],
      ['out of scope', String(report.outOfScope)],
      ['abstained', `${report.abstained}/${report.outOfScope}`],
      ['confident and wrong', `${report.confidentWrong}/${report.n + report.outOfScope} (${(report.confidentWrongRate * 100).toFixed(1)}%)`],
    ]),
  ];
  if (report.byKind !== undefined) {
    lines.push('', 'by kind:');
    lines.push(
      table([
        ['kind', 'n', 'top 1', 'top 3', 'MRR', 'abstained', 'confident and wrong'],
        ...Object.entries(report.byKind).map(([kind, f]) => [
          kind,
          String(f.n),
          f.n ? f.top1.toFixed(3) : '–',
          f.n ? f.top3.toFixed(3) : '–',
          f.n ? f.mrr.toFixed(3) : '–',
          f.outOfScope ? `${f.abstained}/${f.outOfScope}` : '–',
          `${f.confidentWrong}/${f.n + f.outOfScope}`,
        ]),
      ]),
    );
  }
  if (report.misses.length > 0) {
    lines.push('', `misses (${report.misses.length}):`);
    lines.push(
      table([
        ['query', 'expected', 'got (first 3)'],
        ...report.misses.map((m) => [
          truncate(m.q, 50),
          m.expect.length ? truncate(m.expect.join(', '), 50) : '(no result)',
          m.got.length ? m.got.map((id) => truncate(id, 40)).join(', ') : '(no result)',
        ]),
      ]),
    );
  }
  return lines.join('\n');
}
