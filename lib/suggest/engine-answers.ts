// The engine's answers to what a page's screen shows and to the site's guide page being read
// (screen-answers.ts says who asks): run by the background for the panel pages, and by a
// panel page once it has loaded its own engine.

import type { FaqEntry } from '../corpus/types';
import type { PageContext } from '../page/detect';
import type { SearchEngine } from '../search';
import { pinsForCues } from './cues';
import type { ScreenAnswers } from './screen-answers';

/** At most this many answers come from the site's own guide page being read. */
export const GUIDE_SUGGESTIONS = 2;

export function screenAnswers(context: Pick<PageContext, 'cues' | 'guide'>, entries: readonly FaqEntry[], engine: SearchEngine): ScreenAnswers {
  const guide = context.guide?.trim() ? engine.search(context.guide.slice(0, 200), { limit: GUIDE_SUGGESTIONS }).map((hit) => hit.entry) : [];
  return { pins: pinsForCues(context.cues, entries, engine), guide };
}
