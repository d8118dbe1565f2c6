// The in-memory zustand stores the extension's pages render from, one per stored item
// (items.ts): created once per page, persisted through the item, following other tabs.

import { createItemStore, type ItemStore } from './item-store';
import { learnedItem, panelPrefsItem, recentSearchesItem, searchChoicesItem, settingsItem } from './items';
import type { LearnedChoice } from '../search/learning';
import type { LearnedStore } from './learned';
import type { PanelPrefsStore } from './panel-prefs';
import type { RecentSearchesStore } from './recent-searches';
import type { SettingsStore } from './settings';

export const createSettingsStore = (): SettingsStore => createItemStore(settingsItem);
export const createPanelPrefsStore = (): PanelPrefsStore => createItemStore(panelPrefsItem);
export const createRecentSearchesStore = (): RecentSearchesStore => createItemStore(recentSearchesItem);
export const createLearnedStore = (): LearnedStore => createItemStore(learnedItem);

/** What each person chose after searching (lib/search/learning.ts). */
export type SearchLearningStore = ItemStore<LearnedChoice[]>;
export const createSearchLearningStore = (): SearchLearningStore => createItemStore(searchChoicesItem);

let shared: SearchLearningStore | undefined;

/** The one search-learning store per extension page (every surface of a page learns into it). */
export function sharedSearchLearning(): SearchLearningStore {
  shared ??= createSearchLearningStore();
  return shared;
}
