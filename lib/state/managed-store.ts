// The organisation's policy (lib/state/managed.ts) as a store every surface can follow: read
// once from `browser.storage.managed`, and again whenever the browser reports a policy
// change. Warnings go to the console only where `warn` says (the background's, by default
// only there: a content script's console is the EMS page's).
//
// Chrome answers a read of managed storage slowly and unevenly: 2–3 s for the first read
// after the browser starts, and then anything from 1 ms to a second for a new panel page
// (issue 21), while the panel would wait for it before its first paint. So the background,
// which reads the policy when the browser starts, keeps a copy of what it read in
// `storage.session` (in memory, this browser session only, extension pages only); a panel
// page given that area takes the copy until its own read answers, which replaces it.

import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { POLICY_COPY_KEY, takeEarly } from './first-reads';
import { EMPTY_POLICY, parseManaged, readManagedPolicy, type ManagedArea, type ManagedPolicy } from './managed';

export interface ManagedState {
  policy: ManagedPolicy;
  /** False until the policy has been read: a surface showing locked settings waits for it. */
  loaded: boolean;
}

/** The part of `browser.storage.session` the policy's copy needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The storage.session key of the copy: the raw managed values, checked again by each reader. */
export { POLICY_COPY_KEY };

export interface ManagedStoreOptions {
  /** Log the policy's warnings (true in the background; false elsewhere). */
  warn?: boolean;
  /** The storage area; `browser.storage.managed` by default. */
  area?: ManagedArea;
  /** Keep a copy of each read here (the background). */
  keepCopyIn?: SessionArea;
  /** Start from the copy kept here, if there is one, until the policy itself is read (the panel page). */
  startFrom?: SessionArea;
}

function managedArea(): ManagedArea | undefined {
  let area: ManagedArea | undefined;
  try {
    area = browser.storage?.managed as ManagedArea | undefined;
  } catch {
    return undefined;
  }
  // The panel page asked for the policy as it started (first-reads.ts): its first read takes that answer.
  return area && { get: (keys) => takeEarly('managed', null) ?? area.get(keys) };
}

/** `browser.storage.session` where this browser and context have it. */
export function sessionArea(): SessionArea | undefined {
  try {
    return (browser.storage?.session as SessionArea | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `area`, keeping a copy of what each read answers in `copy` (no policy: an empty one). */
function copying(area: ManagedArea | undefined, copy: SessionArea): ManagedArea {
  const keep = (raw: unknown) => {
    copy.set({ [POLICY_COPY_KEY]: raw }).catch(() => undefined);
  };
  return {
    get: async () => {
      try {
        const raw = area ? await area.get(null) : {};
        keep(raw);
        return raw;
      } catch (error) {
        // Firefox throws where no policy is installed: that is the empty policy too.
        keep({});
        throw error;
      }
    },
  };
}

export function createManagedPolicyStore({
  warn = false,
  area = managedArea(),
  keepCopyIn,
  startFrom,
}: ManagedStoreOptions = {}): StoreApi<ManagedState> {
  const store = createStore<ManagedState>()(() => ({ policy: EMPTY_POLICY, loaded: false }));
  const options = warn ? {} : { warn: () => undefined };
  const source = keepCopyIn ? copying(area, keepCopyIn) : area;
  let read = false;
  const load = () =>
    readManagedPolicy(source, options).then((policy) => {
      read = true;
      store.setState({ policy, loaded: true });
    });
  void load();
  if (startFrom) {
    (takeEarly('session', [POLICY_COPY_KEY]) ?? startFrom.get(POLICY_COPY_KEY))
      .then((items) => {
        const raw = items[POLICY_COPY_KEY];
        // No copy yet (the browser has just started): wait for the read, as without one.
        if (raw === undefined || read) return;
        store.setState({ policy: parseManaged(raw).policy, loaded: true });
      })
      .catch(() => undefined);
  }
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
