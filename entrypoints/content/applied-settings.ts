// What applies in this EMS tab: the person's stored settings merged with the organisation's
// policy (lib/state/effective-settings.ts), each taken as soon as it is read, and both
// followed as they change. Until either is read the defaults apply, so the panel's frame
// starts loading at once instead of after a storage round trip. Nothing here warns: the
// content script's console is the EMS page's.

import { browser, type Browser } from 'wxt/browser';
import { effectiveSettings, readPolicyQuietly } from '@/lib/state/effective-settings';
import { settingsItem } from '@/lib/state/items';
import { EMPTY_POLICY, type ManagedPolicy } from '@/lib/state/managed';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/state/settings';

export interface SettingsEvents {
  /** The stored settings, or the policy, were read for the first time: what applies may differ from the defaults. */
  read(): void;
  /** The person or the organisation changed them; `sideChosen`: the person chose another side for the panel. */
  changed(sideChosen: boolean): void;
}

export interface AppliedSettings {
  /** What applies now. */
  readonly current: Settings;
  /** Reads both and follows them. */
  start(on: SettingsEvents): void;
  stop(): void;
}

export function appliedSettings(readPolicy: () => Promise<ManagedPolicy> = readPolicyQuietly): AppliedSettings {
  let stored: Settings = DEFAULT_SETTINGS;
  let policy: ManagedPolicy = EMPTY_POLICY;
  let current: Settings = DEFAULT_SETTINGS;
  let stopped = false;
  const merge = () => {
    current = effectiveSettings(stored, policy).settings;
  };
  let onStorage: ((changes: Record<string, Browser.storage.StorageChange>, area: string) => void) | undefined;
  let unwatch: (() => void) | undefined;

  return {
    get current() {
      return current;
    },
    start(on) {
      onStorage = (_changes, area) => {
        if (area !== 'managed') return;
        // The organisation changed its policy: read it again, checked.
        void readPolicy().then((next) => {
          if (stopped) return;
          policy = next;
          merge();
          on.changed(false);
        });
      };
      browser.storage.onChanged.addListener(onStorage);
      unwatch = settingsItem.watch((value) => {
        if (stopped) return;
        const sideChosen = value.panelSide !== stored.panelSide;
        stored = value;
        merge();
        on.changed(sideChosen);
      });
      // Each as soon as it is read: Chrome's first read of the organisation's policy after the
      // browser starts can take seconds, and a person who chose the side panel must not see
      // the in-page panel meanwhile.
      settingsItem
        .getValue()
        .then((got) => {
          stored = got;
        })
        .catch(() => undefined)
        .finally(() => {
          if (stopped) return;
          merge();
          on.read();
        });
      void readPolicy().then((read) => {
        if (stopped) return;
        policy = read;
        merge();
        on.read();
      });
    },
    stop() {
      stopped = true;
      try {
        if (onStorage) browser.storage.onChanged.removeListener(onStorage);
        unwatch?.();
      } catch {
        // The extension is gone: its listeners went with it.
      }
    },
  };
}
