// @vitest-environment node
// The search engine as users meet it: what comes first for what they type, what gets
// highlighted, and that odd input never breaks the search box.
import { describe, expect, it } from 'vitest';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine, MAX_QUERY_LENGTH, NO_CURATED_TERMS, snippet, type MatchRange, type SearchHit } from '@/lib/search';
import { agrees, directionOf, opposes } from '@/lib/search/direction';
import { namingCalled, rightAsIntensifier, serverStopped, someoneLeft } from '@/lib/search/english';
import { editDistance, normalizeWord, stem, tokenize } from '@/lib/search/text';
import { buildVocabulary, WEAK_IMPORTANCE } from '@/lib/search/expand';
import { buildIndex } from '@/lib/search/index-build';
import { preferSections } from '@/lib/search/prefer-sections';
import { questionSentences, weighQuestions } from '@/lib/search/questions';
import type { Candidate } from '@/lib/search/score';
import { matchTerms, workspaceOf } from '@/lib/search/postings';
import { buildOffTopic, parseQuery } from '@/lib/search/query';
import { buildSynonyms } from '@/lib/search/synonyms';

const engine = createSearchEngine(entries, searchData);
const ids = (query: string, limit?: number) => engine.search(query, limit ? { limit } : {}).map((h) => h.entry.id);
const first = (query: string) => ids(query)[0];
const marked = (text: string, ranges: readonly MatchRange[]) => ranges.map(([s, e]) => text.slice(s, e));

const STORAGE = 'what-are-the-limitations-in-terms-of-storage';
const CUSTOM_DOMAIN = 'are-you-able-to-use-a-custom-domain-like-matrixexamplecom';
const CHANGE_DOMAIN = 'how-do-i-change-the-servers-custom-domain';
const CLOUDFLARE = 'cname-doesnt-work-with-cloudflare';
const JITSI_DATA = 'with-jitsi-video-conferencing-how-is-the-data-being-transferred';
const VIDEO_CALL = 'what-is-the-permissions-required-to-start-a-video-call';
const DELETE_USERS = 'how-do-i-delete-users-when-administering-the-server';
const DISCONTINUE = 'please-discontinue-my-account';

describe('search finds what users look for', () => {
  it('finds the storage answer for "disk quota"', () => {
    expect(first('disk quota')).toBe(STORAGE);
  });

  it('ranks a question that names the word above answers that only mention it', () => {
    const found = ids('jitsi');
    expect(found[0]).toBe(JITSI_DATA);
    expect(found).toContain(VIDEO_CALL); // "Jitsi" only in its answer
    expect(found.indexOf(JITSI_DATA)).toBeLessThan(found.indexOf(VIDEO_CALL));
  });

  it('understands other words for the same thing', () => {
    expect(first('how do I remove a user from my server')).toBe(DELETE_USERS);
    expect(first('close my ems account and stop paying')).toBe(DISCONTINUE);
    expect(first('will we be billed for remote users')).toMatch(/charged-for-those|over-federation/);
  });

  it('answers a forgotten password with resetting it, though the question names the email on the account', () => {
    // Adding an email is what makes a reset possible, not what someone who forgot theirs does.
    expect(first('forgot my password, there is an email on my account')).toBe('change-account-password--if-you-do-not-know-your-current-password');
    expect(ids('forgot password').slice(0, 3)).not.toContain('add-email-to-your-account');
  });

  it('answers a long natural-language question', () => {
    expect(first('my colleagues always show as offline even when they are online, why is that')).toBe(
      'online-users-are-displayed-as-offline',
    );
  });

  it('tolerates typos', () => {
    expect(first('cloudfalre')).toBe(CLOUDFLARE);
    expect(first('sotrage limit')).toBe(STORAGE);
    expect(first('deactvate users')).toBe(DELETE_USERS);
  });

  it('completes the word being typed', () => {
    // Four letters begin several words ("custom", "customize"): a custom-domain answer is among the first three.
    expect(engine.search('cust').slice(0, 3).some((h) => /custom domain/i.test(h.entry.title))).toBe(true);
    expect(ids('custom dom').slice(0, 2)).toEqual(expect.arrayContaining([CUSTOM_DOMAIN, CHANGE_DOMAIN]));
    expect(first('cloudfl')).toBe(CLOUDFLARE);
  });

  it('does not let an unfinished word empty the list', () => {
    for (const query of ['custom domain c', 'custom domain th', 'custom domain xy']) {
      expect(ids(query).slice(0, 3), query).toEqual(expect.arrayContaining([CUSTOM_DOMAIN, CHANGE_DOMAIN]));
    }
  });

  it('keeps the list while an everyday word is typed on the way to a word that is not', () => {
    // "pass" is everyday English; typed letter by letter on the way to "password", the
    // list must not empty at that letter and fill again at the next.
    for (const query of ['pas', 'pass', 'passw']) {
      const found = engine.search(query, { unsure: true }).slice(0, 3).map((h) => h.entry.id);
      expect(found, query).toContain('change-account-password');
    }
  });

  it('treats ".well-known", "well known" and "wellknown" alike', () => {
    for (const query of ['.well-known', 'well known', 'wellknown', 'Well-Known?']) {
      expect(ids(query).slice(0, 2), query).toContain('cname-and-well-known');
    }
  });

  it('ignores case and accents', () => {
    expect(first('CLOUDFLARÉ')).toBe(CLOUDFLARE);
    expect(first('Fédération')).toBe('could-you-expand-on-over-federation');
  });

  it('says nothing rather than something unrelated', () => {
    for (const query of ['how to cook rice', 'weather in london', 'pizza dough recipe', 'best hiking boots']) {
      expect(engine.search(query), query).toEqual([]);
      expect(engine.search(query, { unsure: true }), query).toEqual([]);
    }
  });

  it('says nothing for other topics written in words the FAQ uses', () => {
    for (const query of [
      'cancel my netflix subscription',
      'turn on dark theme',
      'how to mention someone',
    ]) {
      expect(engine.search(query), query).toEqual([]);
    }
    // The same words about this FAQ's topics still find their answers.
    expect(first('cancel my subscription')).toBe(DISCONTINUE);
    expect(first('rename the element client')).toBe('how-do-i-change-the-namebrand-of-the-element-web-client');
    expect(first('custom theme for the login page')).toBe('can-i-customize-the-element-web-login-page');
  });

  it('puts the section a query names above its page, though the page’s introduction covers more of the query', () => {
    // "crash" and "send" are in the debug-logs guide's introduction, "iOS" only in the section's heading.
    expect(ids('the iOS app crashed, how do I send diagnostics').slice(0, 2)).toEqual(['submit-debug-logs--element-ios', 'submit-debug-logs']);
    expect(first('crash diagnostics from Element iOS')).toBe('submit-debug-logs--element-ios');
  });

  it('puts a page’s strongest section above it where the query does more than name the page', () => {
    // The import guide's introduction and its "Import Process" steps match the same broad
    // words; the steps answer a question about doing it.
    expect(ids('bring our backup of the old synapse into the new host', 3).slice(0, 2)).toEqual([
      'import-database-and-media-dump--import-process',
      'import-database-and-media-dump',
    ]);
    // A story the page covers more of (its introduction and curated words speak of crashes,
    // bugs and tickets) is still answered by the section for the device it names.
    const unsure = (query: string) => engine.search(query, { limit: 2, unsure: true }).map((h) => h.entry.id);
    expect(unsure('the app on my iPad hangs, support asked me to attach a report to the ticket')).toEqual(['submit-debug-logs--element-ios', 'submit-debug-logs']);
    expect(unsure('Element on my iPhone stops responding; the maintainers want a report attached to the GitHub ticket')[0]).toBe('submit-debug-logs--element-ios');
    // A query that only names a page is answered by the page, not by its first steps.
    expect(ids('ldap', 1)).toEqual(['authentication-ldap-active-directory']);
    expect(ids('openid connect', 1)).toEqual(['authentication-openid-connect']);
    expect(ids('debug logs', 1)).toEqual(['submit-debug-logs']);
  });

  it('puts the section whose heading the query names above its sibling whose steps merely mention the word', () => {
    // iOS "Import" says "export" and "encryption" in its steps; iOS "Export" is what is asked for.
    expect(ids('export my encryption keys in the iPhone app').slice(0, 2)).toEqual([
      'export-and-import-e2e-room-keys--export-1',
      'export-and-import-e2e-room-keys--import-1',
    ]);
  });

  it('reads "right now" as when, not as a permission', () => {
    const [hit] = engine.search('why is everyone offline right now', { unsure: true });
    expect(hit?.entry.id).toBe('online-users-are-displayed-as-offline');
    expect(hit?.sure).toBe(true);
    expect(rightAsIntensifier(['fix', 'it', 'right', 'away'])).toEqual(new Set([2]));
    expect(rightAsIntensifier(['who', 'has', 'the', 'right', 'to', 'invite'])).toEqual(new Set());
  });

  it('reads "called" that gives a name as no call, and "called" after someone who calls as one', () => {
    const stems = (query: string) => engine.explain(query).terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    expect(stems('a bot called Foo stopped answering')).not.toContain('call');
    expect(stems('there is a room named Lobby')).not.toContain('call');
    expect(stems('we called support about the bot')).toContain('call');
    expect(namingCalled(['she', 'has', 'called', 'twice'])).toEqual(new Set());
  });

  it('reads someone who "left" or "quit" as gone from the organisation, and leaving a room or a side as no such thing', () => {
    const DELETE_USERS = 'how-do-i-delete-users-when-administering-the-server';
    const closest = (query: string) => engine.search(query, { unsure: true })[0]?.entry.id;
    expect(closest('our designer colleague has left; she should not be able to sign in any more')).toBe(DELETE_USERS);
    expect(closest('a volunteer quit yesterday, how do I shut him out of our chat')).toBe(DELETE_USERS);
    expect(someoneLeft('one of the members has left the room'.split(' '))).toEqual(new Set());
    expect(someoneLeft('the staff left column is empty'.split(' '))).toEqual(new Set());
    expect(someoneLeft('how many seats are left'.split(' '))).toEqual(new Set());
    expect(someoneLeft('our intern left in march'.split(' '))).toEqual(new Set([2]));
  });

  it('reads a server that "shut down" as dead, and shutting down one\'s own server as cancelling, and a server that went down as no dead one', () => {
    const closest = (query: string) => engine.search(query, { unsure: true })[0]?.entry;
    expect(closest('an old community is still in my list, its homeserver was shut down last year')?.page).toBe('leave-community-on-dead-homeserver');
    expect(closest('please shut down our server and stop billing us')?.id).toBe('please-discontinue-my-account');
    // An outage the corpus does not answer gets no sure answer: "dead" weighs as an everyday word.
    expect(engine.search('homeserver was shut down, we cannot sign in', { unsure: true })[0]?.sure).toBe(false);
    expect(serverStopped('a homeserver that has been shut down'.split(' '))).toEqual(new Set([5]));
    expect(serverStopped('our homeserver went down this morning'.split(' '))).toEqual(new Set());
    expect(serverStopped('shut down our server'.split(' '))).toEqual(new Set());
    expect(serverStopped('rename homeserver domain'.split(' '))).toEqual(new Set());
  });

  it('reads a phrase written with "not" in its contracted form too ("isn\'t")', () => {
    const read = (query: string) => engine.explain(query).terms.map((t) => t.alternatives.map((a) => a.stem));
    expect(read('that hostname isn\'t available')).toEqual(read('that hostname is not available'));
  });

  it('reads a chain of joined words ("end-to-end") as one thing, not as a term for every pair and every word', () => {
    expect(engine.explain('end-to-end encryption').terms.map((t) => t.text)).toEqual(['end', 'end-to', 'encryption']);
    // Counted four times, the chain alone made a question the corpus does not answer look answered.
    const [hit] = engine.search('could end-to-end encryption be disabled for every future room on our homeserver', { unsure: true });
    expect(hit?.sure).toBe(false);
    // A host name's labels glued are no word either: the host name's own term stands for them.
    const hostRead = engine.explain('I signed in at ems.element.io today').terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    expect(hostRead).toContain('domain');
    expect(hostRead).not.toContain(stem('emselement'));
  });

  it('reads two numbers joined by a dot (a date, a version) as the numbers, not as one number glued', () => {
    const read = engine.explain('since 3.4. the bridge is silent').terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    expect(read).not.toContain('34');
  });

  it('reads the letter of "e-mail" as part of the word, not as an unknown word of its own', () => {
    const terms = engine.explain('which service looks people up by their e-mails').terms.map((t) => t.text);
    expect(terms).toContain('e-mails');
    expect(terms).not.toContain('e');
  });

  it('lets the topic, not the page it is on, decide', () => {
    expect(first('billing page')).toBe('how-do-i-update-my-payment-info');
    expect(first('login page')).toBe('can-i-customize-the-element-web-login-page');
  });

  it('reads a word the FAQ writes as one even when typed as two', () => {
    expect(first('app service registration')).toBe('are-custom-appservices-supported');
    expect(first('custon app servise')).toBe('are-custom-appservices-supported');
    expect(first('sub domain for the server name')).toBe(
      'can-i-use-a-subdomain-instead-of-the-root-domain-with-my-ems-server',
    );
  });

  it('reads a host name and the domain it sits under, with "or" between them, as the choice between a subdomain and the root domain', () => {
    const choice = 'naming people @kim:talk.example.net or @kim:example.net, which is better?';
    expect(first(choice)).toBe('can-i-use-a-subdomain-instead-of-the-root-domain-with-my-ems-server');
    expect(engine.explain(choice).terms.map((t) => t.text)).toContain('talk.example.net example.net');
    // With "and" between them the query wants both, and far apart they are two things it names: no choice to weigh.
    for (const query of ['@kim:example.net for people and talk.example.net for the app', 'talk.example.net and, or rather, example.net', 'mail goes to example.net; should we turn on single sign-on or not for talk.example.net']) {
      expect(engine.explain(query).terms.map((t) => t.text), query).not.toContain('talk.example.net example.net');
    }
  });

  it('corrects two swapped letters in a short word', () => {
    expect(first('server nmae taken')).toBe('i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild');
  });

  it('respects the limit and scores from 0 to 1, best first', () => {
    const hits = engine.search('domain', { limit: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(engine.search('domain', { limit: 0 })).toEqual([]);
  });
});

// Two answers share their words and differ in direction: the guide that moves a server onto
// EMS and the FAQ answer that moves one off it (lib/search/direction.ts).
describe('a move between EMS and one’s own server goes the way the query says', () => {
  const ONTO_EMS = 'migrate-from-self-hosted-to-ems';
  const OFF_EMS = 'how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future';
  /** Where the first entry of the guide (its page or a section) and the FAQ answer rank. */
  const places = (query: string) => {
    const found = engine.search(query, { unsure: true, limit: 10 }).map((h) => h.entry);
    return {
      guide: found.findIndex((e) => e.id === ONTO_EMS || e.page === ONTO_EMS),
      faq: found.findIndex((e) => e.id === OFF_EMS),
    };
  };

  it('reads a direction from the words after "from" and "to" (German "von", "zu", "nach")', () => {
    expect(directionOf('Migrate From Self Hosted to EMS')).toEqual({ from: 'self', to: 'ems' });
    expect(directionOf('How do I migrate from EMS to self-hosted if I choose to do so in the future?')).toEqual({ from: 'ems', to: 'self' });
    expect(directionOf('Daten vom eigenen Server nach EMS übertragen')).toEqual({ from: 'self', to: 'ems' });
    // EMS by name wins over "own": this is the hosted service.
    expect(directionOf('switch from your own EMS server')).toEqual({ from: 'ems' });
    // Markers with no side after them, or the same side at both ends, say nothing.
    expect(directionOf('how to reset a password from the admin panel')).toEqual({});
    expect(directionOf('from EMS to EMS')).toEqual({});
    expect(opposes({ to: 'ems' }, { from: 'ems', to: 'self' })).toBe(true);
    expect(opposes({ to: 'ems' }, { from: 'self', to: 'ems' })).toBe(false);
    expect(opposes({ to: 'ems' }, undefined)).toBe(false);
    // An entry goes along when it states a side the query states and none against it.
    expect(agrees({ to: 'self' }, { from: 'ems', to: 'self' })).toBe(true);
    expect(agrees({ from: 'ems' }, { from: 'ems', to: 'self' })).toBe(true);
    expect(agrees({ to: 'self' }, { from: 'self', to: 'ems' })).toBe(false);
    expect(agrees({ from: 'self', to: 'self' }, { from: 'self', to: 'ems' })).toBe(false);
    expect(agrees({ to: 'self' }, { from: 'ems' })).toBe(false);
    expect(agrees({ to: 'self' }, undefined)).toBe(false);
  });

  it('moves the answer that goes the asked way above entries that name no direction', () => {
    // "to servers of our own": the FAQ answer goes that way; the page about leaving a dead
    // server's community shares the story's words (leave, servers, rooms) and goes no way.
    const ids = engine.search('someday we might take the rooms to servers of our own, how does leaving work', { unsure: true, limit: 3 }).map((h) => h.entry.id);
    const faq = ids.indexOf(OFF_EMS);
    const leave = ids.indexOf('leave-community-on-dead-homeserver--overview');
    expect(faq, ids.join(', ')).toBeGreaterThanOrEqual(0);
    expect(leave === -1 || faq < leave, ids.join(', ')).toBe(true);
  });

  it('ranks the guide above the FAQ answer for a move onto EMS, in English and German', () => {
    for (const query of ['Daten vom eigenen Server nach EMS übertragen', 'migrating from our self hosted synapse to ems']) {
      const { guide, faq } = places(query);
      expect(guide, query).toBeGreaterThanOrEqual(0);
      expect(faq === -1 || guide < faq, query).toBe(true);
      expect(faq, query).not.toBe(0);
    }
  });

  it('and the FAQ answer above the guide for a move off it', () => {
    for (const query of ['bring our data from EMS onto our own server', 'von EMS zum eigenen Synapse wechseln']) {
      const { guide, faq } = places(query);
      // First, the FAQ answer or the guide to importing EMS's export on your own server:
      // both are about the move off EMS.
      const first = engine.search(query, { unsure: true, limit: 1 })[0]?.entry;
      expect([OFF_EMS, 'import-database-and-media-dump'], query).toContain(first?.page ?? first?.id);
      expect(faq, query).toBeGreaterThanOrEqual(0);
      expect(guide === -1 || faq < guide, query).toBe(true);
    }
  });
});

describe('highlighting', () => {
  const hitFor = (query: string, id: string): SearchHit => {
    const hit = engine.search(query).find((h) => h.entry.id === id);
    if (!hit) throw new Error(`${id} not found for "${query}"`);
    return hit;
  };

  it('marks the matched words in the question and the answer', () => {
    const hit = hitFor('custom domain', CUSTOM_DOMAIN);
    expect(marked(hit.entry.title, hit.matches.title).map((w) => w.toLowerCase())).toEqual(['custom', 'domain']);
    const inText = marked(hit.entry.text, hit.matches.text);
    expect(inText.length).toBeGreaterThan(0);
    for (const word of inText) expect(word.toLowerCase()).toMatch(/^(custom|domain)s?$/);
  });

  it('marks the word as written, whatever form was searched', () => {
    const hit = hitFor('deleting hosts', 'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild');
    expect(marked(hit.entry.title, hit.matches.title)).toEqual(['deleted', 'host']);
  });

  it('marks the right word for a typo and a synonym', () => {
    const typo = hitFor('cloudfalre', CLOUDFLARE);
    expect(marked(typo.entry.title, typo.matches.title)).toEqual(['CloudFlare']);
    const synonym = hitFor('remove users', DELETE_USERS);
    expect(marked(synonym.entry.title, synonym.matches.title)).toEqual(['delete', 'users']);
  });

  it('gives sorted, non-overlapping ranges inside the strings', () => {
    for (const hit of engine.search('dns cname record root domain')) {
      for (const [text, ranges] of [
        [hit.entry.title, hit.matches.title],
        [hit.entry.text, hit.matches.text],
      ] as const) {
        let previousEnd = -1;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThan(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previousEnd = end;
        }
      }
    }
  });
});

describe('snippet', () => {
  const text = 'First line of the answer.\n\nThen a second paragraph talks about storage limits in detail, and then it goes on and on about other things entirely.';
  const start = text.indexOf('storage');
  const ranges: MatchRange[] = [[start, start + 'storage'.length]];

  it('returns short text whole, on one line, with ranges shifted', () => {
    const result = snippet('One\n\ntwo  three', [[5, 8]], 100);
    expect(result.text).toBe('One two three');
    expect(marked(result.text, result.ranges)).toEqual(['two']);
  });

  it('never opens on a raw address: the sentence around it, or the words after it', () => {
    const page =
      'Hosting is where you manage your server and everything that runs on it for your team. ' +
      'Open https://ems.element.io/user/hosting Click Server Admin and then the Users tab to see who can sign in.';
    const at = page.indexOf('Server Admin');
    const starts = new Set<string>();
    for (let max = 50; max <= 200; max += 5) {
      const result = snippet(page, [[at, at + 'Server Admin'.length]], max);
      expect(result.text, `at ${max}`).not.toMatch(/^…?https?:/);
      expect(marked(result.text, result.ranges), `at ${max}`).toEqual(['Server Admin']);
      starts.add(result.text.slice(0, 6));
    }
    // The sentence's start where it fits, the words after the address where it does not.
    expect(starts).toContain('…Open ');
    expect(starts).toContain('…Click');
  });

  it('cuts long text around the first match, within maxLength', () => {
    const result = snippet(text, ranges, 60);
    expect(result.text.length).toBeLessThanOrEqual(60);
    expect(result.text).not.toMatch(/\n/);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(marked(result.text, result.ranges)).toEqual(['storage']);
  });

  it('starts at the beginning when there is no match, and drops ranges outside the excerpt', () => {
    expect(snippet(text, [], 30).text.startsWith('First line')).toBe(true);
    const late = text.indexOf('entirely');
    const result = snippet(text, [[0, 5], [late, late + 8]], 30);
    expect(marked(result.text, result.ranges)).toEqual(['First']);
  });

  it('works on a real hit', () => {
    const hit = engine.search('fair use', { unsure: true })[0];
    expect(hit?.entry.id).toBe(STORAGE);
    if (!hit) return;
    const result = snippet(hit.entry.text, hit.matches.text, 80);
    expect(result.text.length).toBeLessThanOrEqual(80);
    expect(marked(result.text, result.ranges).map((w) => w.toLowerCase())).toContain('fair');
  });
});

describe('related answers', () => {
  it('are the nearest other entries', () => {
    // The GitHub integration's neighbours: signing in with GitHub (a guide), the other
    // integration answers of the FAQ.
    const related = engine.related('how-do-i-add-a-github-integration', 6).map((e) => e.id);
    expect(related).toHaveLength(6);
    expect(related).toContain('authentication-openid-connect--github');
    expect(related).toContain('how-do-i-add-rss-integration-to-my-matrix-server');
    expect(related).not.toContain('how-do-i-add-a-github-integration');
    // The free and the paid Slack bridge: the two guides it compares come first, then the
    // FAQ's other paid-bridge answer.
    const slack = engine.related('what-is-the-difference-between-the-free-and-paid-slack-bridge', 4).map((e) => e.id);
    expect(slack.slice(0, 2)).toEqual(expect.arrayContaining(['integrations-ems-slack-bridge', 'integrations-morg-slack-bridge']));
    expect(slack).toContain('does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge');
  });

  it('are empty for an unknown id or no limit', () => {
    expect(engine.related('no-such-entry')).toEqual([]);
    expect(engine.related(CUSTOM_DOMAIN, 0)).toEqual([]);
  });
});

describe('odd input never breaks search', () => {
  const odd = [
    '',
    '   \n\t ',
    '?!.,;:-–—…',
    '.*(+[?\\',
    '$^{}|()[]\\d+',
    '😀🎉👍',
    '🙂 custom domain 🙂',
    'كيف أحذف حسابي',
    'איך מוחקים משתמש',
    'حسابي delete account',
    '\u0000\u200b\u202e',
    'a'.repeat(10_000),
    'custom domain '.repeat(800),
  ];

  it.each(odd.map((q) => [JSON.stringify(q.slice(0, 30)), q]))('%s', (_, query) => {
    const hits = engine.search(query);
    expect(Array.isArray(hits)).toBe(true);
    expect(() => engine.explain(query)).not.toThrow();
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
  });

  it('returns nothing for input without words', () => {
    for (const query of ['', '   ', '?!.,;:', '.*(+[?\\', '😀🎉👍', 'a'.repeat(10_000)]) {
      expect(engine.search(query), query).toEqual([]);
    }
  });

  it('still finds the words around emoji, right-to-left text and repeats', () => {
    expect(first('🙂 custom domain 🙂')).toMatch(/custom-domain/);
    expect(ids('حسابي delete account')).toContain(DISCONTINUE);
    expect(first('custom domain '.repeat(800))).toMatch(/custom-domain/);
  });

  it(`reads only the first ${MAX_QUERY_LENGTH} characters`, () => {
    const padding = 'the '.repeat(MAX_QUERY_LENGTH / 4);
    expect(ids(`jitsi ${padding}`)).toContain(JITSI_DATA);
    expect(ids(`${padding}jitsi`)).toEqual([]);
  });

  it('reads a forum post to its question at the end, though the story before it is long', () => {
    const story =
      'We are a volunteer-run sailing school with about forty members. Most of us joined the chat last spring, ' +
      'and the instructors use it every weekend to plan the boats, the weather checks and who brings the keys. ' +
      'It has worked well so far and everyone likes it a lot more than the old mailing list we had. ';
    expect(story.length).toBeGreaterThan(256);
    const question = "Now one instructor's Android app keeps crashing when she opens it: how does she send the app's logs to support?";
    const hits = engine.search(`${story}${question}`, { limit: 3, unsure: true });
    expect(hits.map((h) => h.entry.id)).toContain('submit-debug-logs--element-android');
  });
});

describe('text handling', () => {
  it('normalises case, accents and apostrophes', () => {
    expect(normalizeWord('Fédération')).toBe('federation');
    expect(normalizeWord('Doesn’t')).toBe('doesnt');
    expect(normalizeWord('Straße')).toBe('strasse');
  });

  it('reads a pronoun with its verb as the pronoun, not as another word', () => {
    // Without this, "I'd" read as "id", "we'd" as "wed", "we've" as a rare word.
    expect(["I'd", "we'd", 'We’ve', "they're", "it's", "I'll"].map(normalizeWord)).toEqual(['i', 'we', 'we', 'they', 'it', 'i']);
    expect(normalizeWord("server's")).toBe('servers');
    const terms = engine.explain("I'd like to change my user ID, we've tried").terms.map((t) => t.text);
    expect(terms).not.toContain('weve');
    expect(terms.filter((t) => t === 'id' || t === 'ids')).toHaveLength(1);
  });

  it('reads "buy", "ask", "talk" and "private" as the topics they are here, not as everyday English', () => {
    expect(engine.search('we want to buy our own homeserver subscription', { limit: 3, unsure: true })[0]?.entry.id).toBe('get-your-own-ems-server');
    for (const word of ['buy', 'ask', 'talk', 'private']) {
      expect(engine.explain(word).terms[0]?.importance ?? 0, word).toBeGreaterThan(WEAK_IMPORTANCE);
    }
  });

  it('reads "e-mail" as it reads "email"', () => {
    const read = (q: string) => engine.explain(q).terms.map((t) => t.alternatives.map((a) => a.stem).join('|'));
    expect(read('put a different e-mail on the account')).toEqual(read('put a different email on the account'));
    const ids = (q: string) => engine.search(q, { limit: 5, unsure: true }).map((h) => h.entry.id);
    expect(ids('E-Mail-Adresse im Profil eintragen, damit ich mein Kennwort neu setzen kann')).toEqual(
      ids('Email-Adresse im Profil eintragen, damit ich mein Kennwort neu setzen kann'),
    );
  });

  it('reads days and months as everyday words, and an everyday word only as itself', () => {
    const terms = engine.explain('honestly since friday in march the bridge is down').terms;
    const byText = new Map(terms.map((t) => [t.text, t]));
    const bridge = byText.get('bridge')?.importance ?? 0;
    for (const word of ['friday', 'march', 'honestly']) expect(byText.get(word)?.importance ?? 0).toBeLessThan(bridge);
    // "honestly" is in the related-words table (near "fair", "direct"): as a framing word it reaches none of them.
    expect(byText.get('honestly')?.alternatives.filter((a) => a.kind === 'related')).toEqual([]);
  });

  it('keeps positions and joins', () => {
    const tokens = tokenize('Use .well-known files');
    expect(tokens.map((t) => t.norm)).toEqual(['use', 'well', 'known', 'files']);
    expect(tokens[2]).toMatchObject({ start: 10, end: 15, joined: true, joiner: '-' });
  });

  it('stems word forms together', () => {
    for (const group of [
      ['delete', 'deleted', 'deleting', 'deletion'],
      ['customise', 'customize', 'customization', 'customised'],
      ['bridge', 'bridges', 'bridged', 'bridging'],
      ['host', 'hosts', 'hosting', 'hosted'],
      ['charge', 'charged', 'charges'],
      ['verify', 'verified', 'verification', 'verifications'],
      ['recover', 'recovered', 'recovery', 'recoveries'],
    ]) {
      expect(new Set(group.map(stem)), group.join()).toHaveProperty('size', 1);
    }
    expect(stem('host')).not.toBe(stem('hostname'));
    expect(stem('custom')).not.toBe(stem('customize'));
    expect(stem('battery')).toBe('battery');
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('uplaod', 'upload')).toBe(1);
    expect(editDistance('cloudfare', 'cloudflare')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('a corpus far larger than the real one', () => {
  // 3,000 entries: "bridge" in 2,100 of them, "server" in 2,500 (of which 1,600 have both).
  const many = Array.from({ length: 3000 }, (_, i) => {
    const words = [i < 2100 ? 'bridge' : 'room', i >= 500 ? 'server' : 'space', `label${i}`];
    return { ...entries[0]!, id: `synthetic-${i}`, title: `Entry ${words.join(' ')}`, text: `Some text about ${words.join(' and ')}.`, section: [] };
  });
  const index = buildIndex(many, {});
  const rowsFor = (query: string) => matchTerms(index, parseQuery({ index, synonyms: buildSynonyms(index, []), vocabulary: buildVocabulary(index.surfaces, index.postings), offTopic: buildOffTopic([]), placeholders: NO_CURATED_TERMS.placeholders }, query), workspaceOf(index), []);

  it('lets the commonest word only add to the entries the rarer one found', () => {
    // "bridge" finds its 2,100 entries; "server", common, then adds to those and makes no more.
    expect(rowsFor('bridge server')).toBe(2100);
    // Alone, a common word finds all its entries.
    expect(rowsFor('server')).toBe(2500);
  });

  it('still adds the common word to the entries found: those with both words come first', () => {
    const { candidates } = createSearchEngine(many).explain('bridge server');
    expect(candidates.length).toBeGreaterThan(1);
    for (const c of candidates) {
      expect(c.coverage).toBe(1);
      expect(many.find((e) => e.id === c.id)?.title).toMatch(/bridge server/);
    }
  });

  it('finds a word whose own completions are common too', () => {
    // "bridgebot" and "bridgework" (what "bridge" begins) fill more rows than the threshold
    // before "bridge" itself is walked: a query word's alternatives are one word.
    const words = Array.from({ length: 4000 }, (_, i) => ({
      ...entries[0]!,
      id: `w-${i}`,
      title: i < 1500 ? 'Bridge setup' : `Note ${i}`,
      text: i >= 1500 && i < 2600 ? 'a bridgebot' : i >= 2600 && i < 3650 ? 'the bridgework' : 'other text',
      section: [],
    }));
    const hits = createSearchEngine(words).search('bridge');
    expect(hits[0]?.entry.title).toBe('Bridge setup');
  });
});

describe('a guide page and the sections lifted above it', () => {
  // The Signal guide's page and three of its sections, with strengths and "about" shares
  // set by hand: what preferSections does with them, apart from any query's words.
  const index = buildIndex(entries, {});
  const at = (id: string) => index.entries.findIndex((e) => e.entry.id === id);
  const PAGE = 'integrations-signal-bridge';
  const candidate = (id: string, strength: number, about: number): Candidate => ({ index: at(id), strength, coverage: 0.6, about, subject: about, specific: true, headingNamesQuery: false });
  const order = (candidates: Candidate[]) => candidates.sort((a, b) => b.strength - a.strength).map((c) => index.entries[c.index]!.entry.id);

  it('keeps the lifted sections in their own order, all above their page', () => {
    const candidates = [
      candidate(PAGE, 10, 0.3),
      candidate(`${PAGE}--sending-a-message-to-a-signal-user`, 7, 0.5),
      candidate(`${PAGE}--why-do-signal-user-names-show-up-as-phone-numbers`, 9, 0.5),
    ];
    expect(candidates.every((c) => c.index >= 0)).toBe(true);
    preferSections(index, candidates, () => true);
    expect(order(candidates)).toEqual([`${PAGE}--why-do-signal-user-names-show-up-as-phone-numbers`, `${PAGE}--sending-a-message-to-a-signal-user`, PAGE]);
  });

  it('lifts a section that is more about the query above a sibling that outranked the page on broader words', () => {
    const candidates = [
      candidate(PAGE, 10, 0.3),
      candidate(`${PAGE}--sending-a-message-to-a-signal-user`, 10.01, 0.3),
      candidate(`${PAGE}--why-do-signal-user-names-show-up-as-phone-numbers`, 9, 0.6),
    ];
    preferSections(index, candidates, () => true);
    expect(order(candidates)[0]).toBe(`${PAGE}--why-do-signal-user-names-show-up-as-phone-numbers`);
    // A sibling above the page that is as much about the query keeps its place above the lifted one.
    const even = [candidate(PAGE, 10, 0.3), candidate(`${PAGE}--sending-a-message-to-a-signal-user`, 10.01, 0.6), candidate(`${PAGE}--why-do-signal-user-names-show-up-as-phone-numbers`, 9, 0.6)];
    preferSections(index, even, () => true);
    expect(order(even)[0]).toBe(`${PAGE}--sending-a-message-to-a-signal-user`);
  });
});

describe('the words that frame a question', () => {
  it('weighs "whenever", "wherever" and their kin as everyday words, not as a near spelling of a topic', () => {
    // "whenever" was one letter from "whatever", a word of the corpus: read so, it weighed as a topic.
    const terms = engine.explain('the desktop app freezes whenever I open settings, although wherever I look it says nothing').terms;
    for (const word of ['whenever', 'although', 'wherever']) {
      expect(terms.find((t) => t.text === word)?.importance).toBeLessThanOrEqual(WEAK_IMPORTANCE);
    }
  });

  it('weighs an adverb as a topic where the corpus uses its stem, and as a framing word where it does not', () => {
    const terms = engine.explain('honestly, can I really message a Slack person directly, or must it be done manually').terms;
    const importance = (word: string) => terms.find((t) => t.text === word)?.importance ?? 0;
    // "direct" (a direct message) and "manual" (export keys manually) are the corpus's words.
    for (const word of ['directly', 'manually']) expect(importance(word), word).toBeGreaterThan(WEAK_IMPORTANCE);
    // "honest" is not, and "really" is everyday English.
    for (const word of ['honestly', 'really']) expect(importance(word), word).toBeLessThanOrEqual(WEAK_IMPORTANCE);
  });
});

describe('a long post’s question sentences', () => {
  it('are the sentences that end in a question mark, unless they are the whole post', () => {
    expect(questionSentences('We run twelve rooms. The bridge works. Where do I change the card? Thanks!')).toBe('Where do I change the card?');
    expect(questionSentences('Where is it? And how?')).toBe('');
    expect(questionSentences('No question here.')).toBe('');
    // Asking without a question mark, in English and German.
    expect(questionSentences('An intern left on Friday. I need to make sure she cannot log in. Thanks.')).toBe('I need to make sure she cannot log in.');
    expect(questionSentences('Wir sind ein kleiner Verein. Wir möchten die Domain wechseln. Danke.')).toBe('Wir möchten die Domain wechseln.');
  });

  it('move up the entries that answer them, the first keeping its strength', () => {
    const candidate = (index: number, strength: number): Candidate => ({ index, strength, coverage: 0.5, about: 0.5, subject: 0.5, specific: true, headingNamesQuery: false });
    const candidates = [candidate(1, 10), candidate(2, 9), candidate(3, 5)];
    weighQuestions(candidates, [candidate(2, 4), candidate(3, 1)]);
    expect(candidates.map((c) => c.index)).toEqual([2, 1, 3]);
    expect(candidates[0]?.strength).toBeCloseTo(10);
  });

  it('bring the answer to a long post’s question into the list its story fills', () => {
    // A story about the Slack bridge that asks where to enter a new card.
    const post =
      'We moved our sales team from Slack to Element last spring and the Slack bridge has been running fine since then, the channels sync and people can DM across. ' +
      'Yesterday our finance person left and her company Visa was the one on file, so the card will be cancelled at the end of the month. ' +
      'Where do I put a new card so the subscription does not lapse?';
    expect(engine.search(post, { limit: 3, unsure: true }).map((h) => h.entry.id)).toContain('how-do-i-update-my-payment-info');
  });
});

describe('a word made with "un-"', () => {
  it('shares its base word\u2019s topic, not the meaning its synonyms give it', () => {
    // "lock" stands for deactivate and delete (search-terms.json); "unlock" means the opposite.
    const unlock = engine.explain('unlock my old messages on the new laptop').terms.find((t) => t.text === 'unlock');
    expect(unlock?.alternatives.map((a) => a.stem)).toEqual(['lock']);
  });
});
