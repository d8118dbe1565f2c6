// What the in-page panel's first state is, worked out by the panel page's first script before
// React has arrived (first-paint.ts draws it): from the frame's address (where the user is)
// and the raw answers of the first storage reads (lib/state/first-reads.ts). Only where that
// state is certain to be what React draws first; anywhere else (a state to restore, an
// organisation's policy, answers this person opened here before, stored state in an older
// format) there is none, and React draws as it always did.

import type { PageKind } from '@/lib/page/detect';
import { pageKindLabel, pageLabel } from '@/lib/page/labels';
import { decayed, MIN_WEIGHT, parseLearned } from '@/lib/state/learned';
import { parsePanelPrefs } from '@/lib/state/panel-prefs';
import { DEFAULT_SETTINGS, parseSettings, type PanelSide, type ThemeSetting } from '@/lib/state/settings';
import type { FirstList, FirstSuggestions } from '@/lib/suggest/first-suggestions';
import { pageKeyOf } from '@/lib/suggest/list';
import type { PanelHost } from './panel-page';

export interface FirstState {
  kind: PageKind;
  /** "Hosting · Integrations": the page the panel is for. */
  label: string;
  /** The kind's name, for the folded launcher's title. */
  kindLabel: string;
  /** Folded to its launcher: by the person's choice (`byChoice`) or for want of room. */
  collapsed: boolean;
  byChoice: boolean;
  side: PanelSide;
  theme: ThemeSetting;
  maxHeight?: number;
  /** The browser has a side panel to move to (the header's button). */
  sidePanel: boolean;
  list: FirstList;
}

export interface FirstReads {
  /** `storage.local`'s answer for the settings, the panel's prefs and the learned answers (with their `<key>$`). */
  local: Record<string, unknown>;
  /**
   * The organisation's policy as stored (raw): the copy the background keeps this session,
   * else `storage.managed`'s own answer; undefined where neither is known.
   */
  policy: unknown;
}

/** The version items.ts stores its items at: anything else waits for React (a migration). */
const ITEM_VERSION = 2;

/** An item's raw value where it needs no migration; `undefined` where it does. */
function current(local: Record<string, unknown>, name: string): { value: unknown } | undefined {
  const value = local[name];
  if (value === undefined || value === null) return { value: undefined };
  const meta = local[`${name}$`];
  const version = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return version === ITEM_VERSION ? { value } : undefined;
}

/** An empty object: the copy of "no policy" the background keeps (lib/state/managed-store.ts). */
const isEmptyRecord = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

export function firstState(host: PanelHost, reads: FirstReads, lists: FirstSuggestions, now: number, sidePanel: boolean): FirstState | null {
  if (host.in !== 'page' || !host.initial) return null;
  const { context, room, maxHeight } = host.initial;
  // A policy, or none known yet (the browser has just started): React waits for it.
  if (!isEmptyRecord(reads.policy)) return null;
  const settingsRaw = current(reads.local, 'settings');
  const prefsRaw = current(reads.local, 'panel-prefs');
  const learnedRaw = current(reads.local, 'learned');
  if (!settingsRaw || !prefsRaw || !learnedRaw) return null;
  // Malformed stored state counts as the defaults, as the stores read it.
  const settings = (settingsRaw.value === undefined ? null : parseSettings(settingsRaw.value)) ?? DEFAULT_SETTINGS;
  const prefs = (prefsRaw.value === undefined ? null : parsePanelPrefs(prefsRaw.value)) ?? { collapsed: {} };
  const learned = (learnedRaw.value === undefined ? null : parseLearned(learnedRaw.value)) ?? {};
  // Answers opened on this kind of page may be promoted into its list: React works that out.
  const promotable = Object.values(learned[context.kind] ?? {}).some((opened) => decayed(opened, now) >= MIN_WEIGHT);
  if (settings.keepLearnedSuggestions && promotable) return null;
  const list = lists[pageKeyOf(context)];
  if (!list || list.rows.length === 0) return null;
  // As Panel.tsx decides on arrival: the person's fold for this kind of page, else the
  // arrival setting; and folded where the page leaves no room.
  const byChoice = prefs.collapsed[context.kind] ?? settings.arrival[context.kind] !== 'open';
  return {
    kind: context.kind,
    label: pageLabel(context),
    kindLabel: pageKindLabel(context.kind),
    collapsed: byChoice || !room,
    byChoice,
    side: host.initial.side ?? settings.panelSide,
    theme: settings.theme,
    ...(maxHeight ? { maxHeight } : {}),
    sidePanel,
    list,
  };
}
