// The settings that apply (lib/state/effective-settings.ts) for a React surface: the
// person's settings store combined with the organisation's policy store.

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { effectiveSettings, type EffectiveSettings } from '@/lib/state/effective-settings';
import { EMPTY_POLICY } from '@/lib/state/managed';
import type { ManagedPolicyStore, ManagedState } from '@/lib/state/managed-store';
import type { SettingsStore } from '@/lib/state/settings';

/** No policy store given (tests, or a browser without managed storage): no policy. */
const NO_POLICY: ManagedPolicyStore = createStore<ManagedState>()(() => ({ policy: EMPTY_POLICY, loaded: true }));

export interface EffectiveView extends EffectiveSettings {
  /** Both the stored settings and the policy have been read. */
  loaded: boolean;
}

export function useEffectiveSettings(settings: SettingsStore, managed?: ManagedPolicyStore): EffectiveView {
  const stored = useStore(settings, (s) => s.value);
  const settingsLoaded = useStore(settings, (s) => s.hydrated);
  const policy = useStore(managed ?? NO_POLICY, (s) => s.policy);
  const policyLoaded = useStore(managed ?? NO_POLICY, (s) => s.loaded);
  const merged = useMemo(() => effectiveSettings(stored, policy), [stored, policy]);
  return useMemo(() => ({ ...merged, loaded: settingsLoaded && policyLoaded }), [merged, settingsLoaded, policyLoaded]);
}
