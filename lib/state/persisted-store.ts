// A zustand store whose value lives in the extension's storage (`local:` area), so it
// survives reloads and is shared by every tab and surface. What is stored is versioned
// and validated on the way in: missing, old or malformed data becomes the defaults
// (or is migrated), never an exception in someone's page.

import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface PersistedState<T> {
  value: T;
  /** False until the stored value has been read: surfaces wait for it to avoid a flash. */
  hydrated: boolean;
  update: (change: (current: T) => T) => void;
  reset: () => void;
}

export interface PersistedStoreOptions<T> {
  key: StorageItemKey;
  version: number;
  defaults: T;
  /** Returns the value if `raw` is a valid value of the current version, else null. */
  parse: (raw: unknown) => T | null;
  /** Turns a value stored by an older version into a current one (null: use defaults). */
  migrate?: (raw: unknown, fromVersion: number) => T | null;
}

interface Envelope {
  version: number;
  value: unknown;
}

function isEnvelope(raw: unknown): raw is Envelope {
  return typeof raw === 'object' && raw !== null && typeof (raw as Envelope).version === 'number' && 'value' in raw;
}

/** What a stored value means today: parsed, migrated, or the defaults. */
export function readStored<T>(raw: unknown, options: PersistedStoreOptions<T>): T {
  if (!isEnvelope(raw)) return options.defaults;
  if (raw.version === options.version) return options.parse(raw.value) ?? options.defaults;
  if (raw.version < options.version && options.migrate) {
    return options.migrate(raw.value, raw.version) ?? options.defaults;
  }
  return options.defaults;
}

export function createPersistedStore<T>(options: PersistedStoreOptions<T>): StoreApi<PersistedState<T>> {
  const write = (value: T) => {
    const envelope: Envelope = { version: options.version, value };
    storage.setItem(options.key, envelope).catch(() => {
      // Storage can be gone while the extension reloads; the next change writes again.
    });
  };

  const store = createStore<PersistedState<T>>()((set, get) => ({
    value: options.defaults,
    hydrated: false,
    update: (change) => {
      const value = change(get().value);
      set({ value });
      write(value);
    },
    reset: () => {
      set({ value: options.defaults });
      write(options.defaults);
    },
  }));

  storage
    .getItem(options.key)
    .then((raw) => store.setState({ value: readStored(raw, options), hydrated: true }))
    .catch(() => store.setState({ hydrated: true }));

  // Another tab or surface changed it: follow, so every open panel agrees.
  storage.watch(options.key, (raw) => {
    store.setState({ value: readStored(raw, options), hydrated: true });
  });

  return store;
}
