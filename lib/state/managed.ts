// Settings an organisation sets for everyone (enterprise policy): its own help contact,
// where help appears and what it does on arrival, whether anything is remembered, and which
// settings people may not change. Chrome delivers them through `storage.managed` (declared in
// assets/public/managed_schema.json), Firefox through the `3rdparty` section of its
// enterprise policies; both reach the extension as `browser.storage.managed`.
//
// A policy is input like any other: every value is checked here, and anything wrong (an
// unknown key, a wrong type, a link that is not https: or mailto:) is left out with a warning
// in the background's console. A bad policy never breaks the extension; it only has less
// effect.
//
// How a managed value combines with the person's own choice (`mergeSettings`):
//   - a setting named in `locked` takes the organisation's value (or, when the policy gives
//     none, the built-in default); the person's stored choice is ignored but kept, so it
//     comes back if the organisation unlocks the setting; the settings page shows the value
//     with "Set by your organisation" and cannot change it;
//   - a managed value that is not locked is the organisation's default: it replaces the
//     built-in default, and the person may still choose otherwise in the settings page;
//   - everything else is the person's choice, else the built-in default.

import { PAGE_KINDS, type PageKind } from '../page/detect';
import type { ArrivalMode, PanelSide, Settings, ThemeSetting } from './settings';

/** Where help appears: inside the EMS page, or in the browser's own side panel. */
export type Placement = 'page' | 'sidepanel';

/**
 * Every setting an organisation can set or lock: today's settings plus those the issue adds
 * (placement, and whether recent searches and learned suggestions are kept at all).
 */
export interface ManageableSettings extends Settings {
  placement: Placement;
  keepRecentSearches: boolean;
  keepLearnedSuggestions: boolean;
}

export type LockableSetting = Exclude<keyof ManageableSettings, 'chosen'>;

export const LOCKABLE_SETTINGS: readonly LockableSetting[] = [
  'placement',
  'panelSide',
  'arrival',
  'theme',
  'keepRecentSearches',
  'keepLearnedSuggestions',
];

/** The built-in defaults of the settings settings.ts does not hold (yet). */
export const MANAGEABLE_DEFAULTS: Pick<ManageableSettings, 'placement' | 'keepRecentSearches' | 'keepLearnedSuggestions'> = {
  placement: 'page',
  keepRecentSearches: true,
  keepLearnedSuggestions: true,
};

/** The organisation's own help, shown wherever EMS Help offers EMS support today. */
export interface HelpContact {
  /** An https: or mailto: address, checked and normalised. */
  url: string;
  /** "IT helpdesk"; null when the policy gave none (the surface says "your organisation's help"). */
  label: string | null;
}

export interface ManagedPolicy {
  contact: HelpContact | null;
  /** Values for settings; a key is present only when the policy gave a valid value. */
  values: Partial<Omit<ManageableSettings, 'arrival' | 'chosen'>> & { arrival?: Partial<Record<PageKind, ArrivalMode>> };
  locked: LockableSetting[];
}

export const EMPTY_POLICY: ManagedPolicy = { contact: null, values: {}, locked: [] };

/** The policy keys (the names in managed_schema.json and in policies.json). */
export const POLICY_KEYS = [
  'helpContactUrl',
  'helpContactLabel',
  'placement',
  'panelSide',
  'arrival',
  'theme',
  'keepRecentSearches',
  'keepLearnedSuggestions',
  'locked',
] as const;

export const MAX_URL_CHARS = 2048;
export const MAX_LABEL_CHARS = 80;

const PLACEMENTS: readonly Placement[] = ['page', 'sidepanel'];
const SIDES: readonly PanelSide[] = ['right', 'left'];
const ARRIVALS: readonly ArrivalMode[] = ['open', 'launcher', 'off'];
const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];

// C0 and C1 control characters, and the invisible format characters that can reorder or
// hide text (bidirectional overrides and isolates, zero-width characters).
// eslint-disable-next-line no-control-regex
const CONTROL_OR_FORMAT = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** Short, printable, never the whole of a long or hostile value. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The organisation's help link if it may become a live link: https: (with a host and no
 * user name or password in it) or mailto: (with an address), no control characters,
 * at most MAX_URL_CHARS. Otherwise null, with the reason.
 */
export function checkContactUrl(raw: string): { url: string } | { error: string } {
  const value = raw.trim();
  if (!value) return { error: 'is empty' };
  if (value.length > MAX_URL_CHARS) return { error: `is longer than ${MAX_URL_CHARS} characters` };
  if (CONTROL_OR_FORMAT.test(value)) return { error: 'contains control characters' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: 'is not a URL' };
  }
  if (url.protocol === 'https:') {
    if (!url.hostname) return { error: 'has no host' };
    if (url.username || url.password) return { error: 'contains a user name or password' };
    return { url: url.href };
  }
  if (url.protocol === 'mailto:') {
    const address = decodeURIComponentSafe(url.pathname);
    if (!address || !/^[^\s@,;]+@[^\s@,;]+$/.test(address)) return { error: 'is not a mailto: link with one e-mail address' };
    return { url: url.href };
  }
  return { error: `uses ${url.protocol} (only https: and mailto: are allowed)` };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function checkLabel(raw: string): { label: string } | { error: string } {
  const label = raw.trim().replace(/\s+/g, ' ');
  if (!label) return { error: 'is empty' };
  if (CONTROL_OR_FORMAT.test(raw)) return { error: 'contains control characters' };
  if (label.length > MAX_LABEL_CHARS) return { error: `is longer than ${MAX_LABEL_CHARS} characters` };
  return { label };
}

function pickEnum<T extends string>(
  allowed: readonly T[],
  value: unknown,
  key: string,
  warnings: string[],
): T | undefined {
  if (typeof value === 'string' && allowed.includes(value as T)) return value as T;
  warnings.push(`Managed setting "${key}" ignored: ${shown(value)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  return undefined;
}

function pickBoolean(value: unknown, key: string, warnings: string[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  warnings.push(`Managed setting "${key}" ignored: expected true or false, got ${describe(value)} ${shown(value)}.`);
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a managed-storage object means: every valid value kept, everything else left out
 * with one warning each. Never throws.
 */
export function parseManaged(raw: unknown): { policy: ManagedPolicy; warnings: string[] } {
  const warnings: string[] = [];
  const policy: ManagedPolicy = { contact: null, values: {}, locked: [] };
  if (raw === undefined || raw === null) return { policy, warnings };
  if (!isRecord(raw)) {
    warnings.push(`Managed settings ignored: expected an object, got ${describe(raw)}.`);
    return { policy, warnings };
  }

  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      warnings.push(`Managed setting ${shown(key)} ignored: unknown key (known: ${POLICY_KEYS.join(', ')}).`);
    }
  }

  // The help contact: a link, and the words for it.
  let url: string | null = null;
  if ('helpContactUrl' in raw) {
    const value = raw.helpContactUrl;
    if (typeof value !== 'string') {
      warnings.push(`Managed setting "helpContactUrl" ignored: expected a string, got ${describe(value)}.`);
    } else {
      const checked = checkContactUrl(value);
      if ('error' in checked) warnings.push(`Managed setting "helpContactUrl" ignored: ${shown(value)} ${checked.error}.`);
      else url = checked.url;
    }
  }
  let label: string | null = null;
  if ('helpContactLabel' in raw) {
    const value = raw.helpContactLabel;
    if (typeof value !== 'string') {
      warnings.push(`Managed setting "helpContactLabel" ignored: expected a string, got ${describe(value)}.`);
    } else {
      const checked = checkLabel(value);
      if ('error' in checked) warnings.push(`Managed setting "helpContactLabel" ignored: ${shown(value)} ${checked.error}.`);
      else label = checked.label;
    }
  }
  if (url) policy.contact = { url, label };
  else if (label) warnings.push('Managed setting "helpContactLabel" ignored: there is no valid "helpContactUrl" for it.');

  if ('placement' in raw) {
    const placement = pickEnum(PLACEMENTS, raw.placement, 'placement', warnings);
    if (placement) policy.values.placement = placement;
  }
  if ('panelSide' in raw) {
    const side = pickEnum(SIDES, raw.panelSide, 'panelSide', warnings);
    if (side) policy.values.panelSide = side;
  }
  if ('theme' in raw) {
    const theme = pickEnum(THEMES, raw.theme, 'theme', warnings);
    if (theme) policy.values.theme = theme;
  }
  for (const key of ['keepRecentSearches', 'keepLearnedSuggestions'] as const) {
    if (!(key in raw)) continue;
    const value = pickBoolean(raw[key], key, warnings);
    if (value !== undefined) policy.values[key] = value;
  }

  if ('arrival' in raw) {
    const arrival = raw.arrival;
    if (!isRecord(arrival)) {
      warnings.push(`Managed setting "arrival" ignored: expected an object with ${PAGE_KINDS.join(', ')}, got ${describe(arrival)}.`);
    } else {
      const clean: Partial<Record<PageKind, ArrivalMode>> = {};
      for (const [kind, mode] of Object.entries(arrival)) {
        if (!(PAGE_KINDS as readonly string[]).includes(kind)) {
          warnings.push(`Managed setting "arrival" entry ${shown(kind)} ignored: unknown kind of page (known: ${PAGE_KINDS.join(', ')}).`);
          continue;
        }
        const checked = pickEnum(ARRIVALS, mode, `arrival.${kind}`, warnings);
        if (checked) clean[kind as PageKind] = checked;
      }
      if (Object.keys(clean).length > 0) policy.values.arrival = clean;
    }
  }

  if ('locked' in raw) {
    const locked = raw.locked;
    if (!Array.isArray(locked)) {
      warnings.push(`Managed setting "locked" ignored: expected a list of setting names, got ${describe(locked)}.`);
    } else {
      for (const name of locked) {
        if (typeof name === 'string' && (LOCKABLE_SETTINGS as readonly string[]).includes(name)) {
          if (!policy.locked.includes(name as LockableSetting)) policy.locked.push(name as LockableSetting);
        } else {
          warnings.push(`Managed setting "locked" entry ${shown(name)} ignored: not a setting name (known: ${LOCKABLE_SETTINGS.join(', ')}).`);
        }
      }
    }
  }

  return { policy, warnings };
}

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

/** The part of `browser.storage.managed` this reads. */
export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

export interface ReadManagedOptions {
  /** Where warnings go: the background's console by default; surfaces in a page pass a no-op. */
  warn?: (message: string) => void;
}

/**
 * The organisation's policy, read and checked. Without a policy there is nothing to read:
 * Chrome answers `{}`, Firefox throws (no managed storage for this extension), and a
 * browser without managed storage has no `area` at all; each of those is the empty policy.
 */
export async function readManagedPolicy(
  area: ManagedArea | undefined,
  { warn = (message) => console.warn(`[EMS Help] ${message}`) }: ReadManagedOptions = {},
): Promise<ManagedPolicy> {
  if (!area) return EMPTY_POLICY;
  let raw: unknown;
  try {
    raw = await area.get(null);
  } catch {
    return EMPTY_POLICY;
  }
  const { policy, warnings } = parseManaged(raw);
  for (const message of warnings) warn(message);
  return policy;
}
