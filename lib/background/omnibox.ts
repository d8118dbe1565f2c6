// The address bar's `ems <query>`: suggestions as the person types, and what Enter opens
// (the chosen answer, the best sure one, the online EMS documentation's search when that
// suggestion was chosen, else the answer index filtered by the text, which keeps the text
// out of the address). Written against the small browser API of handlers.ts.

import type { FaqEntry } from '../corpus/types';
import { docsSearchUrl, handedQuery } from '../help-links';
import { pagesOf, whereItLives } from '../hit-location';
import { t } from '../i18n';
import type { MatchRange, SearchEngine } from '../search';
import { indexFor, menuQuery, type BackgroundApi } from './handlers';

export interface OmniboxSuggestion {
  /** What Enter on this suggestion hands back to `handleOmniboxEnter`. */
  content: string;
  description: string;
}

const ENTRY_PREFIX = 'ems-help:';
/** A suggestion that opens the online EMS documentation's own search for the rest of it. */
const DOCS_SEARCH_PREFIX = 'ems-help-docs:';

/**
 * Suggestions for the address bar: each answer with where it lives ("Export · Export and
 * Import E2E Room Keys › Element iOS"), so answers of the same title can be told apart.
 * With no sure answer, one suggestion to search the online EMS documentation instead (it
 * sends nothing unless chosen). `markup` is true where the browser renders Chrome's
 * description XML (<match>, <dim>); Firefox shows the description as plain text.
 */
export function omniboxSuggestions(
  text: string,
  engine: SearchEngine,
  entries: readonly FaqEntry[],
  markup: boolean,
  limit = 5,
): OmniboxSuggestion[] {
  const pageOf = pagesOf(entries);
  const hits = engine.search(text, { limit });
  const query = handedQuery(text);
  if (hits.length === 0) {
    if (!query) return [];
    const description = t('help.searchDocs', query);
    return [{ content: `${DOCS_SEARCH_PREFIX}${query}`, description: markup ? escapeXml(description) : description }];
  }
  return hits.map((hit) => {
    const where = whereItLives(hit.entry, pageOf, t('common.faq')).join(' › ');
    return {
      content: `${ENTRY_PREFIX}${hit.entry.id}`,
      description: markup
        ? `${markRanges(hit.entry.title, hit.matches.title)}${where ? ` <dim>· ${escapeXml(where)}</dim>` : ''}`
        : `${hit.entry.title}${where ? ` · ${where}` : ''}`,
    };
  });
}

/**
 * Enter in the address bar: the chosen answer, else the best confident one, else (null) the
 * index filtered by the text.
 */
export function omniboxTarget(text: string, engine: SearchEngine, entries: readonly FaqEntry[]): string | null {
  if (text.startsWith(DOCS_SEARCH_PREFIX)) return null;
  const chosen = text.startsWith(ENTRY_PREFIX) ? text.slice(ENTRY_PREFIX.length) : null;
  if (chosen && entries.some((e) => e.id === chosen)) return `#${chosen}`;
  const [best] = engine.search(text, { limit: 1 });
  return best ? `#${best.entry.id}` : null;
}

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

export async function handleOmniboxEnter(
  text: string,
  disposition: OmniboxDisposition,
  engine: SearchEngine,
  entries: readonly FaqEntry[],
  api: BackgroundApi,
): Promise<void> {
  try {
    const docsQuery = text.startsWith(DOCS_SEARCH_PREFIX) ? handedQuery(text.slice(DOCS_SEARCH_PREFIX.length)) : null;
    const target = omniboxTarget(text, engine, entries);
    const url = docsQuery
      ? docsSearchUrl(docsQuery)
      : target
        ? api.answerPageUrl(target)
        : await indexFor(menuQuery(text), api);
    if (disposition === 'currentTab') {
      const tab = await api.activeTab();
      if (tab?.id !== undefined) {
        await api.updateTab(tab.id, { url });
        return;
      }
    }
    await api.createTab({ url, active: disposition !== 'newBackgroundTab' });
  } catch {
    // No window to open into (closing), or the tab went away: nothing more to do.
  }
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

