// The answers the panel shows before the user types. What the screen shows (an alert, an
// open dialog) comes first when it matches strongly (cues.ts), because it says what the
// person is dealing with right now; then the page's own needs from the page table (lib/page/pages.ts), answers opened
// here before, and the search engine's answers to the page's topics, so the list is never
// short. Without an engine it gives the curated part.

import type { FaqEntry } from '../corpus/types';
import type { PageContext } from '../page/detect';
import { needsOf } from '../page/pages';
import type { SearchEngine } from '../search';
import { pinsForCues, type CueKind } from './cues';

export const SUGGESTION_COUNT = 5;
/** At most this many answers come from the site's own guide page being read. */
const GUIDE_SUGGESTIONS = 2;

export type SuggestionReason = 'screen' | 'curated' | 'learned' | 'section' | 'search';

export interface Suggestion {
  entry: FaqEntry;
  reason: SuggestionReason;
  /** For reason 'screen': the kind of cue it answers, and the cue's text. */
  cue?: { kind: CueKind; text: string };
}

export function suggestForPage(
  context: PageContext,
  entries: readonly FaqEntry[],
  engine: SearchEngine | null,
  limit: number = SUGGESTION_COUNT,
  /** Answers this person opened on this kind of page before (lib/state/learned.ts). */
  learned: readonly string[] = [],
): Suggestion[] {
  const needs = needsOf(context.kind, context.route);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const picked = new Map<string, Suggestion>();
  const add = (entry: FaqEntry | undefined, reason: SuggestionReason, cue?: Suggestion['cue']) => {
    if (entry && !picked.has(entry.id) && picked.size < limit) picked.set(entry.id, { entry, reason, ...(cue ? { cue } : {}) });
  };

  // A warning, a dialog, a message or the section in view that an answer clearly speaks to.
  for (const pin of pinsForCues(context.cues, entries, engine)) add(pin.entry, 'screen', { kind: pin.cue, text: pin.text });
  // The site's own guide page being read: the confident answers to its name, and where that
  // is one of the bundled guides, its sections in order (what the person will need next).
  if (engine && context.guide?.trim()) {
    for (const hit of engine.search(context.guide.slice(0, 200), { limit: GUIDE_SUGGESTIONS })) {
      add(hit.entry, 'search');
      if (hit.entry.kind === 'faq') continue;
      for (const entry of entries) if (entry.source.file === hit.entry.source.file) add(entry, 'search');
    }
  }
  for (const id of needs.must) add(byId.get(id), 'curated');
  // What this person opened here before, unless a warning's answer is pinned: then the
  // warning and the page's own needs fill the list.
  const warned = [...picked.values()].some((s) => s.cue?.kind === 'alert');
  if (!warned) for (const id of learned) add(byId.get(id), 'learned');
  for (const id of needs.may) add(byId.get(id), 'curated');
  const topics = needs.topics.trim();
  if (needs.sections.length > 0) {
    // Within a section, the entries closest to the page's topics first (corpus order
    // without an engine).
    const ranked = engine && topics ? engine.search(topics, { limit: entries.length }).map((hit) => hit.entry) : [];
    const inSection = (e: FaqEntry) => needs.sections.some((s) => e.section.includes(s));
    for (const entry of ranked) if (inSection(entry)) add(entry, 'section');
    for (const entry of entries) if (inSection(entry)) add(entry, 'section');
  }
  if (engine && topics) for (const hit of engine.search(topics, { limit })) add(hit.entry, 'search');
  return [...picked.values()];
}
