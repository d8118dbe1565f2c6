// What the search engine answers for a page's screen (its warnings, dialog, section in view)
// and guide page, for the panel page, which has no engine until the person searches: the
// background's engine answers (lib/suggest/screen-answers.ts) over the runtime messaging,
// never through the EMS page. Once the panel has loaded its own engine, that answers instead.

import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FaqEntry } from '@/lib/corpus';
import { parseScreenAnswersReply, type BackgroundMessage, type ScreenAnswersReply } from '@/lib/messages';
import type { PageContext } from '@/lib/page/detect';
import { needsOf } from '@/lib/page/pages';
import { listSuggestions, type Suggestion } from '@/lib/suggest/list';
import { topicRankings } from '@/lib/suggest/rankings';
import { asksEngine, fromReply, NO_SCREEN_ANSWERS, type ScreenAnswers } from '@/lib/suggest/screen-answers';
import { topicKey } from '@/lib/suggest/topic-ranking';

/** Asks for the engine's answers to a page's screen; null when none came (the extension went away). */
export type AskScreen = (context: PageContext) => Promise<ScreenAnswersReply | null>;

/** The engine's answers to a page's screen, worked out by the panel's own engine. */
export type LocalScreen = (context: PageContext) => ScreenAnswers;

/** How many recent screens' answers are kept: the panel and its list ask about the same screen. */
const REMEMBERED = 16;

/** Asks the background (the panel page's own messaging; `knownId`: ids of the corpus). */
export function askBackground(knownId: (id: string) => boolean): AskScreen {
  const asked = new Map<string, Promise<ScreenAnswersReply | null>>();
  return (context) => {
    const key = JSON.stringify([context.kind, context.route, context.guide ?? '', context.cues ?? {}]);
    let reply = asked.get(key);
    if (!reply) {
      const message: BackgroundMessage = { type: 'screen-answers', context };
      reply = browser.runtime.sendMessage(message).then(
        (raw: unknown) => parseScreenAnswersReply(raw, knownId),
        () => null,
      );
      asked.set(key, reply);
      if (asked.size > REMEMBERED) asked.delete(asked.keys().next().value!);
    }
    return reply;
  };
}

/**
 * The engine's answers for `page`: from `local` where the panel has an engine, else asked
 * of `ask`. While a new screen's answers are on their way, the last ones for the same page
 * (kind and tab) stay, so pinned answers do not blink off as the section in view changes.
 */
export function useScreenAnswers(page: PageContext, entries: readonly FaqEntry[], local: LocalScreen | null, ask: AskScreen | undefined): ScreenAnswers {
  const wanted = asksEngine(page);
  const fromLocal = useMemo(() => (local && wanted ? local(page) : null), [local, page, wanted]);
  const [answered, setAnswered] = useState<{ page: PageContext; reply: ScreenAnswersReply } | null>(null);
  useEffect(() => {
    if (fromLocal || !wanted || !ask) return;
    let live = true;
    void ask(page).then((reply) => {
      if (live && reply) setAnswered({ page, reply });
    });
    return () => {
      live = false;
    };
  }, [page, wanted, ask, fromLocal]);
  return useMemo(() => {
    if (!wanted) return NO_SCREEN_ANSWERS;
    if (fromLocal) return fromLocal;
    const samePage = answered && answered.page.kind === page.kind && answered.page.route === page.route;
    return samePage ? fromReply(answered.reply, entries) : NO_SCREEN_ANSWERS;
  }, [wanted, fromLocal, answered, page, entries]);
}

/** A page's suggestions without an engine at hand: the build's topic rankings and the screen's answers. */
export function pageSuggestions(
  page: PageContext,
  entries: readonly FaqEntry[],
  limit: number,
  learned: readonly string[],
  screen: ScreenAnswers,
): Suggestion[] {
  return listSuggestions(page, entries, limit, learned, { ranking: topicRankings[topicKey(needsOf(page.kind, page.route))], screen });
}
