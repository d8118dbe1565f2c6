// A zustand store over one stored item (items.ts): the in-memory copy every surface's UI
// reads and changes, written back to the item on every change and following the item when
// another tab or surface changes it, so every open panel agrees.

import { createStore, type StoreApi } from 'zustand/vanilla';

/** What a store needs of a stored item: reads and changes checked by the item (items.ts). */
export interface StoredItem<T> {
  /** `local:<key>`; the item's version lives beside it under `<key>$` (WXT's metadata). */
  readonly key: `local:${string}`;
  /** What a surface sees when nothing, or nothing usable, is stored. */
  readonly fallback: T;
  /** The stored value, checked: the fallback when it is missing or malformed. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with the checked value whenever any tab or surface changes it. */
  watch(onChange: (value: T) => void): () => void;
  /** Runs the item's migrations now (they also run wherever the item is defined, at start). */
  migrate(): Promise<void>;
  /**
   * The stored value, checked, in one read where it needs no migration (stored at the current
   * version, or nothing stored); undefined where it does, or where this cannot be read so.
   * getValue waits for the item's migration read first: two reads in a row.
   */
  peek?(): Promise<T | undefined>;
}

export interface ItemState<T> {
  value: T;
  /** False until the stored value has been read: surfaces wait for it to avoid a flash. */
  hydrated: boolean;
  update: (change: (current: T) => T) => void;
  reset: () => void;
}

export type ItemStore<T> = StoreApi<ItemState<T>>;

export function createItemStore<T>(item: StoredItem<T>): ItemStore<T> {
  const write = (value: T) => {
    item.setValue(value).catch(() => {
      // Storage can be gone while the extension reloads; the next change writes again.
    });
  };

  const store = createStore<ItemState<T>>()((set, get) => ({
    value: item.fallback,
    hydrated: false,
    update: (change) => {
      const value = change(get().value);
      set({ value });
      write(value);
    },
    reset: () => {
      set({ value: item.fallback });
      write(item.fallback);
    },
  }));

  // The panel draws once its stores are read (issue 21): in one read where the item allows,
  // else after its migration. Whichever answers first stands; the other is the same value.
  let read = false;
  const hydrate = (value: T) => {
    if (read) return;
    read = true;
    store.setState({ value, hydrated: true });
  };
  item
    .peek?.()
    .then((value) => {
      if (value !== undefined) hydrate(value);
    })
    .catch(() => undefined);
  item
    .getValue()
    .then(hydrate)
    .catch(() => {
      if (!read) store.setState({ hydrated: true });
      read = true;
    });

  // Another tab or surface changed it: follow.
  item.watch((value) => store.setState({ value, hydrated: true }));

  return store;
}
