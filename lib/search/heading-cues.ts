// Cues in a question that one kind of heading answers, though the question's words match
// other headings at least as well:
// - Whose account it is about. An admin writes about someone else: "she forgot her
//   password", "ein Mitarbeiter hat sein Passwort vergessen", "an intern left". The corpus
//   answers that case in the sections written for an admin acting on users ("Reset User
//   Password", "How do I delete users when administering the server?", "Add Users"), while
//   the words of the story (password, e-mail, account) match the sections written for the
//   person themselves ("If you do not know your current password", "Add Email to Your
//   Account", "Please discontinue my account") at least as well. Where the asker also says
//   they are the admin, the control panel's sections about users move up further, and a
//   bridge's ("Sending a message to a Signal user") not at all.
// - Whether something does not work: the headings that negate (conditions.ts).
// - Whether it is already in place: "our server already runs on ems.host", "our existing
//   rooms" asks to change what exists ("How do I change the server's custom domain?"), not to set it up.
// - Whether it weighs two things: a post that names the free bridge and paying for one asks
//   what the heading that compares them ("the difference between the free and paid Slack
//   bridge") answers, while each side's own page matches the post's words as well.
// - Which of two opposite things it asks for: "download my keys" asks for an Export section,
//   "restore them on the tablet" for its Import twin; "disconnect the channel" for "Unbridge",
//   not "Bridge a room". The two sections of a pair share almost every word (keys, file,
//   passphrase, the app's name), so the verb decides (orderActionTwins).
// - Whom to turn to: "who should we contact about a bigger channel?" asks for the answer that names a
//   contact (ems-support@…, "contact support"), while its words match the feature's own page
//   as well (preferAnswersThatNameAContact).
// - Which app it is about: "on my iPad" asks for the iOS section of a set a page gives once per
//   app ("Element iOS › Import" beside the Web and Android ones) (orderPlatformSiblings).
// The cues that lift move their kind of heading up by a share of its strength (liftHeadings);
// the two that choose within a pair or a set of sections only swap places (takePlace), as the
// twins that differ by a "not" are ordered (conditions.ts).

import type { FaqEntry } from '../corpus/types';
import type { AltKind, QueryTerm } from './expand';
import type { SearchIndex } from './index-build';
import { isStopWord, stem, tokenize } from './text';

/** An entry's heading as the index read it: its words, normalised (the index keeps them joined as `titleKey`). */
export const headingWords = (index: SearchIndex, i: number): string[] => (index.entries[i]?.titleKey ?? '').split(' ').filter(Boolean);

/**
 * What `build` reads from `index`, built the first time a query asks and kept in `cache`, so
 * a keystroke does not read every heading again.
 */
export function perIndex<T>(cache: WeakMap<SearchIndex, T>, index: SearchIndex, build: () => T): T {
  let found = cache.get(index);
  if (found === undefined) {
    found = build();
    cache.set(index, found);
  }
  return found;
}

/** The entries of `index` whose heading `has` (its words, and the entry), kept in `cache` (perIndex). */
export function headingsWhere(cache: WeakMap<SearchIndex, ReadonlySet<number>>, index: SearchIndex, has: (words: string[], entry: FaqEntry) => boolean): ReadonlySet<number> {
  return perIndex(cache, index, () => {
    const entries = new Set<number>();
    index.entries.forEach(({ entry }, i) => {
      if (has(headingWords(index, i), entry)) entries.add(i);
    });
    return entries;
  });
}

/** A candidate as the cues read and move it. */
interface Lifted {
  index: number;
  strength: number;
}

/**
 * Moves up the `candidates` (strongest first) in `lifted` by `bonus` of their strength. The
 * strongest then keeps the strength the first had, so that the confidence, fitted on
 * strengths without the cues, reads the same scale (one fewer confident and wrong answer
 * held out than without, for the headings that negate). Returns whether anything moved (the
 * caller sorts again).
 */
export function liftHeadings(candidates: readonly Lifted[], lifted: ReadonlySet<number>, bonus: number): boolean {
  const first = candidates[0]?.strength ?? 0;
  if (first <= 0) return false;
  let moved = false;
  let strongest = first;
  for (const candidate of candidates) {
    if (!lifted.has(candidate.index)) continue;
    candidate.strength *= 1 + bonus;
    strongest = Math.max(strongest, candidate.strength);
    moved = true;
  }
  if (moved) for (const candidate of candidates) candidate.strength *= first / strongest;
  return moved;
}

/**
 * Words that name one other person, English and German (normalised: no umlauts), German
 * genitives included ("das Konto eines Mitarbeiters"). Plural words ("users", "members",
 * "Nutzer", "Kollegen") and "their" do not: "all users", "their phones" is as often
 * everyone, the asker included. Measured with "their"/"them" and "Nutzer": no gain.
 */
const ANOTHER_PERSON = new Set(
  `she he her him his colleague coworker employee intern member staffer
   kollege kollegin mitarbeiter mitarbeiters mitarbeiterin mitglied mitglieds mitgliedes ihm ihn
   praktikant praktikantin azubi nutzerin benutzerin`.split(/\s+/),
);

/** A heading about users: "user" or "users" among its words. */
const USER_WORDS = new Set(['user', 'users']);

/**
 * How much the headings about users gain for a query about another person. Tuned on the
 * tuning sets (834 first of 956 without): 0.15 → 838, 0.25 → 839, 0.35 and 0.5 → 839; lowering
 * the sections written for the asker's own account as well (×0.85–0.9) gained nothing more.
 */
const ABOUT_USERS_BONUS = 0.25;

/** Whether a query (its `words`, normalised) names another person. */
export function namesAnotherPerson(words: readonly string[]): boolean {
  return words.some((w) => ANOTHER_PERSON.has(w));
}

const aboutUsersOfIndex = new WeakMap<SearchIndex, ReadonlySet<number>>();

/** The English entries of the index whose heading is about users. */
export function headingsAboutUsers(index: SearchIndex): ReadonlySet<number> {
  return headingsWhere(aboutUsersOfIndex, index, (words, entry) => entry.lang !== 'de' && words.some((w) => USER_WORDS.has(w)));
}

/**
 * Words by which the asker speaks as the admin ("I'm the admin here and he needs a fresh
 * start", "der Admin bin ich"). Acting on someone else's account from there is what the
 * control panel's pages about users answer, not the app's pages about one's own account.
 * Measured with "dashboard", "panel" and "console" too: no more gained.
 */
const AS_THE_ADMIN = new Set(['admin', 'administrator']);

/**
 * How much the headings about users of the control panel's book (EMS, not the Element app's
 * book nor a bridge's) gain, instead of ABOUT_USERS_BONUS, when the asker also speaks as the
 * admin. Tuned on the tuning sets (1,260 first of 1,750 at ABOUT_USERS_BONUS): 0.3 → 1,260,
 * 0.4 → 1,261, 0.5 and 0.7 → 1,263.
 */
const AS_THE_ADMIN_BONUS = 0.5;

/** The book (first breadcrumb) of the control panel's guide pages and of the FAQ. */
const CONTROL_PANEL_BOOK = 'Element Matrix Services';

const controlPanelUsersOfIndex = new WeakMap<SearchIndex, ReadonlySet<number>>();

/** The English entries of the control panel's book (its guide pages and FAQ) whose heading is about users. */
function controlPanelHeadingsAboutUsers(index: SearchIndex): ReadonlySet<number> {
  return headingsWhere(controlPanelUsersOfIndex, index, (words, entry) => entry.lang !== 'de' && entry.section[0] === CONTROL_PANEL_BOOK && words.some((w) => USER_WORDS.has(w)));
}

/**
 * Moves up the headings about users where the query (its `words`, normalised) names another
 * person; those of the control panel more where the asker speaks as the admin (see liftHeadings).
 */
export function preferHeadingsAboutUsers(index: SearchIndex, candidates: readonly Lifted[], words: readonly string[]): boolean {
  if (!namesAnotherPerson(words)) return false;
  return words.some((w) => AS_THE_ADMIN.has(w))
    ? liftHeadings(candidates, controlPanelHeadingsAboutUsers(index), AS_THE_ADMIN_BONUS)
    : liftHeadings(candidates, headingsAboutUsers(index), ABOUT_USERS_BONUS);
}

/**
 * A heading that sets two things side by side, and where its two sides are: "What is the
 * difference between the free and paid Slack bridge?" (the first word of each side: "free",
 * "paid"), "Can I use a subdomain instead of the root domain …?" (the last word before
 * "instead", the first after it: "subdomain", "root"). Function words do not count as a side's
 * word.
 */
const COMPARING_HEADINGS: ReadonlyArray<{ pattern: RegExp; sides: (match: RegExpExecArray) => [string[], string[]] }> = [
  { pattern: /\bdifferences? between (.+?) and (.+)$/, sides: (m) => [contentWords(m[1]), contentWords(m[2])] },
  { pattern: /^(.+) instead of (.+)$/, sides: (m) => [contentWords(m[1]).reverse(), contentWords(m[2])] },
];

/** The words of `text` (normalised, space-separated) that are not function words. */
const contentWords = (text = ''): string[] => text.split(' ').filter((w) => w !== '' && !isStopWord(w));

const comparingOfIndex = new WeakMap<SearchIndex, ReadonlyMap<number, readonly [string, string]>>();

/** The English entries whose heading compares two things, each with the stems of its two sides. */
export function headingsThatCompare(index: SearchIndex): ReadonlyMap<number, readonly [string, string]> {
  return perIndex(comparingOfIndex, index, () => {
    const found = new Map<number, readonly [string, string]>();
    index.entries.forEach(({ entry }, i) => {
      if (entry.lang === 'de') return;
      const heading = headingWords(index, i).join(' ');
      for (const { pattern, sides } of COMPARING_HEADINGS) {
        const match = pattern.exec(heading);
        if (match === null) continue;
        const [[a], [b]] = sides(match);
        if (a !== undefined && b !== undefined && stem(a) !== stem(b)) {
          found.set(i, [stem(a), stem(b)]);
          break;
        }
      }
    });
    return found;
  });
}

/**
 * How much a heading that compares gains when the query names both of its sides. Tuned on the
 * tuning sets (934 first of 1,048 without): 0.15 → 935, 0.25 → 936, 0.35 → 938, 0.5 → 937
 * (a story about changing a domain lost its first place to the subdomain question).
 */
const COMPARED_BONUS = 0.35;

/** How a query must name a side: in its own word or one the vocabulary says it means, not a near spelling, a prefix or a related word. */
const NAMING_KINDS: ReadonlySet<AltKind> = new Set(['exact', 'synonym']);

/** Whether one of the query's `terms` names `side` (a stem). */
const namesSide = (terms: readonly QueryTerm[], side: string) => terms.some((t) => t.alternatives.some((a) => a.stem === side && NAMING_KINDS.has(a.kind)));

/**
 * Moves up the headings that compare two things where the query's `terms` name both sides:
 * "is the paid one worth it, or is the free one enough?" weighs the two, which the heading
 * that compares them answers, while the page of each side matches the query's words as well
 * (see liftHeadings).
 */
export function preferHeadingsThatCompare(index: SearchIndex, candidates: readonly Lifted[], terms: readonly QueryTerm[]): boolean {
  const lifted = new Set<number>();
  for (const [i, [a, b]] of headingsThatCompare(index)) if (namesSide(terms, a) && namesSide(terms, b)) lifted.add(i);
  return lifted.size > 0 && liftHeadings(candidates, lifted, COMPARED_BONUS);
}

/**
 * Words that say something is already in place (normalised: no umlauts): "our server already
 * runs on ems.host", "our existing rooms", "nachträglich", "mittlerweile".
 * The asker wants to change what exists, not to set it up. Not "now", "since" or "jetzt":
 * as often "it stopped working now", "since we use X" (measured: no tuning query gained by
 * them, and they made one held-out answer to a question the corpus does not answer sure).
 */
const AFTER_THE_FACT = new Set(
  `already existing currently
   bereits seit nachtraglich inzwischen mittlerweile`.split(/\s+/),
);

/** A heading about changing something: one of these words, stemmed, among its words. */
const CHANGE_STEMS = new Set(['change', 'update', 'switch', 'rename', 'modify', 'edit'].map(stem));

/**
 * How much the headings about changing something gain for a query that says it is already in
 * place. Tuned on the tuning sets (939 first of 1,048 without): 0.1 and 0.15 → 941, 0.25 → 940,
 * 0.4 → 940 (and two held-out first places lost).
 */
const AFTER_THE_FACT_BONUS = 0.15;

const changingOfIndex = new WeakMap<SearchIndex, ReadonlySet<number>>();

/** The English entries whose heading is about changing something ("How do I change the server's custom domain?"). */
export function headingsThatChange(index: SearchIndex): ReadonlySet<number> {
  return headingsWhere(changingOfIndex, index, (words, entry) => entry.lang !== 'de' && words.some((w) => CHANGE_STEMS.has(stem(w))));
}

/**
 * Moves up the headings about changing something where the query (its `words`, normalised)
 * says the thing is already in place: a story of a server set up with one address two years
 * ago asks how to change it, while its words (address, domain, users' IDs) match the pages
 * that set one up at least as well (see liftHeadings).
 */
export function preferHeadingsThatChange(index: SearchIndex, candidates: readonly Lifted[], words: readonly string[]): boolean {
  return words.some((w) => AFTER_THE_FACT.has(w)) && liftHeadings(candidates, headingsThatChange(index), AFTER_THE_FACT_BONUS);
}

/**
 * Two sections of one place that do opposite things: copy out or in ("Export", "Import"), put
 * in place or take away ("Setup", "Removal"; "Bridge a room", "Unbridge"). Each kind names its
 * two ways by a word of the heading, and by the verbs a query asks for them with, English and
 * German (normalised: no umlauts). Only these forms of a verb, not every word of its stem:
 * "the keys I exported", "die exportierte Datei" names the file to load back in, and "we
 * connected the channel" tells what was done, not what is asked.
 */
const OPPOSITE_ACTIONS: ReadonlyArray<{ headings: Readonly<Record<string, Way>>; verbs: Readonly<Record<Way, ReadonlySet<string>>>; phrases?: Readonly<Record<Way, readonly string[]>> }> = [
  {
    headings: { export: 'first', import: 'second' },
    verbs: {
      first: new Set(`save saving export exporting download downloading
        sichern sichere speichern speichere abspeichern exportieren exportiere herunterladen runterladen`.split(/\s+/)),
      second: new Set(`restore restoring load loading reload import importing
        einspielen importieren importiere wiederherstellen laden einlesen zuruckspielen`.split(/\s+/)),
    },
  },
  {
    headings: { setup: 'first', bridge: 'first', removal: 'second', unbridge: 'second' },
    verbs: {
      first: new Set(`setup install installing enable enabling activate activating connect connecting
        einrichten richte installieren installiere aktivieren aktiviere verbinden verbinde anbinden`.split(/\s+/)),
      second: new Set(`remove removing uninstall uninstalling disable disabling deactivate deactivating disconnect disconnecting unlink unlinking unbridge detach
        entfernen entferne deinstallieren deinstalliere deaktivieren deaktiviere trennen trenne abschalten loswerden`.split(/\s+/)),
    },
    // (A verb of two words, its words next to each other.)
    phrases: { first: ['set up'], second: ['turn off', 'switch off'] },
  },
];

/** One of the two opposite ways of an action (OPPOSITE_ACTIONS): copying out or in, putting in place or taking away. */
type Way = 'first' | 'second';

/** A section that does one of two opposite things, with its action (OPPOSITE_ACTIONS's index), its way, and its twin. */
export interface ActionTwin {
  action: number;
  way: Way;
  twin: number;
}

const actionTwinsOfIndex = new WeakMap<SearchIndex, ReadonlyMap<number, ActionTwin>>();

/**
 * The English sections that have a twin doing the opposite in the same place: the same page,
 * under the same headings ("Element iOS › Export" and "Element iOS › Import"; Admin Bot's
 * "Setup" and "Removal"), where the place has one section of each way. A heading without a
 * twin ("Import Database and Media Dump", "Optional Export"), or one that names both ways,
 * has none: there the verb is the topic's own word, not a choice between two sections.
 */
export function actionTwins(index: SearchIndex): ReadonlyMap<number, ActionTwin> {
  return perIndex(actionTwinsOfIndex, index, () => {
    // Where a page repeats its pair for each app, each pair is its own.
    const place = (entry: FaqEntry) => `${entry.page ?? ''}|${entry.section.join(' › ')}`;
    /** per action, place → the sections of each way there */
    const places = OPPOSITE_ACTIONS.map(() => new Map<string, Record<Way, number[]>>());
    index.entries.forEach(({ entry }, i) => {
      if (entry.lang === 'de' || entry.kind !== 'section') return;
      const words = headingWords(index, i);
      OPPOSITE_ACTIONS.forEach(({ headings }, action) => {
        const ways = new Set(words.flatMap((w) => (Object.hasOwn(headings, w) ? [headings[w]!] : [])));
        if (ways.size !== 1) return;
        const [way] = ways;
        const found = places[action]!.get(place(entry)) ?? { first: [], second: [] };
        found[way!].push(i);
        places[action]!.set(place(entry), found);
      });
    });
    const twins = new Map<number, ActionTwin>();
    places.forEach((byPlace, action) => {
      for (const { first, second } of byPlace.values()) {
        if (first.length !== 1 || second.length !== 1) continue;
        twins.set(first[0]!, { action, way: 'first', twin: second[0]! });
        twins.set(second[0]!, { action, way: 'second', twin: first[0]! });
      }
    });
    return twins;
  });
}

/** The way of each action (OPPOSITE_ACTIONS) the query's `words` (normalised) ask for; undefined where they name neither or both. */
function askedWays(words: readonly string[]): Array<Way | undefined> {
  const text = ` ${words.join(' ')} `;
  return OPPOSITE_ACTIONS.map(({ verbs, phrases }) => {
    const names = (way: Way) => words.some((w) => verbs[way].has(w)) || (phrases?.[way] ?? []).some((p) => text.includes(` ${p} `));
    const first = names('first');
    return first === names('second') ? undefined : first ? 'first' : 'second';
  });
}

/**
 * Of two twins among `candidates` that do opposite things, the one the query's verbs (its
 * `words`, normalised) ask for takes its twin's place where that one is stronger (takePlace),
 * when the verbs name one way of the pair's action only. Only the pair changes places: a
 * query that names the page ("Export and Import E2E Room Keys", typed with a slip) keeps its
 * page first. Returns whether anything moved (the caller sorts again).
 */
export function orderActionTwins(index: SearchIndex, candidates: readonly Lifted[], words: readonly string[]): boolean {
  const asked = askedWays(words);
  if (asked.every((way) => way === undefined)) return false;
  const twins = actionTwins(index);
  const chosen = candidates.filter((c) => {
    const pair = twins.get(c.index);
    return pair !== undefined && asked[pair.action] === pair.way;
  });
  return takeRivalsPlaces(candidates, chosen, (c) => [twins.get(c.index)!.twin]);
}

/**
 * Each of `chosen` takes the place of the strongest of its rivals (`rivalsOf`) among
 * `candidates` (strongest first) where that one is stronger (takePlace). Only the chosen ones'
 * rivals are looked up: a large corpus has thousands of candidates per keystroke. (The chosen
 * ones' rivals are apart: one way of a pair, one app of a set.) Returns whether anything moved.
 */
function takeRivalsPlaces(candidates: readonly Lifted[], chosen: readonly Lifted[], rivalsOf: (candidate: Lifted) => readonly number[]): boolean {
  if (chosen.length === 0) return false;
  const wanted = new Set(chosen.flatMap(rivalsOf));
  const rivals = candidates.filter((c) => wanted.has(c.index));
  let moved = false;
  for (const candidate of chosen) {
    const own = new Set(rivalsOf(candidate));
    moved = takePlace(candidate, rivals.find((c) => own.has(c.index))) || moved;
  }
  return moved;
}

/**
 * `candidate` takes `other`'s place where `other` is stronger: the two swap strengths. Returns
 * whether they did. Unlike the condition twins (conditions.ts), a twin that covers more of the
 * query keeps no claim to its place: the verb or the app named decides (measured: with the
 * condition twins' margin of 0.05, two tuning questions lost their Export answer to an Import
 * section that matched the file's words a little better).
 */
export function takePlace(candidate: Lifted, other: Lifted | undefined): boolean {
  if (other === undefined || other.strength <= candidate.strength) return false;
  [candidate.strength, other.strength] = [other.strength, candidate.strength];
  return true;
}

/**
 * A question that asks whom to turn to, English or German: "who do I ask", "who should we
 * contact", "an wen wende ich mich", "Ansprechpartner".
 */
const ASKS_WHOM = /\bwho (do|does|should|can|could|would|to)\b[^.?!]{0,30}\b(ask|talk|contact|email|write|reach|speak|approve)|\ban wen\b|\bwen (muss|soll|kann) (ich|man|wir)\b|\bansprechpartner/i;
/** An answer that names whom to contact: a support address, "contact support", "reach out". */
const NAMES_A_CONTACT = /support@|contact (us|support|ems)|reach out|get in touch|email us/i;
/**
 * How much an answer that names a contact gains for a question that asks whom to turn to.
 * Tuned on the tuning sets (1,022 first of 1,390 without): 0.15 and 0.3 → 1,023, nothing lower.
 */
const WHOM_BONUS = 0.15;

const contactsOfIndex = new WeakMap<SearchIndex, ReadonlySet<number>>();

/** The English entries whose answer names a contact. */
export function answersThatNameAContact(index: SearchIndex): ReadonlySet<number> {
  return headingsWhere(contactsOfIndex, index, (_, entry) => entry.lang !== 'de' && NAMES_A_CONTACT.test(entry.text));
}

/** Moves up the answers that name a contact where the query (`read`, as written) asks whom to turn to (see liftHeadings). */
export function preferAnswersThatNameAContact(index: SearchIndex, candidates: readonly Lifted[], read: string): boolean {
  return ASKS_WHOM.test(read) && liftHeadings(candidates, answersThatNameAContact(index), WHOM_BONUS);
}

/**
 * The apps a page can give one section for each (Element Web and Desktop, iOS, Android), and
 * the words a query names each with (normalised). "Phone" names neither phone app.
 */
const PLATFORMS: ReadonlyArray<{ heading: string; words: ReadonlySet<string> }> = [
  { heading: 'web', words: new Set('web browser desktop windows mac macos macbook linux laptop pc computer firefox chrome safari'.split(' ')) },
  { heading: 'ios', words: new Set('ios iphone ipad ipados'.split(' ')) },
  { heading: 'android', words: new Set('android samsung pixel galaxy'.split(' ')) },
];

/** A section given once per app, with its app and the sections of the other apps. */
export interface PlatformSibling {
  platform: number;
  siblings: readonly number[];
}

const platformSiblingsOfIndex = new WeakMap<SearchIndex, ReadonlyMap<number, PlatformSibling>>();

/**
 * The English sections of a page that repeat for each app: "Element iOS › Export" and
 * "Element Android › Export", or the apps' own sections ("Element iOS", "Element Android" in
 * "Submit Debug Logs"). An entry's app is the first named by its heading or the headings above it.
 */
export function platformSiblings(index: SearchIndex): ReadonlyMap<number, PlatformSibling> {
  return perIndex(platformSiblingsOfIndex, index, () => {
    const platformOf = (words: readonly string[]) => PLATFORMS.findIndex(({ heading }) => words.includes(heading));
    const groups = new Map<string, Array<{ index: number; platform: number }>>();
    index.entries.forEach(({ entry }, i) => {
      if (entry.lang === 'de' || entry.kind !== 'section' || entry.page === null) return;
      const own = headingWords(index, i);
      let platform = platformOf(own);
      for (const heading of [...entry.section].reverse()) {
        if (platform >= 0) break;
        platform = platformOf(tokenize(heading).map((t) => t.norm));
      }
      if (platform < 0) return;
      // The heading without the app's name ("Element Web and Desktop" → "element").
      const rest = own.filter((w) => !isStopWord(w) && !PLATFORMS.some(({ heading, words }) => heading === w || words.has(w))).join(' ');
      const key = `${entry.page}|${rest}`;
      groups.set(key, [...(groups.get(key) ?? []), { index: i, platform }]);
    });
    const found = new Map<number, PlatformSibling>();
    for (const group of groups.values()) {
      if (new Set(group.map((g) => g.platform)).size !== group.length || group.length < 2) continue;
      for (const { index: i, platform } of group) found.set(i, { platform, siblings: group.filter((g) => g.index !== i).map((g) => g.index) });
    }
    return found;
  });
}

/**
 * Where the query (its `words`, normalised) names one app, its section of a set given once per
 * app takes the place of the strongest of its siblings among `candidates` when that one is
 * stronger. Returns whether anything moved (the caller sorts again).
 */
export function orderPlatformSiblings(index: SearchIndex, candidates: readonly Lifted[], words: readonly string[]): boolean {
  const named = PLATFORMS.flatMap(({ words: names }, p) => (words.some((w) => names.has(w)) ? [p] : []));
  if (named.length !== 1) return false;
  const siblings = platformSiblings(index);
  const chosen = candidates.filter((c) => siblings.get(c.index)?.platform === named[0]);
  return takeRivalsPlaces(candidates, chosen, (c) => siblings.get(c.index)!.siblings);
}
