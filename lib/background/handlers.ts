// What the background does for the browser-level entry points: the keyboard command, the
// omnibox (`ems <query>`) and the "Search EMS Help" context menu. Written against a small
// slice of the browser API so tests can run them with WXT's fake browser.

import type { FaqEntry } from '../corpus/types';
import { indexHash } from '../answer-route';
import { detectPage } from '../page/detect';
import type { MatchRange, SearchEngine } from '../search';
import type { ContentMessage } from '../messages';

export interface TabInfo {
  id?: number;
  index: number;
  url?: string;
}

/** The part of the browser API the handlers use. */
export interface BackgroundApi {
  activeTab(): Promise<TabInfo | undefined>;
  createTab(options: { url: string; active: boolean; index?: number; openerTabId?: number }): Promise<unknown>;
  updateTab(tabId: number, options: { url: string }): Promise<unknown>;
  sendToTab(tabId: number, message: ContentMessage): Promise<unknown>;
  answerPageUrl(hash: string): string;
}

/** Where a tab opened from `tab` goes: right after it, as the browser places a link opened in a new tab. */
export function besideTab(tab: TabInfo | undefined): { index?: number; openerTabId?: number } {
  return tab?.id !== undefined ? { index: tab.index + 1, openerTabId: tab.id } : {};
}

export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

/** Alt+Shift+H: on an EMS page, show or hide the panel; elsewhere there is no panel to toggle. */
export async function handleCommand(command: string, api: BackgroundApi): Promise<boolean> {
  if (command !== TOGGLE_PANEL_COMMAND) return false;
  const tab = await api.activeTab();
  if (tab?.id === undefined || !tab.url || !detectPage(tab.url)) return false;
  await api.sendToTab(tab.id, { type: 'toggle-panel' });
  return true;
}

export interface OmniboxSuggestion {
  /** What Enter on this suggestion hands back to `handleOmniboxEnter`. */
  content: string;
  description: string;
}

const ENTRY_PREFIX = 'ems-help:';

/**
 * Suggestions for the address bar. `markup` is true where the browser renders Chrome's
 * description XML (<match>, <dim>); Firefox shows the description as plain text.
 */
export function omniboxSuggestions(text: string, engine: SearchEngine, markup: boolean, limit = 5): OmniboxSuggestion[] {
  return engine.search(text, { limit }).map((hit) => ({
    content: `${ENTRY_PREFIX}${hit.entry.id}`,
    description: markup
      ? `${markRanges(hit.entry.title, hit.matches.title)} <dim>· ${escapeXml(hit.entry.section.at(-1) ?? '')}</dim>`
      : hit.entry.title,
  }));
}

/** Enter in the address bar: the chosen answer, else the best confident one, else the index filtered by the text. */
export function omniboxTarget(text: string, engine: SearchEngine, entries: readonly FaqEntry[]): string {
  const chosen = text.startsWith(ENTRY_PREFIX) ? text.slice(ENTRY_PREFIX.length) : null;
  if (chosen && entries.some((e) => e.id === chosen)) return `#${chosen}`;
  const [best] = engine.search(text, { limit: 1 });
  return best ? `#${best.entry.id}` : indexHash(text.trim());
}

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

export async function handleOmniboxEnter(
  text: string,
  disposition: OmniboxDisposition,
  engine: SearchEngine,
  entries: readonly FaqEntry[],
  api: BackgroundApi,
): Promise<void> {
  const url = api.answerPageUrl(omniboxTarget(text, engine, entries));
  if (disposition === 'currentTab') {
    const tab = await api.activeTab();
    if (tab?.id !== undefined) {
      await api.updateTab(tab.id, { url });
      return;
    }
  }
  await api.createTab({ url, active: disposition !== 'newBackgroundTab' });
}

export const SEARCH_MENU_ID = 'search-ems-help';

/** The selected text, trimmed to what a search box takes. */
export function menuQuery(selection: string | undefined): string {
  return (selection ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** "Search EMS Help for …": the panel on an EMS page, the answer index anywhere else. */
export async function handleMenuClick(
  menuItemId: string | number,
  selection: string | undefined,
  tab: TabInfo | undefined,
  api: BackgroundApi,
): Promise<'panel' | 'index' | 'ignored'> {
  const query = menuQuery(selection);
  if (menuItemId !== SEARCH_MENU_ID || !query) return 'ignored';
  if (tab?.id !== undefined && tab.url && detectPage(tab.url)) {
    try {
      await api.sendToTab(tab.id, { type: 'search-panel', query });
      return 'panel';
    } catch {
      // The page was open before the extension was installed or reloaded: no panel there yet.
    }
  }
  await api.createTab({
    url: api.answerPageUrl(indexHash(query)),
    active: true,
    ...besideTab(tab),
  });
  return 'index';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chrome's omnibox description: matched words in <match>, everything escaped. */
export function markRanges(text: string, ranges: readonly MatchRange[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${escapeXml(text.slice(at, start))}<match>${escapeXml(text.slice(start, end))}</match>`;
    at = end;
  }
  return out + escapeXml(text.slice(at));
}
