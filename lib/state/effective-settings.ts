// The settings that apply, on every surface: the built-in defaults, the person's own choices
// (settings.ts) and the organisation's policy (managed.ts), merged by `mergeSettings` as the
// README's "For administrators" says. One pure function for code that reads storage itself
// (the content script, the background), and one for stores (the extension's pages).

import { browser } from 'wxt/browser';
import { PAGE_KINDS } from '../page/detect';
import { learnedItem, localKey, recentSearchesItem, searchChoicesItem } from './items';
import { EMPTY_POLICY, readManagedPolicy, type ManagedArea, type ManagedPolicy } from './managed';
import { mergeSettings, userChoices, type MergedSettings, type UserChoices } from './managed-merge';
import type { ManagedPolicyStore } from './managed-store';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from './settings';

export type EffectiveSettings = MergedSettings<Settings>;

/**
 * The person's own choices in the stored settings: what they chose in the settings page
 * (`chosen`, even a choice equal to the built-in default), and any value that differs from
 * the built-in default (settings stored before `chosen` existed).
 */
export function storedChoices(stored: Settings): UserChoices<Settings> {
  const choices = userChoices(stored, DEFAULT_SETTINGS);
  const arrival = { ...choices.arrival };
  for (const name of stored.chosen) {
    if (name.startsWith('arrival.')) {
      const kind = PAGE_KINDS.find((k) => `arrival.${k}` === name);
      if (kind) arrival[kind] = stored.arrival[kind];
    } else if (name in DEFAULT_SETTINGS && name !== 'chosen' && name !== 'arrival') {
      (choices as Record<string, unknown>)[name] = stored[name as keyof Settings];
    }
  }
  if (Object.keys(arrival).length > 0) choices.arrival = arrival;
  return choices;
}

/** What applies, from the stored settings (a whole settings object) and the policy. */
export function effectiveSettings(stored: Settings, policy: ManagedPolicy = EMPTY_POLICY): EffectiveSettings {
  const merged = mergeSettings(DEFAULT_SETTINGS, storedChoices(stored), policy);
  return { ...merged, settings: { ...merged.settings, chosen: stored.chosen } };
}

/** What applies now, from the two stores (before either has loaded: their defaults). */
export function effectiveFromStores(settings: SettingsStore, managed?: ManagedPolicyStore): EffectiveSettings {
  return effectiveSettings(settings.getState().value, managed?.getState().policy);
}

/** Calls `apply` with what applies now, and again whenever the settings or the policy change. */
export function followEffectiveSettings(
  settings: SettingsStore,
  managed: ManagedPolicyStore | undefined,
  apply: (effective: EffectiveSettings) => void,
): () => void {
  const run = () => apply(effectiveFromStores(settings, managed));
  run();
  const unsubscribe = [settings.subscribe(run), managed?.subscribe(run)];
  return () => unsubscribe.forEach((u) => u?.());
}

/**
 * The policy, for code that reads storage itself (the content script: never a warning there,
 * its console is the EMS page's).
 */
export function readPolicyQuietly(): Promise<ManagedPolicy> {
  let area: ManagedArea | undefined;
  try {
    area = browser.storage?.managed as ManagedArea | undefined;
  } catch {
    area = undefined;
  }
  return readManagedPolicy(area, { warn: () => undefined });
}

/**
 * The keys (in `browser.storage.local`) to remove because a setting (the person's or the
 * organisation's) says not to keep them: the items kept only while a setting allows it.
 */
export function keysToForget(settings: Pick<Settings, 'keepRecentSearches' | 'keepLearnedSuggestions'>): string[] {
  const items = [...(settings.keepRecentSearches ? [] : [recentSearchesItem]), ...(settings.keepLearnedSuggestions ? [] : [learnedItem, searchChoicesItem])];
  return items.map(localKey);
}
