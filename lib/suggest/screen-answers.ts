// The part of a page's suggestions only a search engine can give at run time: answers to
// what the screen shows (cues.ts) and to the site's guide page being read. The panel page
// builds no engine until the person searches (6 MB of index per EMS tab otherwise), so the
// background's engine, shared by every tab, works these out (lib/background/handlers.ts)
// and the panel lists them with the rest (suggest.ts). The same function runs in the panel
// once it has an engine of its own (engine-answers.ts), so both give the same answers. This
// module stays free of the engine: the panel page's first load imports it.

import type { FaqEntry } from '../corpus/types';
import type { PinReply, ScreenAnswersReply } from '../messages';
import type { PageContext } from '../page/detect';
import type { CuePin } from './cues';

/** What the engine found for a page's screen and guide page, as entries. */
export interface ScreenAnswers {
  pins: readonly CuePin[];
  /** The engine's confident answers to the guide page's name. */
  guide: readonly FaqEntry[];
}

export const NO_SCREEN_ANSWERS: ScreenAnswers = { pins: [], guide: [] };

/** Whether a page has anything for the engine to answer beyond its fixed topics. */
export const asksEngine = (context: Pick<PageContext, 'cues' | 'guide'>) => !!context.guide?.trim() || cueCount(context) > 0;

function cueCount({ cues }: Pick<PageContext, 'cues'>): number {
  if (!cues) return 0;
  return (cues.alerts?.length ?? 0) + (cues.notices?.length ?? 0) + (cues.dialog ? 1 : 0) + (cues.heading ? 1 : 0);
}

/** As a reply to the panel page, by id. */
export function toReply({ pins, guide }: ScreenAnswers): ScreenAnswersReply {
  return {
    ok: true,
    pins: pins.map((pin): PinReply => ({ id: pin.entry.id, cue: pin.cue, text: pin.text })),
    guide: guide.map((entry) => entry.id),
  };
}

/** A reply read back into entries of `entries` (the catalogue, or the full corpus). */
export function fromReply(reply: ScreenAnswersReply, entries: readonly FaqEntry[]): ScreenAnswers {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    pins: reply.pins.flatMap((pin) => {
      const entry = byId.get(pin.id);
      return entry ? [{ entry, cue: pin.cue, text: pin.text }] : [];
    }),
    guide: reply.guide.flatMap((id) => byId.get(id) ?? []),
  };
}
