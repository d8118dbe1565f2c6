// Measures the panel's suggestions against judged pages (shared/eval/public-contexts.json):
// are the `must` answers among the first five, and how many of the five are judged good.

import type { FaqEntry } from '../corpus/types';
import { detectPage } from '../page/detect';
import type { SearchEngine } from '../search';
import { suggestForPage, SUGGESTION_COUNT } from './suggest';

export interface JudgedContext {
  url: string;
  must: string[];
  ok: string[];
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
}

export interface ContextsReport {
  contexts: ContextResult[];
  mustRecall: number | null;
  precision5: number | null;
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
    return { url: item.url, must: item.must, ok: (item.ok as string[] | undefined) ?? [] };
  });
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function evaluateContexts(
  judged: readonly JudgedContext[],
  entries: readonly FaqEntry[],
  engine: SearchEngine,
): ContextsReport {
  const contexts = judged.map((c): ContextResult => {
    const context = detectPage(c.url);
    const top5 = context
      ? suggestForPage(context, entries, engine, SUGGESTION_COUNT).map((s) => s.entry.id)
      : [];
    const good = new Set([...c.must, ...c.ok]);
    return {
      url: c.url,
      page: context?.kind ?? null,
      top5,
      mustRecall: c.must.length ? c.must.filter((id) => top5.includes(id)).length / c.must.length : null,
      precision5: good.size ? top5.filter((id) => good.has(id)).length / SUGGESTION_COUNT : null,
    };
  });
  return {
    contexts,
    mustRecall: mean(contexts.flatMap((c) => (c.mustRecall === null ? [] : [c.mustRecall]))),
    precision5: mean(contexts.flatMap((c) => (c.precision5 === null ? [] : [c.precision5]))),
  };
}
