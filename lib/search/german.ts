// German queries: the interface speaks German, so people type German. A German word is
// read by its Snowball German stem (@orama/stemmers: "kündige", "Kündigung" → "kundig"),
// with umlauts written either way ("Schlüssel", "Schluessel"), and stands for what the
// glossary beside the corpus says it means in English (german-glossary.json) and for the
// words of the German page that share its stem. Compounds ("Raumverwaltung") are
// split into parts the glossary or the German page knows. German function words are
// dropped like English stop words. Pure, browser-safe.

import { stemmer as snowballGerman } from '@orama/stemmers/german';
import type { GlossaryRule } from '../corpus/types';
import { GERMAN_EVERYDAY_WORDS } from './german-everyday';
import { importanceOf, mergeAlternatives, WEAK_IMPORTANCE, type Alternative, type QueryTerm } from './expand';
import type { SearchIndex } from './index-build';
import { editDistance, isWeakWord, stem, STOP_WORDS, tokenize } from './text';

/** A glossary word stands for its English words a little less surely than a word typed in English. */
const GLOSSARY_WEIGHT = 0.85;
/** … less by this share for each English phrase of its rule before it (the first is the main sense). */
const LATER_SENSE_STEP = 0.1;
/** A word of the German page with the same German stem as the query's word. */
const PAGE_WORD_WEIGHT = 0.9;
/** A compound's part is read as an English word from this length ("logo", "server"; not "com"). */
const MIN_ENGLISH_PART = 4;
/** Parts of a compound shorter than this are not split off ("ab", "an"). */
const MIN_PART = 3;
/** A compound is split into at most this many parts. */
const MAX_PARTS = 3;
/** Longer "words" are not compounds someone typed (a pasted token, a hash): not split. */
const MAX_COMPOUND_LENGTH = 30;
/** What words stood for are remembered, up to this many (then forgotten at once). */
const LOOKUP_CACHE_SIZE = 2000;

// The German prepositions, all of them: a closed class, listed from a grammar's table rather
// than from any query ("per Überweisung", "statt Kreditkarte", "wegen der Rechnung" say how or
// why, never what). As normalised, umlauts folded.
const GERMAN_PREPOSITIONS = `ab abseits abzuglich an anhand anlasslich anstatt auf aufgrund aus ausser ausserhalb bei
   beiderseits betreffend bezuglich binnen bis dank diesseits durch entgegen entlang entsprechend fur gegen
   gegenuber gemass hinsichtlich hinter in infolge inklusive inmitten innerhalb jenseits kraft langs laut
   mangels mit mithilfe mittels nach nachst neben oberhalb ohne per pro samt seit seitens statt trotz uber
   um ungeachtet unter unterhalb unweit vermittels vor wahrend wegen zufolge zu zugunsten zuzuglich zwecks
   zwischen`;

// German function words, as normalised (umlauts folded: "für" → "fur"). General German,
// not the corpus's: they say nothing about which answer is wanted.
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei beim bin bis
   bitte bzw da mein meine meinem meinen meiner meines dein deine deinen dabei dafur damit dann daran darauf darf darin das dass dazu dem den denen denn der
   deren des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen
   einer eines einfach er es etwa etwas euch euer eure fur gegen gerne gibt hab habe haben hat hatte
   hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in ins ist ja jetzt kann
   kein keine keinem keinen keiner konnen konnte man manche mich mir mit muss mussen nach nicht nichts
   noch nun nur ob oder ohne sehr sein seine seinem seinen sich sie sind so soll sollen sollte sondern
   sowie uber um und uns unser unsere unserem unseren unserer unter viel vom von vor war waren warum
   was weil welche welchem welchen welcher welches wenn wer werde werden wie wieder wieso will wir
   wird wo woher wohin wurde wurden zu zum zur zwischen geht gehts moglich mochte mochten bekomme
   bekommen kriege kriegen klappt mache machen macht gemacht brauche brauchen wo wann weshalb schon
   dran ran drauf drin drum rum
   ${GERMAN_PREPOSITIONS}`
    .split(/\s+/)
    .filter(Boolean),
);

/** Letters that mark a query as German. */
const UMLAUT = /[äöüß]/i;

/**
 * Function words that are another word with an umlaut: "andere" (other), "ändere" (I change;
 * folded, both read "andere"). Written with it, they are that word.
 */
const UMLAUT_TWINS = new Set(['ander', 'andere', 'anderem', 'anderen', 'anderer', 'anderes']);

/** Whether `norm`, as `written` in the query, is a German function word ("andere", not "ändere"). */
export function isGermanStopWord(norm: string, written: string = norm): boolean {
  return GERMAN_STOP_WORDS.has(norm) && !(UMLAUT_TWINS.has(norm) && UMLAUT.test(written));
}

/**
 * "Schluessel" and "Schlüssel" (normalised "schlussel") read alike: ae, oe, ue → a, o, u.
 * Not every "ue" is an umlaut ("neuen", "Steuer", "Abenteuer"): germanKeys also keeps the
 * word as written.
 */
function foldDigraphs(norm: string): string {
  return norm.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

const keyCache = new Map<string, string>();

/** A German word's key: its Snowball German stem, umlauts written either way. */
export function germanKey(norm: string): string {
  let key = keyCache.get(norm);
  if (key === undefined) {
    key = snowballGerman(foldDigraphs(norm));
    if (keyCache.size > 20_000) keyCache.clear();
    keyCache.set(norm, key);
  }
  return key;
}

/**
 * The keys of `norm` read with and without folding its digraphs. Folding suits a "ue"
 * written for "ü" ("Bruecke"), not a real one: "neuen" folds to "neun" (nine) and misses
 * the stem "neu" that "neu", "neue" and "neuer" have. Words are stored and looked up under
 * both readings, so either meets the other side's.
 */
function spellingKeys(norm: string): string[] {
  const folded = germanKey(norm);
  if (foldDigraphs(norm) === norm) return [folded];
  const asWritten = snowballGerman(norm);
  return asWritten === folded ? [folded] : [folded, asWritten];
}

/**
 * Snowball strips "-er" as it strips "-en": "Nutzer" (user) and "nutzen" (to use) share a
 * stem. In the tables, a word whose stem goes on with "er" has its key marked so, and each
 * word finds the entries of its own kind first: "nutzen" the German page's "nutzen", not the
 * glossary's "Nutzer". A lookup that finds nothing under its own key tries the other: a
 * plural or an adjective ("Passwörter", "neuer") still finds its word, and "schlägt fehl" the
 * glossary's "Fehler".
 */
const ER_MARK = '+er';

function markEr(norm: string, key: string): string {
  const rest = [foldDigraphs(norm), norm].find((form) => form.startsWith(key))?.slice(key.length) ?? '';
  return rest.startsWith('er') ? key + ER_MARK : key;
}

/** spellingKeys, each marked when its word goes on with "er" after it (see ER_MARK): the keys the tables store a word under. */
export function tableKeys(norm: string): string[] {
  return spellingKeys(norm).map((key) => markEr(norm, key));
}

/**
 * The particles of German separable verbs, normalised (umlauts folded): a verb leaves them at
 * the end of its clause ("Wie füge ich … hinzu?", "Wie melde ich mich an?"), and keeps them
 * before the "ge" of its past participle ("ein-ge-richtet") and the "zu" of its infinitive
 * ("ein-zu-richten").
 */
const SEPARABLE_PARTICLES = new Set(
  'ab an auf aus bei ein fest frei her herab herunter hin hinzu hoch los mit nach raus rein runter um vor weg weiter zu zuruck zusammen'.split(' '),
);
/** The particles as a regular expression's alternatives, longest first. */
const PARTICLE_PATTERN = [...SEPARABLE_PARTICLES].sort((a, b) => b.length - a.length).join('|');

/** A past participle ("gelöscht", "eingerichtet"), as normalised: its particle, its stem, its ending. */
const PARTICIPLE = new RegExp(`^(${PARTICLE_PATTERN})?ge([a-z]{3,}?)(e?t|en)$`);

/** A separable verb's infinitive with "zu" between its halves ("einzurichten", "hinzuzufügen"), as normalised. */
const ZU_INFINITIVE = new RegExp(`^(${PARTICLE_PATTERN})zu([a-z]{3,}(?:en|ern|eln))$`);

/**
 * A feminine form (as normalised) and the word it is made from: "Kolleginnen" (kolleg),
 * "Nutzerin" (nutzer). At least four letters before it: "beginnen" is no "beg" + "innen".
 */
const FEMININE = /^([a-z]{4,}?)(?:innen|(?<=er)in)$/;

/** A glossary or dictionary phrase as the tables store it: its words glued ("neu aufbauen" → "neuaufbauen"). */
export function phraseNorm(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join('');
}

/** The words of a German page the tables look up: not its function words, nor words shorter than MIN_PART ("ab", "zu"). */
export function pageWordNorms(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    .filter((norm) => norm.length >= MIN_PART && !GERMAN_STOP_WORDS.has(norm));
}

/**
 * The keys `norm` may have: its own (its digraphs read both ways, see spellingKeys), and its
 * infinitive's for a past participle ("gelöscht" → "lösch") or a separable verb's infinitive
 * with "zu" ("einzurichten" → "einrichten").
 */
export function germanKeys(norm: string): string[] {
  const keys = tableKeys(norm);
  const m = PARTICIPLE.exec(foldDigraphs(norm));
  if (m) keys.push(germanKey(`${m[1] ?? ''}${m[2] ?? ''}en`));
  const zu = ZU_INFINITIVE.exec(foldDigraphs(norm));
  if (zu) keys.push(...tableKeys(`${zu[1] ?? ''}${zu[2] ?? ''}`));
  const feminine = FEMININE.exec(norm);
  if (feminine) keys.push(...tableKeys(feminine[1]!));
  return keys;
}

/** Endings of a verb's present and past forms that Snowball keeps ("passiert", "fehlst", "bedeutet", "fehlte"), longest first. */
const VERB_ENDINGS = ['test', 'tet', 'ten', 'est', 'st', 'et', 'te', 't'];

/**
 * The infinitives `norm` may be a form of ("passiert" → "passieren", "fehlte" → "fehlen"), as
 * normalised. Only the general dictionary is asked for them, and only when the word's own
 * keys find nothing: a noun that ends so ("Zertifikat") has its own, and the glossary's
 * and the German page's words share keys too loosely ("gesetzt", set, is no "Gesetz", law).
 * Measured: asking the glossary too cost a held-out query its answer (first before, none shown after).
 */
function infinitives(norm: string): string[] {
  const found: string[] = [];
  for (const ending of VERB_ENDINGS) {
    if (!norm.endsWith(ending) || norm.length - ending.length < MIN_PART) continue;
    const base = norm.slice(0, -ending.length);
    found.push(`${base}en`);
    // ("ändern", "sammeln": "-n" after "-er", "-el")
    if (/e[rl]$/.test(base)) found.push(`${base}n`);
  }
  return found;
}

/** What German words stand for: German key → corpus stems with a weight. */
export interface German {
  /** From the glossary: key → English stems of the corpus. */
  glossary: Map<string, Map<string, number>>;
  /** From the German entries: key → the index stems of their words with that key. */
  pageWords: Map<string, Set<string>>;
  /** Compounds split before (null: not a compound of known parts). */
  splits: Map<string, string[] | null>;
  /** The glossary's German words, as normalised: a word one slip away from one is read as it. */
  words: string[];
  /** Slips looked up before: the glossary word meant, or null for none. */
  slips: Map<string, string | null>;
  /**
   * From the general dictionary: key → the word's English translations, the most common
   * sense first. Made at the first German word it is asked for (germanTranslations): most
   * searches are English, and making it is a good share of building the engine.
   */
  dictionary: () => Map<string, readonly string[]>;
}

/**
 * The lookup tables: the glossary's rules (their English words as corpus stems, `known`
 * tells which stems the index has) and the German entries' words.
 */
export function buildGerman(
  rules: readonly GlossaryRule[],
  germanTexts: readonly string[],
  known: (stem: string) => boolean,
  targetStems: (english: readonly string[]) => Map<string, number>,
  dictionaryRules: readonly GlossaryRule[] = [],
): German {
  const glossary = new Map<string, Map<string, number>>();
  const words = new Set<string>();
  for (const [germanWords, english] of rules) {
    // A rule names its German words' main English sense first ("löschen": delete, then
    // remove, removal): each later phrase stands for them a little less surely.
    const targets = new Map<string, number>();
    english.forEach((phrase, place) => {
      const weight = GLOSSARY_WEIGHT * Math.max(0, 1 - LATER_SENSE_STEP * place);
      for (const [s] of targetStems([phrase])) if (!targets.has(s)) targets.set(s, weight);
    });
    if (targets.size === 0) continue;
    for (const phrase of germanWords) {
      const norm = phraseNorm(phrase);
      words.add(norm);
      for (const key of tableKeys(norm)) {
        const map = glossary.get(key) ?? new Map<string, number>();
        for (const [s, w] of targets) map.set(s, Math.max(map.get(s) ?? 0, w));
        glossary.set(key, map);
      }
    }
  }
  const pageWords = new Map<string, Set<string>>();
  for (const text of germanTexts) {
    for (const norm of pageWordNorms(text)) {
      const s = stem(norm);
      if (!known(s)) continue;
      for (const key of tableKeys(norm)) {
        const set = pageWords.get(key) ?? new Set<string>();
        set.add(s);
        pageWords.set(key, set);
      }
    }
  }
  let dictionary: Map<string, readonly string[]> | undefined;
  const dictionaryTable = () => {
    if (dictionary === undefined) {
      dictionary = new Map();
      for (const [germanWords, english] of dictionaryRules) {
        for (const phrase of germanWords) {
          const norm = phraseNorm(phrase);
          // The first rule for a key keeps it: the dictionary lists the commoner word first.
          for (const key of tableKeys(norm)) if (!dictionary.has(key)) dictionary.set(key, english);
        }
      }
    }
    return dictionary;
  };
  return { glossary, pageWords, splits: new Map(), words: [...words], slips: new Map(), dictionary: dictionaryTable };
}

/**
 * The English translations of a German word the general dictionary knows, the most common
 * sense first (under its own key, else, unless `asWritten`, the other "-er" reading, as
 * wordAlternatives looks); [] when it does not know it.
 */
export function germanTranslations(german: German, norm: string, asWritten = false): readonly string[] {
  const keys = germanKeys(norm);
  for (const key of [...(asWritten ? keys : [...keys, ...keys.map(otherErKey)]), ...infinitives(norm).flatMap(tableKeys)]) {
    const english = german.dictionary().get(key);
    if (english !== undefined) return english;
  }
  return [];
}

/** The German page's words that share `norm`'s own key ("nutzen" the page's "nutzen", not "Nutzer"). */
export function pageAlternatives(german: German, norm: string): Alternative[] {
  const found = new Set(germanKeys(norm).flatMap((key) => [...(german.pageWords.get(key) ?? [])]));
  return [...found].map((s): Alternative => ({ stem: s, weight: PAGE_WORD_WEIGHT, kind: 'synonym' }));
}

/** What one German word (not a compound) stands for: [] when neither table knows it. */
function wordAlternatives(german: German, norm: string): Alternative[] {
  const found = new Map<string, number>();
  const lookUp = (keys: readonly string[]) => {
    for (const key of keys) {
      for (const [s, weight] of german.glossary.get(key) ?? []) found.set(s, Math.max(found.get(s) ?? 0, weight));
      for (const s of german.pageWords.get(key) ?? []) found.set(s, Math.max(found.get(s) ?? 0, PAGE_WORD_WEIGHT));
    }
  };
  const keys = germanKeys(norm);
  lookUp(keys);
  if (found.size === 0) lookUp(keys.map(otherErKey));
  return [...found].map(([s, weight]): Alternative => ({ stem: s, weight, kind: 'synonym' }));
}

/** A key marked "-er" unmarked, and the other way round (see ER_MARK). */
function otherErKey(key: string): string {
  return key.endsWith(ER_MARK) ? key.slice(0, -ER_MARK.length) : key + ER_MARK;
}

/**
 * Whether the glossary defines `norm` (under its own key or, unless `asWritten`, as
 * wordAlternatives falls back, the other "-er" one: "benutzen" is not "Benutzer").
 */
function glossaryKnows(german: German, norm: string, asWritten = false): boolean {
  return germanKeys(norm).some((key) => german.glossary.has(key) || (!asWritten && german.glossary.has(otherErKey(key))));
}

/**
 * Whether the general dictionary reads `norm` before the glossary and the German page: they
 * do not know it (`known`: germanWholeWord, passed when the caller has asked already), or the
 * glossary does not define it as written and it is a verb the page has or an infinitive
 * ("nutzen", "benutzen": to use; the glossary has "Nutzer", user). A stem alone keeps its
 * "-er" noun's reading: "fehl" in "schlägt fehl" is the glossary's "Fehler", not "fehlen"
 * (to lack).
 */
export function dictionaryFirst(german: German, norm: string, known = germanWholeWord(german, norm)): boolean {
  if (!known) return true;
  if (glossaryKnows(german, norm, true)) return false;
  return norm.endsWith('en') || pageAlternatives(german, norm).length > 0;
}

/**
 * `norm` split into parts each table (or `englishWord`) knows, fewest parts first, longest
 * head first; undefined when it cannot be ("Raumverwaltung" → "raum", "verwaltung";
 * a linking s, "Anmeldungs-", belongs to the head).
 */
function splitCompound(german: German, norm: string, englishWord: (w: string) => boolean, parts = 1): string[] | undefined {
  // English words are split off from MIN_ENGLISH_PART letters; a shorter one counts only as
  // the glossary's German ("com" of a host name on the German page is no German part of "complains").
  const inGlossary = (w: string) => germanKeys(w).some((key) => german.glossary.has(key));
  const knows = (w: string) =>
    w.length >= MIN_ENGLISH_PART
      ? wordAlternatives(german, w).length > 0 || englishWord(w)
      : wordAlternatives(german, w).length > 0 && (!englishWord(w) || inGlossary(w));
  if (parts > 1 && knows(norm)) return [norm];
  if (parts >= MAX_PARTS) return undefined;
  for (let cut = norm.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = norm.slice(0, cut);
    const heads = head.endsWith('s') && head.length > MIN_PART ? [head, head.slice(0, -1)] : [head];
    const known = heads.find(knows);
    if (known === undefined) continue;
    const rest = splitCompound(german, norm.slice(cut), englishWord, parts + 1);
    if (rest !== undefined) return [known, ...rest];
  }
  return undefined;
}

/** A German word with a slip in it stands for the glossary's word a little less surely. */
const SLIP_WEIGHT = 0.9;
/**
 * Shorter words have too many neighbours one slip away to guess from: "geklickt" (clicked)
 * is one letter from "gekickt" (kicked out). Tuned on the German sets: 6 read such words
 * wrongly, 9 gained as much without.
 */
const MIN_SLIP_LENGTH = 9;

/**
 * The glossary word nearest `norm` ("aktualiseren" → "aktualisieren"): one slip away, two for
 * a word of ten letters or more, with the same first letter (slips rarely touch it); undefined
 * when there is none. Every unknown word is typed letter by letter: remembered.
 */
function nearGlossaryWord(german: German, norm: string): string | undefined {
  if (norm.length < MIN_SLIP_LENGTH) return undefined;
  const known = german.slips.get(norm);
  if (known !== undefined) return known ?? undefined;
  const most = norm.length >= 10 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = most + 1;
  for (const word of german.words) {
    if (word[0] !== norm[0] || Math.abs(word.length - norm.length) > most) continue;
    const d = editDistance(norm, word, most);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  if (german.slips.size >= LOOKUP_CACHE_SIZE) german.slips.clear();
  german.slips.set(norm, best);
  return best ?? undefined;
}

/**
 * What a German query word stands for, one list of alternatives per part (one for a plain
 * word, more for a compound); [] when it is not a German word the tables know.
 * `englishWord`: whether the index knows an English word (a compound's "logo", "server").
 * `slips`: a word that is neither may be a glossary word with a slip in it (only in a query
 * read as German: in an English one, "brige" is a slip of "bridge", not of "Brücke").
 */
export function germanAlternatives(german: German, norm: string, englishWord: (w: string) => boolean, slips = false): Array<{ text: string; alternatives: Alternative[] }> {
  const own = wordAlternatives(german, norm);
  if (own.length > 0) return [{ text: norm, alternatives: own }];
  if (norm.length < 2 * MIN_PART || norm.length > MAX_COMPOUND_LENGTH) return [];
  // Splitting tries every cut, and each word is typed letter by letter: remember it.
  let parts = german.splits.get(norm);
  if (parts === undefined) {
    if (german.splits.size >= LOOKUP_CACHE_SIZE) german.splits.clear();
    german.splits.set(norm, (parts = splitCompound(german, norm, englishWord) ?? null));
  }
  if (parts === null) {
    if (!slips) return [];
    const slip = nearGlossaryWord(german, norm);
    return slip === undefined ? [] : [{ text: norm, alternatives: wordAlternatives(german, slip).map((a) => ({ ...a, weight: a.weight * SLIP_WEIGHT })) }];
  }
  return parts.map((part) => {
    // A part English uses keeps its English reading: the "tester" of "federationtester" is
    // the English word, whatever German word shares its stem ("testen").
    const english: Alternative[] = part.length >= MIN_ENGLISH_PART && englishWord(part) ? [{ stem: stem(part), weight: 1, kind: 'exact' }] : [];
    return { text: part, alternatives: mergeAlternatives([...english, ...wordAlternatives(german, part)]) };
  });
}

/**
 * A compound no split into known parts reads, whose head the tables or English know: its last
 * part, which says what it is ("Projektraum" is a room, "Schulchat" a chat), the longest such
 * after a modifier of at least MIN_ENGLISH_PART letters and itself as long, and the modifier,
 * to be read through the dictionary or as a word no entry has. Undefined when there is none.
 */
export function compoundHead(german: German, norm: string, englishWord: (w: string) => boolean): { modifier: string; head: string } | undefined {
  if (norm.length > MAX_COMPOUND_LENGTH) return undefined;
  for (let cut = MIN_ENGLISH_PART; cut <= norm.length - MIN_ENGLISH_PART; cut++) {
    const head = norm.slice(cut);
    if (wordAlternatives(german, head).length > 0 || englishWord(head)) return { modifier: norm.slice(0, cut), head };
  }
  return undefined;
}

/** The stems of the function words: "viele", "allen" are "viel", "all" (read only for words no table knows). */
let stopKeys: Set<string> | undefined;

/** The keys of UMLAUT_TWINS ("ändere" and "andere" share one). */
let twinKeys: Set<string> | undefined;

/** Whether `norm` (as `written`), a word no table knows, is a German function word, inflected or not ("viele"). */
export function isGermanFunctionWord(norm: string, written: string = norm): boolean {
  stopKeys ??= new Set([...GERMAN_STOP_WORDS].map(germanKey));
  twinKeys ??= new Set([...UMLAUT_TWINS].map(germanKey));
  const key = germanKey(norm);
  return stopKeys.has(key) && !(twinKeys.has(key) && UMLAUT.test(written));
}

/** The keys of the everyday German words (german-everyday.ts), made at first use. */
let everydayKeys: Set<string> | undefined;

/** Whether `norm`, a word no table knows, is an everyday German word ("genau", "liegt"). */
export function isGermanEverydayWord(norm: string): boolean {
  everydayKeys ??= new Set(tokenize(GERMAN_EVERYDAY_WORDS.join(' ')).map((t) => germanKey(t.norm)));
  return spellingKeys(norm).some((key) => everydayKeys?.has(key));
}

/**
 * A separable verb's two halves, joined. A particle that ends the query ends its clause
 * ("Wie füge ich … hinzu?", "Wie melde ich mich an?"): the first word before it that the
 * tables know with the particle in front ("füge" → "hinzufuge", read as "hinzufügen";
 * "melde" → "anmelde", log in, not "melde", report) is read so, and the particle is left
 * out. When no word joins it (a verb the tables do not know: "bricht … ab"), the particle
 * is still left out: it is no topic, and read as a word being typed it would stand for every
 * word it begins. `skip`: words that are no verb (function words, English words).
 * `sentence`: where the particle's sentence begins; the verb is in it, not in an earlier
 * sentence of a post. Returns the particle's index, with the verb's and the joined word
 * when one joins; or undefined.
 */
export function joinSeparableVerb(
  german: German,
  norms: readonly string[],
  skip: (norm: string, position: number) => boolean,
  sentence = 0,
): { particle: number; verb?: number; joined?: string } | undefined {
  const p = norms.length - 1;
  const particle = norms[p] ?? '';
  if (!SEPARABLE_PARTICLES.has(foldDigraphs(particle))) return undefined; // "zurück", "zurueck"
  // The verb stands before its particle, usually second in the clause: the first that fits.
  for (let v = Math.max(0, sentence); v < p; v++) {
    const verb = norms[v] ?? '';
    if (SEPARABLE_PARTICLES.has(foldDigraphs(verb)) || skip(verb, v)) continue;
    if (wordAlternatives(german, particle + verb).length > 0) return { verb: v, joined: particle + verb, particle: p };
  }
  // A clause has a verb and more before its particle: "Rechnung ab" may be "Abrechnung" being typed.
  return p >= 2 ? { particle: p } : undefined;
}

/** English stop words that are no German word (not "in", "so", "hi"), made at first use. */
let englishFunctionWords: Set<string> | undefined;
/** This many of them, and no German function word, make a query English. */
const ENGLISH_FUNCTION_WORDS_ENOUGH = 2;

/**
 * Whether `raw` reads as German: umlauts or ß, or, unless it has English function words and
 * no German ones, a word that is no English word and that German function words, the
 * tables or everyday German know.
 */
export function looksGerman(raw: string, norms: readonly string[], isEnglish: (norm: string) => boolean, german: German): boolean {
  if (UMLAUT.test(raw)) return true;
  // English function words and no German ones ("which records … at the registrar"): English, though
  // a word of it is one the German tables know too ("Registrar", "Emoji").
  englishFunctionWords ??= new Set([...STOP_WORDS].filter((w) => !GERMAN_STOP_WORDS.has(w) && !isGermanEverydayWord(w)));
  const englishFunction = norms.filter((w) => englishFunctionWords?.has(w)).length;
  const germanFunction = norms.filter((w) => GERMAN_STOP_WORDS.has(w) && !STOP_WORDS.has(w)).length;
  if (englishFunction >= ENGLISH_FUNCTION_WORDS_ENOUGH && germanFunction === 0) return false;
  // ("hi", "sorry", "super" are everyday English as well: no sign of German.)
  const germanEveryday = (w: string) => isGermanEverydayWord(w) && !isWeakWord(w);
  return norms.some((w) => !isEnglish(w) && (GERMAN_STOP_WORDS.has(w) || wordAlternatives(german, w).length > 0 || germanEveryday(w)));
}


/** Words that negate what follows ("nicht", "kein", "keine", …). */
export const GERMAN_NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemand']);
/** How far back in the clause a negation still makes "mehr" mean "any longer" ("kein Gerät mehr"). */
const NO_LONGER_SPAN = 3;

/**
 * The positions of "mehr" that mean "any longer", not "more": after a negation ("geht nicht
 * mehr", "kein Gerät mehr"), unless a comparison follows ("nicht mehr als 10"). They say
 * something stopped, which the rest of the query names; read as "more", they stood for
 * "additional" and "multiple", on topics of their own.
 */
export function noLongerMehr(norms: readonly string[]): Set<number> {
  const positions = new Set<number>();
  norms.forEach((norm, k) => {
    if (norm !== 'mehr' || norms[k + 1] === 'als') return;
    for (let j = Math.max(0, k - NO_LONGER_SPAN); j < k; j++) if (GERMAN_NEGATIONS.has(norms[j] ?? '')) positions.add(k);
  });
  return positions;
}

/**
 * The terms of a German word the English entries do not use ("Rechnung", "Benutzerverwaltung"):
 * one per part of it, each standing for its English words and the German page's; none when
 * it is no German word the tables know. `englishStems`: the stems English entries use.
 * `slips`: the query reads as German, so a long word with a slip may be a glossary word's.
 */
export function germanTerms(index: SearchIndex, german: German, englishStems: { has(stem: string): boolean }, word: string, slips = false): QueryTerm[] {
  const englishWord = (w: string) => englishStems.has(stem(w));
  const parts = germanAlternatives(german, word, englishWord, slips);
  if (parts.length === 0) return [];
  // An everyday word ("sollten", "sehen", "richtig") the glossary does not define is still a
  // word of the German page, but says nothing of what the question is about: it weighs as
  // an everyday word, not as a word only one entry has.
  const everyday = (isGermanFunctionWord(word) || isGermanEverydayWord(word)) && !glossaryKnows(german, word);
  return parts.map(({ text, alternatives }) => {
    const exact = alternatives.find((a) => a.kind === 'exact');
    const importance = importanceOf(index, alternatives, exact?.stem);
    return { text, alternatives, importance: everyday ? Math.min(importance, WEAK_IMPORTANCE) : importance };
  });
}

/** Whether the glossary or the German page knows `norm` as a whole word. */
export function germanWholeWord(german: German, norm: string): boolean {
  return wordAlternatives(german, norm).length > 0;
}
