// The organisation's policy (lib/state/managed.ts) as a store every surface can follow: read
// once from `browser.storage.managed`, and again whenever the browser reports a policy
// change. Warnings go to the console only where `warn` says (the background's, by default
// only there: a content script's console is the EMS page's).

import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EMPTY_POLICY, readManagedPolicy, type ManagedArea, type ManagedPolicy } from './managed';

export interface ManagedState {
  policy: ManagedPolicy;
  /** False until the policy has been read: a surface showing locked settings waits for it. */
  loaded: boolean;
}

export interface ManagedStoreOptions {
  /** Log the policy's warnings (true in the background; false elsewhere). */
  warn?: boolean;
  /** The storage area; `browser.storage.managed` by default. */
  area?: ManagedArea;
}

function managedArea(): ManagedArea | undefined {
  try {
    return browser.storage?.managed as ManagedArea | undefined;
  } catch {
    return undefined;
  }
}

export function createManagedPolicyStore({ warn = false, area = managedArea() }: ManagedStoreOptions = {}): StoreApi<ManagedState> {
  const store = createStore<ManagedState>()(() => ({ policy: EMPTY_POLICY, loaded: false }));
  const options = warn ? {} : { warn: () => undefined };
  const load = () =>
    readManagedPolicy(area, options).then((policy) => store.setState({ policy, loaded: true }));
  void load();
  try {
    browser.storage.onChanged.addListener((_changes, areaName) => {
      if (areaName === 'managed') void load();
    });
  } catch {
    // No change events here (a test's fake browser): the policy read at start stands.
  }
  return store;
}

export type ManagedPolicyStore = ReturnType<typeof createManagedPolicyStore>;
