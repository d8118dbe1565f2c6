// Settings an organisation sets for everyone (enterprise policy): its own help contact,
// where help appears and what it does on arrival, whether anything is remembered, and which
// settings people may not change. Chrome delivers them through `storage.managed` (declared in
// assets/public/managed_schema.json), Firefox through the `3rdparty` section of its
// enterprise policies; both reach the extension as `browser.storage.managed`.
//
// This module is the policy: its shape, and reading and checking it. A policy is input like
// any other: every value is checked (managed-checks.ts), and anything wrong (an unknown key,
// a wrong type, a link that is not https: or mailto:) is left out with a warning in the
// background's console. A bad policy never breaks the extension; it only has less effect.
// How it combines with the person's choices is managed-merge.ts; the store every surface
// follows is managed-store.ts.

import { PAGE_KINDS, type PageKind } from '../page/detect';
import { checkContactUrl, checkLabel, describe, isRecord, pickBoolean, pickEnum, pickText, shown } from './managed-checks';
import { ARRIVALS, PLACEMENTS, SIDES, THEMES, type ArrivalMode, type Placement, type Settings } from './settings';

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
  const url = 'helpContactUrl' in raw ? pickText(raw.helpContactUrl, 'helpContactUrl', checkContactUrl, warnings) : undefined;
  const label = 'helpContactLabel' in raw ? pickText(raw.helpContactLabel, 'helpContactLabel', checkLabel, warnings) : undefined;
  if (url) policy.contact = { url, label: label ?? null };
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

  return { policy, warnings: capped(warnings) };
}

/** At most this many warnings are given: a policy of thousands of bad entries needs the first few to be fixed. */
export const MAX_WARNINGS = 20;

function capped(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), `…and ${warnings.length - MAX_WARNINGS} more warnings about the managed settings.`];
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
