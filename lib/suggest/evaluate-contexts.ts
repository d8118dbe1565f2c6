// Measures the panel's suggestions against judged pages (tests/eval/*contexts.json): are
// the `must` answers among the first five, and how many of the five are judged good.
// Expectations are entry ids or corpus file paths (`Add-Users.md`, `X.md#anchor`), as in
// the queries evaluation; a page may carry what its screen shows (`cues`).

import type { FaqEntry } from '../corpus/types';
import { detectPage, type PageCues } from '../page/detect';
import type { SearchEngine } from '../search';
import { meetsExpectation } from '../search/evaluate';
import { suggestForPage, SUGGESTION_COUNT } from './suggest';

export interface JudgedContext {
  url: string;
  must: string[];
  ok: string[];
  cues?: PageCues;
}

function parseCues(value: unknown, i: number): PageCues | undefined {
  if (value === undefined) return undefined;
  const fail = () => {
    throw new Error(`contexts[${i}].cues must be an object of optional "alerts", "notices" (arrays of strings), "dialog", "tab", "heading" (strings)`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail();
  const { alerts, notices, dialog, tab, heading } = value as Record<string, unknown>;
  for (const list of [alerts, notices]) if (list !== undefined && !(Array.isArray(list) && list.every((a) => typeof a === 'string'))) fail();
  for (const text of [dialog, tab, heading]) if (text !== undefined && typeof text !== 'string') fail();
  return {
    ...(alerts !== undefined ? { alerts: alerts as string[] } : {}),
    ...(notices !== undefined ? { notices: notices as string[] } : {}),
    ...(typeof dialog === 'string' ? { dialog } : {}),
    ...(typeof tab === 'string' ? { tab } : {}),
    ...(typeof heading === 'string' ? { heading } : {}),
  };
}

export interface ContextResult {
  url: string;
  /** The detected page kind (null: not an EMS page). */
  page: string | null;
  top5: string[];
  /** Share of `must` entries in the first five; null when the page has none. */
  mustRecall: number | null;
  /** Share of the first five that are `must` or `ok`; null when the page judges none. */
  precision5: number | null;
  /** Whether the first suggestion is a `must` entry; null when the page has none. */
  mustFirst: boolean | null;
}

export interface ContextsReport {
  contexts: ContextResult[];
  mustRecall: number | null;
  precision5: number | null;
  /**
   * Share of pages whose first suggestion is a `must` entry: for pages with cues, whether
   * what the screen shows pinned the right answer first.
   */
  mustFirst: number | null;
}

/** Validates a contexts file; throws an Error with a one-line reason when it is malformed. */
export function parseContextsFile(raw: unknown): JudgedContext[] {
  const contexts = (raw as { contexts?: unknown } | null)?.contexts;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(contexts)) {
    throw new Error('expected an object with a "contexts" array');
  }
  return contexts.map((c: unknown, i) => {
    const item = c as Record<string, unknown> | null;
    const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
    if (typeof item !== 'object' || item === null || typeof item.url !== 'string') {
      throw new Error(`contexts[${i}] needs a "url" string`);
    }
    if (!isIds(item.must) || !(item.ok === undefined || isIds(item.ok))) {
      throw new Error(`contexts[${i}] needs "must" (and optional "ok") arrays of entry ids`);
    }
    const cues = parseCues(item.cues, i);
    return { url: item.url, must: item.must, ok: (item.ok as string[] | undefined) ?? [], ...(cues ? { cues } : {}) };
  });
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function evaluateContexts(
  judged: readonly JudgedContext[],
  entries: readonly FaqEntry[],
  engine: SearchEngine,
): ContextsReport {
  const contexts = judged.map((c): ContextResult => {
    // As the panel sees the page: its address, the selected tab, what the screen shows.
    const detected = detectPage(c.url, { activeTab: c.cues?.tab });
    const context = detected && c.cues ? { ...detected, cues: c.cues } : detected;
    const shown = context ? suggestForPage(context, entries, engine, SUGGESTION_COUNT).map((s) => s.entry) : [];
    const meets = (expectations: readonly string[], entry: FaqEntry) => expectations.some((e) => meetsExpectation(e, entry));
    const good = [...c.must, ...c.ok];
    return {
      url: c.url,
      page: context?.kind ?? null,
      top5: shown.map((e) => e.id),
      mustRecall: c.must.length ? c.must.filter((m) => shown.some((e) => meetsExpectation(m, e))).length / c.must.length : null,
      precision5: good.length ? shown.filter((e) => meets(good, e)).length / SUGGESTION_COUNT : null,
      mustFirst: c.must.length ? shown[0] !== undefined && meets(c.must, shown[0]) : null,
    };
  });
  return {
    contexts,
    mustRecall: mean(contexts.flatMap((c) => (c.mustRecall === null ? [] : [c.mustRecall]))),
    precision5: mean(contexts.flatMap((c) => (c.precision5 === null ? [] : [c.precision5]))),
    mustFirst: mean(contexts.flatMap((c) => (c.mustFirst === null ? [] : [c.mustFirst ? 1 : 0]))),
  };
}
