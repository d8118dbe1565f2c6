// The storage reads the panel page's first paint waits for, asked by the first script of
// panel.html (entrypoints/panel-first.ts, a plain script at the top of its head) while the
// page's modules (React, the catalogue: ~350 KB) are still being fetched. A module runs only
// once its whole graph has arrived (~70 ms later on a loaded two-core machine), and each read
// takes ~80 ms to be answered: asked from the modules, the two added up (issue 21, "Fast to
// appear"). The stores (items.ts, managed-store.ts) take these answers instead of asking
// again: the same raw values, checked by the same code, so malformed stored state still
// becomes the defaults.
//
// That script and the modules are separate bundles: they share the answers through one
// property of this page's own global object (an extension page; the EMS page around the
// frame cannot reach it). No React, no zustand, no WXT storage here.

import { browser } from 'wxt/browser';

type Area = 'local' | 'session' | 'managed';

/** The storage.session key of the policy's copy (managed-store.ts). */
export const POLICY_COPY_KEY = 'managed-policy-copy';

/**
 * The stored items (items.ts) the panel's first paint waits for: the person's settings, the
 * panel's fold per kind of page, the learned answers. With each, WXT's `<key>$` (its version).
 */
export const FIRST_PAINT_ITEMS = ['settings', 'panel-prefs', 'learned'] as const;

/** Asks, at once, everything the panel's first paint waits for. */
export function askFirstPaintReads(): void {
  askEarly('local', FIRST_PAINT_ITEMS.flatMap((name) => [name, `${name}$`]));
  askEarly('session', [POLICY_COPY_KEY]);
  askEarly('managed', null);
}
type Answer = Promise<Record<string, unknown>>;

interface Asked {
  keys: readonly string[] | null;
  answer: Answer;
}

interface EarlyReads {
  asked: Map<Area, Asked>;
  /** `area:key` of every key changed since it was asked: a stale answer is not handed over. */
  changed: Set<string>;
}

const GLOBAL_NAME = '__emsHelpFirstReads';

/** The page's early reads; created by the first script that asks (`create`). */
function earlyReads(create: boolean): EarlyReads | undefined {
  const holder = globalThis as typeof globalThis & { [GLOBAL_NAME]?: EarlyReads };
  if (!holder[GLOBAL_NAME] && create) {
    const reads: EarlyReads = { asked: new Map(), changed: new Set() };
    holder[GLOBAL_NAME] = reads;
    try {
      browser.storage.onChanged.addListener((changes, areaName) => {
        for (const key of Object.keys(changes)) reads.changed.add(`${areaName}:${key}`);
      });
    } catch {
      // No change events: an answer is handed over as it came.
    }
  }
  return holder[GLOBAL_NAME];
}

function areaOf(name: Area): { get(keys: string[] | null): Answer } | undefined {
  try {
    return (browser.storage?.[name] as { get(keys: string[] | null): Answer } | undefined) ?? undefined;
  } catch {
    // Not offered here (Firefox without a policy may throw; a test's fake browser).
    return undefined;
  }
}

/** Asks `area` for `keys` (null: everything in it, as the policy's read does) now. */
export function askEarly(name: Area, keys: readonly string[] | null): void {
  const area = areaOf(name);
  const reads = area && earlyReads(true);
  if (!area || !reads || reads.asked.has(name)) return;
  let answer: Answer;
  try {
    answer = Promise.resolve(area.get(keys ? [...keys] : null));
  } catch (error) {
    answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // Whoever takes it handles its failure; until then a failure is no unhandled rejection.
  answer.catch(() => undefined);
  reads.asked.set(name, { keys, answer });
}

/**
 * The early answer for `keys` of `area`, once (a later read asks storage itself): undefined
 * where they were not all asked, or one has changed since (the store then reads it anew).
 */
export function takeEarly(name: Area, keys: readonly string[] | null): Answer | undefined {
  const reads = earlyReads(false);
  const early = reads?.asked.get(name);
  if (!reads || !early) return undefined;
  const { asked, changed } = reads;
  const covered = early.keys === null ? keys === null : keys !== null && keys.every((k) => early.keys!.includes(k));
  if (!covered) return undefined;
  if (keys === null ? [...changed].some((c) => c.startsWith(`${name}:`)) : keys.some((k) => changed.has(`${name}:${k}`))) return undefined;
  // Handed over once: the rest of the keys stay for their own stores.
  if (keys === null) asked.delete(name);
  else early.keys = early.keys!.filter((k) => !keys.includes(k));
  return early.answer;
}

/**
 * The early answer of `area` for the panel page's first script to draw from, leaving it for
 * the stores to take; undefined where it was not asked.
 */
export function peekEarly(name: Area): Answer | undefined {
  return earlyReads(false)?.asked.get(name)?.answer;
}
