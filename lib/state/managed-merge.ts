// How an organisation's policy (managed.ts) combines with the person's own choices and the
// built-in defaults (`mergeSettings`; pure, effective-settings.ts applies it to the stored
// settings):
//   - a setting named in `locked` takes the organisation's value (or, when the policy gives
//     none, the built-in default); the person's stored choice is ignored but kept, so it
//     comes back if the organisation unlocks the setting; the settings page shows the value
//     with "Set by your organisation" and cannot change it;
//   - a managed value that is not locked is the organisation's default: it replaces the
//     built-in default, and the person may still choose otherwise in the settings page;
//   - everything else is the person's choice, else the built-in default.

import { PAGE_KINDS, type PageKind } from '../page/detect';
import { LOCKABLE_SETTINGS, type HelpContact, type LockableSetting, type ManageableSettings, type ManagedPolicy } from './managed';
import type { ArrivalMode } from './settings';

/** What a person chose themselves: any setting, and any kinds of page in `arrival`. */
export type UserChoices<S extends ManageableSettings = ManageableSettings> = Partial<Omit<S, 'arrival'>> & {
  arrival?: Partial<Record<PageKind, ArrivalMode>>;
};

export interface MergedSettings<S extends ManageableSettings> {
  /** What applies. */
  settings: S;
  /** Settings the person cannot change: the settings page shows "Set by your organisation". */
  locked: ReadonlySet<LockableSetting>;
  /** Settings whose default the organisation chose (not locked: the person may override them). */
  managedDefaults: ReadonlySet<LockableSetting>;
  /** The organisation's help contact; null: EMS support, as without a policy. */
  contact: HelpContact | null;
}

/**
 * The settings that apply: built-in `defaults`, then the organisation's unlocked values
 * (its defaults), then the person's own `user` choices, then the locked values on top.
 *
 * `user` holds only what the person chose; a setting missing there follows the
 * (organisation's) default. For a store that holds a whole settings object, `userChoices`
 * derives this.
 */
export function mergeSettings<S extends ManageableSettings>(
  defaults: S,
  user: UserChoices<S>,
  policy: ManagedPolicy,
): MergedSettings<S> {
  const locked = new Set(policy.locked);
  const managedDefaults = new Set<LockableSetting>();
  const settings = { ...defaults, arrival: { ...defaults.arrival } } as S;
  const { arrival: managedArrival, ...managedRest } = policy.values;

  for (const name of LOCKABLE_SETTINGS) {
    if (name === 'arrival') {
      const userArrival = user.arrival ?? {};
      for (const kind of PAGE_KINDS) {
        const managed = managedArrival?.[kind];
        const own = userArrival[kind];
        settings.arrival[kind] = locked.has('arrival')
          ? (managed ?? defaults.arrival[kind])
          : (own ?? managed ?? defaults.arrival[kind]);
      }
      if (managedArrival && !locked.has('arrival')) managedDefaults.add('arrival');
      continue;
    }
    const managed = managedRest[name];
    const own = (user as Partial<ManageableSettings>)[name];
    const value = locked.has(name) ? (managed ?? defaults[name]) : (own ?? managed ?? defaults[name]);
    (settings as Record<string, unknown>)[name] = value;
    if (managed !== undefined && !locked.has(name)) managedDefaults.add(name);
  }

  return { settings, locked, managedDefaults, contact: policy.contact };
}

/**
 * The person's own choices within a stored whole settings object: values that differ from
 * the built-in defaults. (A value equal to the built-in default counts as not chosen, so an
 * organisation's default applies to it; a store that records only changed settings avoids
 * that ambiguity.)
 */
export function userChoices<S extends ManageableSettings>(stored: UserChoices<S>, defaults: S): UserChoices<S> {
  const choices: UserChoices<S> = {};
  for (const name of LOCKABLE_SETTINGS) {
    if (name === 'arrival') {
      const arrival: Partial<Record<PageKind, ArrivalMode>> = {};
      for (const kind of PAGE_KINDS) {
        const value = stored.arrival?.[kind];
        if (value !== undefined && value !== defaults.arrival[kind]) arrival[kind] = value;
      }
      if (Object.keys(arrival).length > 0) (choices as Record<string, unknown>).arrival = arrival;
      continue;
    }
    const value = (stored as Partial<ManageableSettings>)[name];
    if (value !== undefined && value !== defaults[name]) (choices as Record<string, unknown>)[name] = value;
  }
  return choices;
}
