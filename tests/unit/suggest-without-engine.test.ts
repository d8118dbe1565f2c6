// @vitest-environment node
// The panel page lists a page's suggestions without a search engine of its own (issue 21):
// the engine's ranking of each page's topics is made at build time, and its answers for
// what the screen shows come from the background's engine as ids. Both must give exactly
// the list the engine gives.

import { describe, expect, it } from 'vitest';
import { handleRuntimeMessage, type BackgroundApi } from '@/lib/background/handlers';
import { entries, searchData } from '@/lib/corpus';
import { catalogue } from '@/lib/corpus/catalogue';
import { parseScreenAnswersReply } from '@/lib/messages';
import type { PageContext } from '@/lib/page/detect';
import { everyPageAndTab, needsOf } from '@/lib/page/pages';
import { createSearchEngine } from '@/lib/search';
import { listSuggestions, type Suggestion } from '@/lib/suggest/list';
import { topicRankings } from '@/lib/suggest/rankings';
import { screenAnswers } from '@/lib/suggest/engine-answers';
import { fromReply, toReply } from '@/lib/suggest/screen-answers';
import { suggestForPage } from '@/lib/suggest/suggest';
import { topicKey } from '@/lib/suggest/topic-ranking';

const engine = createSearchEngine(entries, searchData);
const known = (id: string) => catalogue.some((e) => e.id === id);
const shown = (list: Suggestion[]) => list.map((s) => [s.entry.id, s.reason, s.cue?.kind ?? '']);

const pages: PageContext[] = everyPageAndTab();

/** What the panel page lists: the catalogue, the build's ranking, the background's reply read back. */
function withoutEngine(context: PageContext, limit: number, learned: readonly string[]): Suggestion[] {
  const reply = parseScreenAnswersReply(JSON.parse(JSON.stringify(toReply(screenAnswers(context, entries, engine)))), known);
  expect(reply).not.toBeNull();
  return listSuggestions(context, catalogue, limit, learned, {
    ranking: topicRankings[topicKey(needsOf(context.kind, context.route))],
    screen: fromReply(reply!, catalogue),
  });
}

describe('suggestions without the engine', () => {
  it('every page and tab lists what the engine lists, five or eight, with and without learned answers', () => {
    const learned = [entries[3]!.id, entries[40]!.id];
    for (const page of pages) {
      for (const limit of [5, 8]) {
        for (const opened of [[], learned]) {
          expect(shown(withoutEngine(page, limit, opened)), `${page.kind} ${page.route} ${limit}`).toEqual(
            shown(suggestForPage(page, entries, engine, limit, opened)),
          );
        }
      }
    }
  });

  it('what the screen shows pins the same answers through the background as with the engine', () => {
    // Screens made from the corpus's own titles and words, and one the corpus does not speak to.
    const screens: PageContext[] = [
      { kind: 'hosting', route: '#/server-admin', cues: { alerts: [entries.find((e) => e.id === 'what-is-a-system-room')!.title], heading: 'Rooms' } },
      { kind: 'hosting', route: '#/hosts', cues: { heading: entries.find((e) => e.id === 'cname-and-well-known')!.title } },
      { kind: 'hosting', route: '#/integrations', cues: { dialog: 'Telegram bridge settings', notices: ['Bridge is running'] } },
      { kind: 'billing', route: null, cues: { alerts: ['Zebra crossing quartet'] } },
      { kind: 'other', route: null, guide: 'saml2 google' },
    ];
    let pinned = 0;
    for (const page of screens) {
      for (const limit of [5, 8]) {
        const expected = suggestForPage(page, entries, engine, limit);
        pinned += expected.filter((s) => s.reason === 'screen').length;
        expect(shown(withoutEngine(page, limit, [])), JSON.stringify(page)).toEqual(shown(expected));
      }
    }
    // The comparison means something: some of those screens pin answers.
    expect(pinned).toBeGreaterThan(0);
  });

  it('a reply naming an answer that does not exist, or malformed, is refused whole', () => {
    expect(parseScreenAnswersReply({ ok: true, pins: [{ id: 'no-such-answer', cue: 'alert', text: 'x' }], guide: [] }, known)).toBeNull();
    expect(parseScreenAnswersReply({ ok: true, pins: [{ id: entries[0]!.id, cue: 'shout', text: 'x' }], guide: [] }, known)).toBeNull();
    expect(parseScreenAnswersReply({ ok: true, pins: [], guide: ['no-such-answer'] }, known)).toBeNull();
    expect(parseScreenAnswersReply({ ok: true, pins: 'all', guide: [] }, known)).toBeNull();
    expect(parseScreenAnswersReply({ ok: true, pins: [], guide: [entries[0]!.id] }, known)).toEqual({ ok: true, pins: [], guide: [entries[0]!.id] });
  });

  it('the background answers the panel page, and nobody else', async () => {
    const api = { screenAnswers: (context: PageContext) => toReply(screenAnswers(context, entries, engine)) } as unknown as BackgroundApi;
    const message = { type: 'screen-answers', context: { kind: 'hosting', route: '#/server-admin', cues: { alerts: ['This is a system room that cannot be deleted.'] } } };
    const panelPage = { id: 'own', url: 'chrome-extension://own/panel.html?in=page&n=1' };
    const reply = await handleRuntimeMessage(message, panelPage, 'own', known, api);
    expect(parseScreenAnswersReply(reply, known)?.pins[0]).toMatchObject({ id: 'what-is-a-system-room', cue: 'alert' });
    // A content script (its page could have steered it) is not answered.
    expect(handleRuntimeMessage(message, { id: 'own', url: 'https://ems.element.io/user/hosting' }, 'own', known, api)).toBeUndefined();
  });
});
