// The user's settings (options page): where help appears (in the page or the browser's side
// panel), where the in-page panel docks, what it does on arrival on each kind of page, and
// the colour theme. Every surface watches them, so a change applies
// to open EMS tabs at once.

import { PAGE_KINDS, type PageKind } from '../page/detect';
import type { ItemStore } from './item-store';

export type PanelSide = 'right' | 'left';
/** Where help appears: a panel in the EMS page, or the browser's side panel (Firefox: sidebar). */
export type Placement = 'page' | 'sidepanel';
/** On arrival: the panel open, only its launcher, or nothing at all. */
export type ArrivalMode = 'open' | 'launcher' | 'off';
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface Settings {
  placement: Placement;
  panelSide: PanelSide;
  arrival: Record<PageKind, ArrivalMode>;
  theme: ThemeSetting;
  /** False: recent searches are not recorded, and those stored are cleared. */
  keepRecentSearches: boolean;
  /** False: opened answers and search choices are not learned, and what was learned is cleared. */
  keepLearnedSuggestions: boolean;
  /**
   * What the person chose in the settings page, even where the choice equals the built-in
   * default: a setting's name, or `arrival.<kind>`. An organisation's (unlocked) default
   * applies only to what is not chosen (lib/state/effective-settings.ts).
   */
  chosen: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  placement: 'page',
  panelSide: 'right',
  arrival: { hosting: 'open', billing: 'open', account: 'open', support: 'open', other: 'launcher' },
  theme: 'system',
  keepRecentSearches: true,
  keepLearnedSuggestions: true,
  chosen: [],
};

export const PLACEMENTS: readonly Placement[] = ['page', 'sidepanel'];
export const SIDES: readonly PanelSide[] = ['right', 'left'];
export const ARRIVALS: readonly ArrivalMode[] = ['open', 'launcher', 'off'];
export const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

const CHOICES: readonly string[] = [
  'placement',
  'panelSide',
  'theme',
  'keepRecentSearches',
  'keepLearnedSuggestions',
  ...PAGE_KINDS.map((kind) => `arrival.${kind}`),
];

function parseChosen(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return CHOICES.filter((name) => raw.includes(name));
}

type ChoosableSetting = Exclude<keyof Settings, 'chosen' | 'arrival'>;

/** `current` with the person's choice of `value` for `name`, marked as chosen. */
export function choose<K extends ChoosableSetting>(current: Settings, name: K, value: Settings[K]): Settings {
  return { ...current, [name]: value, chosen: current.chosen.includes(name) ? current.chosen : [...current.chosen, name] };
}

/** `current` with the person's choice of what happens on arrival on `kind` pages. */
export function chooseArrival(current: Settings, kind: PageKind, mode: ArrivalMode): Settings {
  const name = `arrival.${kind}`;
  return {
    ...current,
    arrival: { ...current.arrival, [kind]: mode },
    chosen: current.chosen.includes(name) ? current.chosen : [...current.chosen, name],
  };
}

/** An own property only: a stored object's prototype keys (`constructor`, …) mean nothing here. */
const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

/** Valid fields are kept, anything else falls back to its default, field by field. */
export function parseSettings(raw: unknown): Settings | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  const arrivalValue = own(value, 'arrival');
  const arrivalRaw = (typeof arrivalValue === 'object' && arrivalValue !== null ? arrivalValue : {}) as Record<string, unknown>;
  const arrival = Object.fromEntries(
    PAGE_KINDS.map((kind) => [kind, pick(ARRIVALS, own(arrivalRaw, kind), DEFAULT_SETTINGS.arrival[kind])]),
  ) as Record<PageKind, ArrivalMode>;
  return {
    placement: pick(PLACEMENTS, own(value, 'placement'), DEFAULT_SETTINGS.placement),
    panelSide: pick(SIDES, own(value, 'panelSide'), DEFAULT_SETTINGS.panelSide),
    arrival,
    theme: pick(THEMES, own(value, 'theme'), DEFAULT_SETTINGS.theme),
    keepRecentSearches: bool(own(value, 'keepRecentSearches'), DEFAULT_SETTINGS.keepRecentSearches),
    keepLearnedSuggestions: bool(own(value, 'keepLearnedSuggestions'), DEFAULT_SETTINGS.keepLearnedSuggestions),
    chosen: parseChosen(own(value, 'chosen')),
  };
}

/** The in-memory settings every surface reads (stores.ts); stored as `settingsItem` (items.ts). */
export type SettingsStore = ItemStore<Settings>;
