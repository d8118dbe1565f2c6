// @vitest-environment node
// The heading cues of issue 20. A query about another person ("he forgot the password") is an
// admin's: the sections about users move up. One that says something is already in place gets
// the headings about changing it; one that names both sides of a heading that compares them
// gets that heading. A query whose verb asks for one of two opposite sections (Export or
// Import, Setup or Removal) gets that one, and one that names an app gets that app's section
// of a set a page gives per app. The queries here are written for these tests, not taken from
// the evaluation sets.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { createSearchEngine } from '@/lib/search';
import { buildIndex } from '@/lib/search/index-build';
import {
  headingsAboutUsers,
  headingsThatChange,
  headingsThatCompare,
  actionTwins,
  liftHeadings,
  namesAnotherPerson,
  preferHeadingsAboutUsers,
  preferHeadingsThatChange,
  preferHeadingsThatCompare,
  orderActionTwins,
  orderPlatformSiblings,
  preferAnswersThatNameAContact,
  answersThatNameAContact,
  platformSiblings,
} from '@/lib/search/heading-cues';
import type { QueryTerm } from '@/lib/search/expand';
import { expectLift, expectNoLift, type Lifted } from './heading-lift';
import { tokenize } from '@/lib/search/text';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus.entries, corpus.search);
const index = buildIndex(corpus.entries, corpus.search.keywords);
/** A query's words as the engine passes them (normalised). */
const words = (query: string) => tokenize(query).map((t) => t.norm);
const idOf = (i: number) => index.entries[i]?.entry.id;
const indexOf = (id: string) => index.entries.findIndex((data) => data.entry.id === id);
const firstIds = (query: string) => engine.search(query, { limit: 3, unsure: true }).map((hit) => hit.entry.id);

describe('lifting a kind of heading', () => {
  it('moves the lifted ones up by a share, rescaled so the strongest reads what the first did', () => {
    const list = [
      { index: 0, strength: 8 },
      { index: 1, strength: 6 },
      { index: 2, strength: 4 },
    ];
    expect(liftHeadings(list, new Set([2]), 0.5)).toBe(true);
    // 4 × 1.5 = 6 stays below the first: nothing is rescaled.
    expect(list.map((c) => c.strength)).toEqual([8, 6, 6]);
    expect(liftHeadings(list, new Set([7]), 0.5)).toBe(false);
    expect(liftHeadings([], new Set([0]), 0.5)).toBe(false);
    expect(liftHeadings([{ index: 0, strength: 0 }], new Set([0]), 0.5)).toBe(false);
  });
});

describe('a query about another person', () => {
  it('is one that names one other person, in English or German', () => {
    for (const query of ['he cannot sign in', 'my colleague quit', 'reset it for her', 'Die Kollegin kommt nicht rein', 'ein Mitglied hat es vergessen', 'kann ich ihm helfen', 'das Handy eines Mitarbeiters', 'das Passwort des Mitglieds']) {
      expect(namesAnotherPerson(words(query))).toBe(true);
    }
    // Everyone, the asker or the team are not one other person.
    for (const query of ['I forgot my password', 'all users should see it', 'unsere Nutzer', 'the members of our team', 'herald the theme']) {
      expect(namesAnotherPerson(words(query))).toBe(false);
    }
  });

  it('lifts the English headings about users, not the ones for the reader’s own account', () => {
    const ids = [...headingsAboutUsers(index)].map(idOf);
    expect(ids).toContain('reset-user-password');
    expect(ids).toContain('how-do-i-delete-users-when-administering-the-server');
    expect(ids).toContain('add-users');
    expect(ids).not.toContain('add-email-to-your-account');
    expect(ids).not.toContain('change-account-password--if-you-do-not-know-your-current-password');
    expect(ids).not.toContain('please-discontinue-my-account');
    expect(ids.every((id) => corpus.entries.find((e) => e.id === id)?.lang !== 'de')).toBe(true);
  });

  it('moves them up by a quarter, the first keeping its strength', () => {
    const pair = [indexOf('change-account-password--if-you-do-not-know-your-current-password'), indexOf('reset-user-password')] as const;
    // 9 × 1.25 = 11.25 is the strongest now; both are scaled so it reads 10, as the first did.
    expectLift((c) => preferHeadingsAboutUsers(index, c, words('he forgot it')), pair, 9, [8.89, 10]);
    expectNoLift((c) => preferHeadingsAboutUsers(index, c, words('I forgot it')), pair, 9);
  });

  it('answers an admin asking for someone else with the admin’s section', () => {
    expect(firstIds('he forgot the password, set a new password for him')[0]).toBe('reset-user-password');
    // The same words without him are the reader's own case.
    expect(firstIds('forgot the password, set a new password')[0]).toBe('change-account-password--if-you-do-not-know-your-current-password');
  });

  it('lifts the control panel’s headings about users by half, and only those, when the asker speaks as the admin', () => {
    const appSide = indexOf('add-email-to-your-account');
    const controlPanel = indexOf('reset-user-password');
    const bridge = indexOf('integrations-signal-bridge--sending-a-message-to-a-signal-user');
    // 9 × 1.5 = 13.5 is the strongest now; both are scaled so it reads 10, as the first did.
    expectLift((c) => preferHeadingsAboutUsers(index, c, words('I am the admin, she has no mail address')), [appSide, controlPanel], 9, [7.41, 10]);
    // A bridge's heading about its users is no page of the control panel.
    expectNoLift((c) => preferHeadingsAboutUsers(index, c, words('I am the admin, she uses Signal')), [appSide, bridge], 9);
    expect(firstIds('Als Admin: Passwort eines Mitarbeiters vergessen, keine E-Mail-Adresse im Konto')[0]).toBe('reset-user-password');
  });
});

describe('a query that names both sides of a heading that compares them', () => {
  const FREE_OR_PAID = 'what-is-the-difference-between-the-free-and-paid-slack-bridge';

  it('finds the headings that compare, with the stems of their two sides', () => {
    const sides = new Map([...headingsThatCompare(index)].map(([i, pair]) => [idOf(i), pair]));
    expect(sides).toEqual(
      new Map([
        [FREE_OR_PAID, ['fre', 'pay']],
        ['can-i-use-a-subdomain-instead-of-the-root-domain-with-my-ems-server', ['subdomain', 'root']],
      ]),
    );
  });

  it('answers a post that weighs the free bridge against paying with the heading that compares them', () => {
    // Both stories match the free bridge's own page as well; before the cue it came first.
    expect(firstIds('We tried the free Slack bridge from matrix.org and it works for channels. Would paying for the EMS one give us anything more?')[0]).toBe(FREE_OR_PAID);
    expect(firstIds('our club uses the free matrix.org Slack link; what would we gain if we paid for one')[0]).toBe(FREE_OR_PAID);
  });

  it('lifts the heading by 0.35 only when the query names both sides, in its own or the vocabulary\'s words', () => {
    const term = (stem: string, kind: QueryTerm['alternatives'][number]['kind']): QueryTerm => ({ text: stem, importance: 1, alternatives: [{ stem, weight: 1, kind }] });
    const pair = [indexOf('integrations-morg-slack-bridge'), indexOf(FREE_OR_PAID)] as const;
    const compare = (terms: QueryTerm[]) => (c: Lifted[]) => preferHeadingsThatCompare(index, c, terms);
    // 8 × 1.35 = 10.8 leads; rescaled so that the strongest reads the first's 10.
    expectLift(compare([term('fre', 'exact'), term('pay', 'synonym')]), pair, 8, [9.26, 10]);
    // One side only, or the other side only as a near spelling or a prefix being typed: nothing moves.
    for (const terms of [[term('fre', 'exact')], [term('fre', 'exact'), term('pay', 'fuzzy')], [term('fre', 'exact'), term('pay', 'prefix')]]) {
      expectNoLift(compare(terms), pair, 8);
    }
  });
});

describe('a query that says something is already in place', () => {
  const CHANGE_DOMAIN = 'how-do-i-change-the-servers-custom-domain';
  const SET_UP_DOMAIN = 'ems-server-with-custom-domain';

  it('finds the English headings about changing something', () => {
    expect(new Set([...headingsThatChange(index)].map(idOf))).toEqual(
      new Set([
        CHANGE_DOMAIN,
        'change-account-password',
        'how-do-i-update-my-payment-info',
        'how-do-i-change-the-namebrand-of-the-element-web-client',
        'can-i-change-the-default-room-notification-level-for-my-users',
        'authentication-google-saml--update-metadata',
      ]),
    );
  });

  it('moves them up by 0.15, in English and German, and leaves other queries alone', () => {
    const pair = [indexOf(SET_UP_DOMAIN), indexOf(CHANGE_DOMAIN)] as const;
    const change = (query: string) => (c: Lifted[]) => preferHeadingsThatChange(index, c, words(query));
    for (const query of ['our IDs already end in ems.host', 'our existing rooms', 'das Logo nachträglich tauschen', 'die Adressen gibt es bereits']) {
      // 9 × 1.15 = 10.35 leads; rescaled so that the strongest reads the first's 10.
      expectLift(change(query), pair, 9, [9.66, 10], query);
    }
    // "Now" and "since" say as often that something broke ("since the update it fails now").
    for (const query of ['IDs ending in our firm’s own name', 'since the update the domain check fails now']) {
      expectNoLift(change(query), pair, 9, query);
    }
  });
});

describe('a query whose verb asks for one of two opposite sections', () => {
  const KEYS = 'export-and-import-e2e-room-keys--';

  it('pairs the sections that do opposite things under the same headings of a page', () => {
    const pairs = [...actionTwins(index)].filter(([, { way }]) => way === 'first').map(([i, { twin }]) => `${idOf(i)} ${idOf(twin)}`);
    expect(pairs.sort()).toEqual(
      [
        `${KEYS}export ${KEYS}import`,
        `${KEYS}export-1 ${KEYS}import-1`,
        `${KEYS}export-2 ${KEYS}import-2`,
        'integrations-admin-bot--setup integrations-admin-bot--removal',
        'integrations-audit-bot--setup integrations-audit-bot--removal',
        'integrations-discord-bridge--bridge-a-room integrations-discord-bridge--unbridge',
      ].sort(),
    );
  });

  it('puts the asked one of a pair first, in English and German, and leaves the rest alone', () => {
    /** The ids in the order the cue leaves them, for `query` over candidates (id, strength). */
    const order = (query: string, list: ReadonlyArray<readonly [string, number]>) => {
      const candidates = list.map(([id, strength]) => ({ index: indexOf(id), strength }));
      const moved = orderActionTwins(index, candidates, words(query));
      return { moved, ids: [...candidates].sort((a, b) => b.strength - a.strength).map((c) => idOf(c.index)) };
    };
    const importFirst = [[`${KEYS}import-1`, 10], [`${KEYS}export-1`, 9], [`${KEYS}export-2`, 8]] as const;
    const exportFirst = [[`${KEYS}export-1`, 10], [`${KEYS}import-1`, 9]] as const;
    for (const query of ['download the keys', 'die Schlüssel speichern']) {
      expect(order(query, importFirst), query).toEqual({ moved: true, ids: [`${KEYS}export-1`, `${KEYS}import-1`, `${KEYS}export-2`] });
    }
    for (const query of ['restore the keys', 'die Schlüssel einspielen', 'load the keys I exported']) {
      expect(order(query, exportFirst), query).toEqual({ moved: true, ids: [`${KEYS}import-1`, `${KEYS}export-1`] });
    }
    // Both ways, or a past participle only ("the exported file"), say nothing about which.
    for (const query of ['save and restore the keys', 'the exported file', 'die exportierte Datei']) {
      expect(order(query, importFirst).moved, query).toBe(false);
      expect(order(query, exportFirst).moved, query).toBe(false);
    }
    // The other kind: putting in place or taking away. A verb of one kind leaves the other's pairs alone.
    const setupFirst = [['integrations-admin-bot--setup', 10], ['integrations-admin-bot--removal', 9]] as const;
    for (const query of ['uninstall the admin bot', 'den Admin Bot entfernen']) {
      expect(order(query, setupFirst), query).toEqual({ moved: true, ids: ['integrations-admin-bot--removal', 'integrations-admin-bot--setup'] });
    }
    expect(order('download the admin bot', setupFirst).moved).toBe(false);
    // A verb of two words; and where the asked one is first already, nothing moves.
    const removalFirst = [['integrations-admin-bot--removal', 10], ['integrations-admin-bot--setup', 9]] as const;
    expect(order('how to set up the admin bot', removalFirst)).toEqual({ moved: true, ids: ['integrations-admin-bot--setup', 'integrations-admin-bot--removal'] });
    expect(order('how to set up the admin bot', setupFirst).moved).toBe(false);
    const bridgeFirst = [['integrations-discord-bridge--bridge-a-room', 10], ['integrations-discord-bridge--unbridge', 9]] as const;
    for (const query of ['disconnect the Discord channel', 'den Discord-Kanal trennen']) {
      expect(order(query, bridgeFirst), query).toEqual({ moved: true, ids: ['integrations-discord-bridge--unbridge', 'integrations-discord-bridge--bridge-a-room'] });
    }
    // Only the pair changes places: a page or a heading without a twin stays where it was.
    const pageFirst = [['export-and-import-e2e-room-keys', 10], [`${KEYS}export`, 9], [`${KEYS}import`, 8], ['import-database-and-media-dump--import-process', 7]] as const;
    expect(order('importing my keys', pageFirst)).toEqual({
      moved: true,
      ids: ['export-and-import-e2e-room-keys', `${KEYS}import`, `${KEYS}export`, 'import-database-and-media-dump--import-process'],
    });
  });

  it('answers a copy out with the Export section and a copy in with the Import one', () => {
    expect(firstIds('Raumschlüssel vom Android-Telefon als Datei speichern')[0]).toBe(`${KEYS}export-2`);
    expect(firstIds('I exported my keys on the laptop; how do I load the keys on the iPad?')[0]).toBe(`${KEYS}import-1`);
  });
});

describe('a query that names one app', () => {
  const KEYS = 'export-and-import-e2e-room-keys--';

  it('finds the sections a page gives once per app, each with its app', () => {
    const groups = [...platformSiblings(index)].map(([i, { platform, siblings }]) => `${platform} ${idOf(i)} | ${siblings.map(idOf).join(' ')}`);
    expect(groups).toContain(`1 ${KEYS}import-1 | ${KEYS}import ${KEYS}import-2`);
    expect(groups).toContain('0 submit-debug-logs--element-web-and-desktop | submit-debug-logs--element-ios submit-debug-logs--element-android');
    // Export and Import are not siblings of each other; there are six of the one and three of the other.
    expect(groups).toHaveLength(9);
  });

  it('puts that app’s section in the place of the strongest of its siblings, and moves nothing for two apps or none', () => {
    const order = (query: string) => {
      const candidates = [
        { index: indexOf(`${KEYS}import`), strength: 10 },
        { index: indexOf(`${KEYS}export`), strength: 9 },
        { index: indexOf(`${KEYS}import-2`), strength: 8 },
      ];
      const moved = orderPlatformSiblings(index, candidates, words(query));
      return { moved, ids: [...candidates].sort((a, b) => b.strength - a.strength).map((c) => idOf(c.index)) };
    };
    expect(order('import the keys on my Samsung')).toEqual({ moved: true, ids: [`${KEYS}import-2`, `${KEYS}export`, `${KEYS}import`] });
    expect(order('import the keys on my laptop').moved).toBe(false);
    expect(order('import the keys from my laptop to my Samsung').moved).toBe(false);
    expect(order('import the keys on my phone').moved).toBe(false);
  });

  it('answers a question about one app with that app’s section', () => {
    expect(firstIds('restore the keys txt on my Galaxy')[0]).toBe(`${KEYS}import-2`);
  });
});

describe('a query that asks whom to turn to', () => {
  const LIBERA = 'how-do-i-bridge-to-libera-chat-irc-rooms-with-more-than-100-users';

  it('finds the answers that name a contact', () => {
    const ids = [...answersThatNameAContact(index)].map(idOf);
    expect(ids).toContain(LIBERA);
    expect(ids).toContain('how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future');
    expect(ids).not.toContain('integrations-morg-irc-bridge');
  });

  it('moves them up by 0.15, in English and German, and leaves other questions alone', () => {
    const pair = [indexOf('integrations-morg-irc-bridge'), indexOf(LIBERA)] as const;
    const whom = (query: string) => (c: Lifted[]) => preferAnswersThatNameAContact(index, c, query);
    for (const query of ['the bridge refuses the channel, who should I contact?', 'who do we write to about a bigger channel', 'an wen wende ich mich wegen des Kanals?', 'Ansprechpartner für die IRC-Bridge']) {
      // 9 × 1.15 = 10.35 leads; rescaled so that the strongest reads the first's 10.
      expectLift(whom(query), pair, 9, [9.66, 10], query);
    }
    // "Who" that asks something else, also where "ask" follows in the next sentence.
    for (const query of ['who can see the channel?', 'whoever set this up has left', 'who does the bridge belong to? I could ask the owner']) {
      expectNoLift(whom(query), pair, 9, query);
    }
  });
});
