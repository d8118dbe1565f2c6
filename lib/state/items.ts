// Everything EMS Help keeps in the browser's extension storage (`storage.local`, this device
// only), declared in one place as WXT storage items: each with its key, its version, its
// fallback (what a surface sees when nothing is stored) and, where an older format really
// shipped, its migration. The zustand stores the UI reads (stores.ts) keep these in memory;
// the content script and the background read and watch them directly.
//
// Storage is input like any other (an older build, a person with developer tools): every
// value read goes through the item's check, so a malformed value becomes the fallback,
// never an exception in someone's page. The organisation's policy (`storage.managed`) is
// not here: it is read, checked and merged by managed.ts.

import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { parseChoices, type LearnedChoice } from '../search/learning';
import { takeEarly } from './first-reads';
import type { StoredItem } from './item-store';
import { parseLearned, type Learned } from './learned';
import { parsePanelPrefs, type PanelPrefs } from './panel-prefs';
import { parseRecent } from './recent-searches';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

/**
 * Version 1 is what every build before these items wrote (lib/state/persisted-store.ts):
 * the value wrapped as `{ version: 1, value }` under the same key, with no `<key>$`
 * metadata, which WXT reads as version 1. Version 2 is the value itself, its version in
 * `<key>$`. Anything that is not such an envelope is passed on as it is, for the item's
 * check to judge on every read.
 */
export function unwrapEnvelope(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const envelope = stored as Record<string, unknown>;
  if (!Object.hasOwn(envelope, 'version') || !Object.hasOwn(envelope, 'value') || envelope.version !== 1) return stored;
  return envelope.value;
}

/** The current version of every item, and how each older one becomes it. */
const VERSIONED = { version: 2, migrations: { 2: unwrapEnvelope } } as const;

/** `item`, with every value read checked by `parse` (null: use the fallback). */
function checked<T>(item: WxtStorageItem<T, Record<string, never>>, key: `local:${string}`, parse: (raw: unknown) => T | null): StoredItem<T> {
  const check = (raw: unknown): T => parse(raw) ?? item.fallback;
  const name = key.slice('local:'.length);
  return {
    key,
    fallback: item.fallback,
    getValue: async () => check(await item.getValue()),
    // The value and WXT's metadata (`<key>$`, its version) in one read: at the current
    // version, or with nothing stored, there is nothing to migrate.
    peek: async () => {
      // The panel page asked for it as it started (first-reads.ts): that answer, if it has one.
      const keys = [name, `${name}$`];
      const stored = await (takeEarly('local', keys) ?? browser.storage.local.get(keys));
      const value: unknown = stored[name];
      const meta: unknown = stored[`${name}$`];
      if (value === undefined || value === null) return item.fallback;
      const version = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
      return version === VERSIONED.version ? check(value) : undefined;
    },
    setValue: (value) => item.setValue(value),
    watch: (onChange) => item.watch((value) => onChange(check(value))),
    migrate: () => item.migrate(),
  };
}

/**
 * Declares an item. Marked pure where it is called: a bundle that never uses an item leaves it
 * out (the content script carries only the settings), so an item is defined, and its
 * migration run, in the pages that use it; the background uses them all.
 */
function defineChecked<T>(key: `local:${string}`, fallback: T, parse: (raw: unknown) => T | null): StoredItem<T> {
  return checked(storage.defineItem<T, Record<string, never>>(key, { ...VERSIONED, fallback }), key, parse);
}

/**
 * The person's settings (settings.ts): where help appears, the panel's side, what happens on
 * arrival on each kind of page, the theme, whether searches and learned answers are kept, and
 * which of these they chose. Read by every surface, the content script and the background.
 */
export const settingsItem = /* @__PURE__ */ defineChecked<Settings>('local:settings', DEFAULT_SETTINGS, parseSettings);

/**
 * Whether the panel is folded to its launcher, per kind of page (panel-prefs.ts): someone who
 * folds it away on billing keeps it folded there, across reloads and tabs.
 */
export const panelPrefsItem = /* @__PURE__ */ defineChecked<PanelPrefs>('local:panel-prefs', { collapsed: {} }, parsePanelPrefs);

/**
 * The popup's recent searches (recent-searches.ts), newest first, at most seven: the only
 * search text kept. Removed by the background while "Keep recent searches" is off.
 */
export const recentSearchesItem = /* @__PURE__ */ defineChecked<string[]>('local:recent-searches', [], parseRecent);

/**
 * The answers opened per kind of page, with decaying weights (learned.ts), for suggestions
 * that learn. Removed by the background while "Keep learned suggestions" is off.
 */
export const learnedItem = /* @__PURE__ */ defineChecked<Learned>('local:learned', {}, parseLearned);

/**
 * What each search led to (lib/search/learning.ts): pairs of a search's word stems and the
 * answer opened, for search that learns. Cleared and turned off with the learned suggestions.
 */
export const searchChoicesItem = /* @__PURE__ */ defineChecked<LearnedChoice[]>('local:search-choices', [], parseChoices);

/** A stored item's key in `browser.storage.local`, for code that lists keys there. */
export const localKey = (item: StoredItem<unknown>): string => item.key.slice('local:'.length);
