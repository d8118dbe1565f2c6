// Suggestions that learn, on this device only: answers a person opens on a page of the
// control panel are promoted on that page next time, and on the other tabs of that kind of
// page only where the answer is about them (one Telegram answer opened on Integrations is
// not news on Hosts). Bounded (a few per kind), decaying (an answer opened once a month ago
// weighs little), and clearable in the settings.

import { PAGES } from '../page/pages';
import { PAGE_KINDS, type PageKind } from '../page/detect';
import type { ItemStore } from './item-store';

export interface Opened {
  /** Opens, decayed to the time `at`. */
  weight: number;
  /** When it was last opened (ms since epoch). */
  at: number;
  /** The tabs (`#/…` routes; '' for a page without one) it was opened on, latest first. */
  routes?: string[];
}

export type Learned = Partial<Record<PageKind, Record<string, Opened>>>;

/** An open counts half as much after two weeks. */
export const HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000;
/** Answers remembered per kind of page; the weakest is forgotten first. */
export const MAX_REMEMBERED = 12;
/** At most this many learned answers are promoted into a page's suggestions. */
export const MAX_PROMOTED = 2;
/** Below this decayed weight an answer is no longer promoted (one open, ~3 weeks ago). */
export const MIN_WEIGHT = 0.35;
/** Routes remembered per answer. */
const MAX_ROUTES = 6;
const MAX_ROUTE_CHARS = 100;

/** Where suggestions are being made: the tab, and whether an answer is about it (lib/page/pages.ts). */
export interface LearnedWhere {
  route: string | null;
  about: (id: string) => boolean;
}

export function decayed(opened: Opened, now: number): number {
  const age = Math.max(0, now - opened.at);
  return opened.weight * 0.5 ** (age / HALF_LIFE_MS);
}

export function recordOpen(learned: Learned, kind: PageKind, id: string, now: number, route: string | null = null): Learned {
  const forKind = { ...(learned[kind] ?? {}) };
  const previous = forKind[id];
  // Only a tab the control panel has (`#/integrations`): a deep link's own address (a room or
  // user ID in it) is never stored.
  const here = PAGES[kind]?.routes.some((r) => r.route === route) ? (route ?? '') : '';
  const routes = [here, ...(previous?.routes ?? []).filter((r) => r !== here)].slice(0, MAX_ROUTES);
  forKind[id] = { weight: (previous ? decayed(previous, now) : 0) + 1, at: now, routes };
  const kept = Object.entries(forKind)
    .sort(([, a], [, b]) => decayed(b, now) - decayed(a, now))
    .slice(0, MAX_REMEMBERED);
  return { ...learned, [kind]: Object.fromEntries(kept) };
}

/**
 * The answers to promote on a kind of page, strongest first. With `where`, only those opened
 * on that tab, or about it (an answer learned before routes were kept counts as learned
 * nowhere in particular).
 */
export function promotedFor(learned: Learned, kind: PageKind, now: number, where?: LearnedWhere): string[] {
  const belongs = (id: string, opened: Opened) => !where || opened.routes?.includes(where.route ?? '') === true || where.about(id);
  return Object.entries(learned[kind] ?? {})
    .filter(([id, opened]) => belongs(id, opened))
    .map(([id, opened]) => [id, decayed(opened, now)] as const)
    .filter(([, weight]) => weight >= MIN_WEIGHT)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_PROMOTED)
    .map(([id]) => id);
}

export function parseLearned(raw: unknown): Learned | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const clean: Learned = {};
  for (const kind of PAGE_KINDS) {
    const forKind = (raw as Record<string, unknown>)[kind];
    if (typeof forKind !== 'object' || forKind === null) continue;
    const entries = Object.entries(forKind as Record<string, unknown>).filter(
      (pair): pair is [string, Opened] => {
        const o = pair[1] as Opened | null;
        return (
          typeof o === 'object' && o !== null &&
          Number.isFinite(o.weight) && o.weight > 0 && Number.isFinite(o.at)
        );
      },
    );
    // Fresh objects: a malformed list of routes is dropped, never the answer.
    const kept = entries.slice(0, MAX_REMEMBERED).map(([id, o]): [string, Opened] => {
      const routes = Array.isArray(o.routes)
        ? o.routes.filter((r): r is string => typeof r === 'string' && r.length <= MAX_ROUTE_CHARS).slice(0, MAX_ROUTES)
        : undefined;
      return [id, { weight: o.weight, at: o.at, ...(routes ? { routes } : {}) }];
    });
    clean[kind] = Object.fromEntries(kept);
  }
  return clean;
}

/** In memory (stores.ts); stored as an item (items.ts). */
export type LearnedStore = ItemStore<Learned>;
