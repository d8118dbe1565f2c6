// What each person chose after searching (lib/search/learning.ts), kept on this device
// only and cleared from the settings with the rest of the remembered data.

import { parseChoices, type LearnedChoice } from '../search/learning';
import { createPersistedStore } from './persisted-store';

export function createSearchLearningStore() {
  return createPersistedStore<LearnedChoice[]>({
    key: 'local:search-choices',
    version: 1,
    defaults: [],
    parse: parseChoices,
  });
}

export type SearchLearningStore = ReturnType<typeof createSearchLearningStore>;

let shared: SearchLearningStore | undefined;

/** The one store per extension page (every surface of a page learns into the same one). */
export function sharedSearchLearning(): SearchLearningStore {
  shared ??= createSearchLearningStore();
  return shared;
}
