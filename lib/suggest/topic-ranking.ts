// The search engine's part of a page's suggestions (suggest.ts), worked out at build time.
// A page's own suggestions end with the engine's answers to the page's topics (and its
// sections' entries, nearest to those topics first). The topics are fixed per page of the
// control panel (lib/page/pages.ts), so their ranking is too: the build works it out once
// (lib/corpus/build/vite-plugin.ts, `virtual:ems-topic-rankings`), and the panel page lists
// the same suggestions as with the engine without building one (6 MB of index per EMS tab).
// Only what the screen shows (a warning, the section in view) needs the engine at run time.

import type { FaqEntry } from '../corpus/types';
import { everyPageAndTab, needsOf, type Needs } from '../page/pages';
import type { SearchEngine } from '../search';

/** One page's topics, ranked by the engine: entry ids, best first. */
export interface TopicRanking {
  /** The entries of the page's sections that the engine finds for its topics. */
  inSections: readonly string[];
  /** The engine's first answers to the topics (as many as the longest list shows). */
  top: readonly string[];
}

/** Each page's ranking, under `topicKey(needs)`. */
export type TopicRankings = Readonly<Record<string, TopicRanking>>;

/** The most suggestions any surface lists (PanelBody's "more"): the length of `top`. */
export const RANKED_TOP = 8;

/** What a ranking depends on: the topics and the sections. */
export const topicKey = (needs: Needs) => `${needs.topics.trim()}\u0000${needs.sections.join('\u0001')}`;

const inSection = (needs: Needs) => (entry: FaqEntry) => needs.sections.some((s) => entry.section.includes(s));

/** The engine's ranking of one page's topics, `top` answers (what suggestForPage asks of it). */
export function rankTopics(needs: Needs, engine: SearchEngine, entries: readonly FaqEntry[], top: number = RANKED_TOP): TopicRanking {
  const topics = needs.topics.trim();
  if (!topics) return { inSections: [], top: [] };
  const fits = inSection(needs);
  const inSections = needs.sections.length > 0 ? engine.search(topics, { limit: entries.length }).filter((hit) => fits(hit.entry)) : [];
  return {
    inSections: inSections.map((hit) => hit.entry.id),
    top: engine.search(topics, { limit: top }).map((hit) => hit.entry.id),
  };
}

/** Every page's and every tab's ranking (build time). */
export function rankAllTopics(engine: SearchEngine, entries: readonly FaqEntry[]): Record<string, TopicRanking> {
  const out: Record<string, TopicRanking> = {};
  for (const { kind, route } of everyPageAndTab()) {
    const needs = needsOf(kind, route);
    out[topicKey(needs)] ??= rankTopics(needs, engine, entries);
  }
  return out;
}
