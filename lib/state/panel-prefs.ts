// Whether the panel is open or folded to its launcher, remembered per page kind: someone who
// folds it away on billing still gets it open on hosting.

import { PAGE_KINDS, type PageKind } from '../page/detect';
import type { ItemStore } from './item-store';

export type PanelPrefs = { collapsed: Partial<Record<PageKind, boolean>> };

export function parsePanelPrefs(raw: unknown): PanelPrefs | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const collapsed = (raw as { collapsed?: unknown }).collapsed;
  if (typeof collapsed !== 'object' || collapsed === null || Array.isArray(collapsed)) return null;
  const clean: PanelPrefs['collapsed'] = {};
  for (const kind of PAGE_KINDS) {
    const value = (collapsed as Record<string, unknown>)[kind];
    if (typeof value === 'boolean') clean[kind] = value;
  }
  return { collapsed: clean };
}

/** In memory (stores.ts); stored as an item (items.ts). */
export type PanelPrefsStore = ItemStore<PanelPrefs>;
