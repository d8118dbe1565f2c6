// The answers a page shows before the user types, listed from what is known of it: the page
// table's curated answers (lib/page/pages.ts), what this person opened here before, and the
// search engine's answers worked out elsewhere — to the page's fixed topics at build time
// (topic-ranking.ts), to what its screen shows by an engine at run time (screen-answers.ts).
// Free of the engine, so the panel page lists a page's suggestions without loading one;
// suggest.ts gives it an engine's answers where one is at hand.

import type { FaqEntry } from '../corpus/types';
import type { PageContext } from '../page/detect';
import { needsOf } from '../page/pages';
import type { CueKind } from './cues';
import type { ScreenAnswers } from './screen-answers';
import type { TopicRanking } from './topic-ranking';

export const SUGGESTION_COUNT = 5;
/** How many the open panel lists after its "more" button. */
export const MORE_SUGGESTIONS = 8;

/**
 * A page's key: its kind and its tab's route (`hosting#/integrations`). The panel keys what it
 * shows by it (a new key is a new page), and so do the build's first lists (first-suggestions.ts).
 */
export const pageKeyOf = ({ kind, route }: Pick<PageContext, 'kind' | 'route'>) => `${kind}${route ?? ''}`;

export type SuggestionReason = 'screen' | 'curated' | 'learned' | 'section' | 'search';

export interface Suggestion {
  entry: FaqEntry;
  reason: SuggestionReason;
  /** For reason 'screen': the kind of cue it answers, and the cue's text. */
  cue?: { kind: CueKind; text: string };
}

/** What a search engine answered for a page; each part missing: that part is left out. */
export interface EngineAnswers {
  /** Its ranking of the page's topics (`top` at least `limit` long, or all it found). */
  ranking?: TopicRanking;
  /** Its answers to the screen's cues and to the guide page being read. */
  screen?: ScreenAnswers;
}

export function listSuggestions(
  context: PageContext,
  entries: readonly FaqEntry[],
  limit: number = SUGGESTION_COUNT,
  /** Answers this person opened on this kind of page before (lib/state/learned.ts). */
  learned: readonly string[] = [],
  { ranking, screen }: EngineAnswers = {},
): Suggestion[] {
  const needs = needsOf(context.kind, context.route);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const picked = new Map<string, Suggestion>();
  const add = (entry: FaqEntry | undefined, reason: SuggestionReason, cue?: Suggestion['cue']) => {
    if (entry && !picked.has(entry.id) && picked.size < limit) picked.set(entry.id, { entry, reason, ...(cue ? { cue } : {}) });
  };

  // A warning, a dialog, a message or the section in view that an answer clearly speaks to.
  for (const pin of screen?.pins ?? []) add(pin.entry, 'screen', { kind: pin.cue, text: pin.text });
  // A pinned guide section's page comes next: the guide it is part of, whole, is what to read
  // next.
  for (const pin of screen?.pins ?? []) if (pin.entry.kind === 'section' && pin.entry.page) add(byId.get(pin.entry.page), 'search');
  // The site's own guide page being read: the confident answers to its name, and where that
  // is one of the bundled guides, its sections in order (what the person will need next).
  for (const found of screen?.guide ?? []) {
    add(found, 'search');
    if (found.kind === 'faq') continue;
    for (const entry of entries) if (entry.source.file === found.source.file) add(entry, 'search');
  }
  for (const id of needs.must) add(byId.get(id), 'curated');
  // What this person opened here before, unless a warning's answer is pinned: then the
  // warning and the page's own needs fill the list.
  const warned = [...picked.values()].some((s) => s.cue?.kind === 'alert');
  if (!warned) for (const id of learned) add(byId.get(id), 'learned');
  for (const id of needs.may) add(byId.get(id), 'curated');
  if (needs.sections.length > 0) {
    // Within a section, the entries closest to the page's topics first (corpus order
    // without an engine).
    const inSection = (e: FaqEntry) => needs.sections.some((s) => e.section.includes(s));
    for (const id of ranking?.inSections ?? []) add(byId.get(id), 'section');
    for (const entry of entries) if (inSection(entry)) add(entry, 'section');
  }
  for (const id of ranking?.top.slice(0, limit) ?? []) add(byId.get(id), 'search');
  return [...picked.values()];
}
