// The user's settings (options page): where the panel docks, what it does on arrival on
// each kind of page, and the colour theme. Every surface watches them, so a change applies
// to open EMS tabs at once.

import { PAGE_KINDS, type PageKind } from '../page/detect';
import { createPersistedStore } from './persisted-store';

export type PanelSide = 'right' | 'left';
/** On arrival: the panel open, only its launcher, or nothing at all. */
export type ArrivalMode = 'open' | 'launcher' | 'off';
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface Settings {
  panelSide: PanelSide;
  arrival: Record<PageKind, ArrivalMode>;
  theme: ThemeSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  panelSide: 'right',
  arrival: { hosting: 'open', billing: 'open', account: 'open', support: 'open', other: 'launcher' },
  theme: 'system',
};

const SIDES: readonly PanelSide[] = ['right', 'left'];
const ARRIVALS: readonly ArrivalMode[] = ['open', 'launcher', 'off'];
const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Valid fields are kept, anything else falls back to its default, field by field. */
export function parseSettings(raw: unknown): Settings | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  const arrivalRaw = (typeof value.arrival === 'object' && value.arrival !== null ? value.arrival : {}) as Record<string, unknown>;
  const arrival = Object.fromEntries(
    PAGE_KINDS.map((kind) => [kind, pick(ARRIVALS, arrivalRaw[kind], DEFAULT_SETTINGS.arrival[kind])]),
  ) as Record<PageKind, ArrivalMode>;
  return {
    panelSide: pick(SIDES, value.panelSide, DEFAULT_SETTINGS.panelSide),
    arrival,
    theme: pick(THEMES, value.theme, DEFAULT_SETTINGS.theme),
  };
}

/**
 * Version 0 (before there was a version) stored `{ side, darkMode }`: carry those over.
 */
export function migrateSettings(raw: unknown, fromVersion: number): Settings | null {
  if (fromVersion !== 0 || typeof raw !== 'object' || raw === null) return null;
  const old = raw as { side?: unknown; darkMode?: unknown };
  return parseSettings({
    panelSide: old.side,
    theme: old.darkMode === true ? 'dark' : old.darkMode === false ? 'light' : 'system',
  });
}

export function createSettingsStore() {
  return createPersistedStore<Settings>({
    key: 'local:settings',
    version: 1,
    defaults: DEFAULT_SETTINGS,
    parse: parseSettings,
    migrate: migrateSettings,
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
