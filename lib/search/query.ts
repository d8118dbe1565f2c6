// Parsing a query into terms: its words, each expanded (expand.ts), with synonym phrases,
// compounds written apart or glued, host names, Matrix user IDs and off-topic phrases each
// read as one term.

import type { SearchData, WeightedWord } from '../corpus/types';
import { fuzzyAlternatives, importanceOf, mergeAlternatives, WEAK_IMPORTANCE, wordTerm, type Alternative, type Lexicon, type QueryTerm } from './expand';
import { KEYWORDS, TITLE } from './index-build';
import { compoundHead, dictionaryFirst, isGermanStopWord, germanTerms, pageAlternatives, germanTranslations, germanWholeWord, isGermanEverydayWord, isGermanFunctionWord, joinSeparableVerb, looksGerman, noLongerMehr, type German } from './german';
import type { PhraseSynonym } from './synonyms';
import { namingCalled, readings, rightAsIntensifier, type Reading } from './english';
import { isNearStopWord, isStopWord, isWeakWord, stem, stemsOf, tokenize, type Token } from './text';

/**
 * Queries are cut to this many characters before any work. Enough for a forum post of
 * 150 words, whose question usually comes last: at 256, a German post of 50 words lost it.
 */
export const MAX_QUERY_LENGTH = 1000;
/** The least weight a near spelling of two words typed as one needs (about one edit). */
const COMPOUND_FUZZY_WEIGHT = 0.6;
/** Importance of an off-topic phrase (search-terms.json), relative to a word the index does not know. */
const OFF_TOPIC_FACTOR = 2;

const LATIN_OR_DIGITS = /^[a-z0-9]+$/;
const LATIN_LETTERS = /^[a-z]+$/;
/** A Matrix user ID ("@alice:example.com"). */
const USER_ID = /@[\p{L}\p{N}._=\-/]+:[\p{L}\p{N}.-]+/gu;
/** Words that set one thing against another ("this or that", "dies oder das", "instead of"). */
const CHOICE_WORDS = new Set(['or', 'oder', 'instead', 'statt', 'anstatt', 'vs', 'versus', 'rather']);
/** Words that join two things the query wants both of ("this and that"). */
const BOTH_WORDS = new Set(['and', 'und']);
/** The last label of a host name. */
const TOP_LEVEL_DOMAIN = /^[a-z]{2,6}$/;
/** "isn't", "wasn't", … as tokenize normalises them: each says "not". */
const NEGATIVE_CONTRACTIONS = new Set(['isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'couldnt', 'hasnt', 'havent']);

/** The curated off-topic phrases, by their sequence of stems (stop words left out). */
export interface OffTopic {
  phrases: Set<string>;
  /** The most stems in a phrase. */
  longest: number;
}

/** What parsing a query looks in. */
export interface QueryContext extends Lexicon {
  offTopic: OffTopic;
  /** The curated words a user ID or a host name stands for (none: no term for them). */
  placeholders: SearchData['placeholders'];
  /** What German words stand for (german.ts); none: German words are read as any other. */
  german?: German;
  /** The stems English entries use (not only the German page); by default every stem of the index. */
  englishStems?: { has(stem: string): boolean };
}

/** The query's words, and their stems. */
interface Words {
  tokens: Token[];
  stems: string[];
}

export function buildOffTopic(phrases: readonly string[]): OffTopic {
  return {
    phrases: new Set(phrases.map((phrase) => stemsOf(phrase).join(' '))),
    longest: Math.max(1, ...phrases.map((phrase) => stemsOf(phrase).length)),
  };
}

/** The stems of the words of the terms that span two words or more, for naming and marking. */
export function spannedStems(terms: readonly QueryTerm[]): string[] {
  return terms.flatMap((t) => (t.text.includes(' ') ? t.text.split(' ').map(stem) : []));
}

/** One term for `text`, standing for `words` (those the corpus has): [] if it has none. */
function placeholderTerm(context: QueryContext, text: string, words: readonly WeightedWord[]): QueryTerm[] {
  const alternatives = mergeAlternatives(
    words.map(([word, weight]): Alternative => ({ stem: stem(word), weight, kind: 'synonym' })).filter((a) => context.index.postings.has(a.stem)),
  );
  return alternatives.length > 0 ? [{ text, alternatives, importance: importanceOf(context.index, alternatives, undefined) }] : [];
}

/**
 * Matrix user IDs and host names: one term each, standing for the curated words of its kind
 * (about user IDs, about domains). Their words are the user's own names, which the FAQ
 * cannot know: they are added to `placeholder`.
 */
function placeholderTerms(context: QueryContext, query: string, { tokens, stems }: Words, placeholder: Set<number>): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const knows = (k: number) => {
    const s = stems[k] ?? '';
    return context.index.postings.has(s) || context.synonyms.words.has(s);
  };
  // "@alice:example.com" is a Matrix user ID: about user IDs and domains, not about Alice.
  for (const m of query.matchAll(USER_ID)) {
    tokens.forEach((t, k) => {
      if (t.start >= m.index && t.end <= m.index + m[0].length) placeholder.add(k);
    });
    terms.push(...placeholderTerm(context, m[0], context.placeholders.userId));
  }
  // A host name in the query ("matrix.example.com") is about domains; its inner labels
  // are the user's own names, which the FAQ cannot know.
  const hosts: HostSpan[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (tokens[j + 1]?.joiner === '.') j++;
    if (j > i && TOP_LEVEL_DOMAIN.test(tokens[j]?.norm ?? '')) {
      const text = tokens.slice(i, j + 1).map((t) => t.norm).join('.');
      // In a host name, labels the FAQ does not know are the user's own names.
      for (let k = i; k <= j; k++) if (!knows(k)) placeholder.add(k);
      hosts.push({ text, first: i, last: j });
      if (j - i >= 2) {
        for (let k = i + 1; k <= j; k++) placeholder.add(k);
        terms.push(...placeholderTerm(context, text, context.placeholders.hostName));
      }
    }
    i = j + 1;
  }
  const choice = subdomainOrDomain(tokens, hosts);
  if (choice !== undefined) terms.push(...placeholderTerm(context, choice, context.placeholders.subdomainOrDomain));
  return terms;
}

/** Where a host name stands among a query's tokens (first and last label), and its text. */
interface HostSpan {
  text: string;
  first: number;
  last: number;
}

/** The most words between a host name and its domain that still read as one choice between them ("or perhaps the bare", "oder eher"). */
const MAX_CHOICE_GAP = 4;

/**
 * A host name and the domain it sits under, a few words apart with "or" between them
 * ("chat.example.com or example.com", "@kim:chat.example.com or @kim:example.com"):
 * the query weighs one against the other. Returns the two, as the term's text. With "and"
 * between them the query wants both, and far apart they are two things it mentions.
 */
function subdomainOrDomain(tokens: readonly Token[], hosts: readonly HostSpan[]): string | undefined {
  for (const sub of hosts) {
    for (const domain of hosts) {
      if (!sub.text.endsWith(`.${domain.text}`)) continue;
      const gap = tokens.slice(Math.min(sub.last, domain.last) + 1, Math.max(sub.first, domain.first)).map((t) => t.norm);
      if (gap.length <= MAX_CHOICE_GAP && gap.some((w) => CHOICE_WORDS.has(w)) && !gap.some((w) => BOTH_WORDS.has(w))) return `${sub.text} ${domain.text}`;
    }
  }
  return undefined;
}

/** Phrases of topics the FAQ does not cover: one term each, which nothing matches. Adds their words to `off`. */
function offTopicTerms(context: QueryContext, { tokens, stems }: Words, off: Set<number>): QueryTerm[] {
  const { phrases, longest } = context.offTopic;
  const terms: QueryTerm[] = [];
  const content = tokens.flatMap((t, k) => (isStopWord(t.norm) ? [] : [k]));
  for (let c = 0; c < content.length; c++) {
    for (let length = Math.min(longest, content.length - c); length >= 1; length--) {
      const span = content.slice(c, c + length);
      if (!phrases.has(span.map((k) => stems[k] ?? '').join(' '))) continue;
      span.forEach((k) => off.add(k));
      terms.push({ text: span.map((k) => tokens[k]?.norm ?? '').join(' '), alternatives: [], importance: OFF_TOPIC_FACTOR * context.index.maxIdf });
      c += length - 1;
      break;
    }
  }
  return terms;
}

/**
 * The terms of a synonym phrase at word `i`. Words of the phrase the FAQ knows stay terms
 * of their own (so "homeserver name" still needs both); the phrase's meaning is added to
 * the last of them. A phrase of unknown or everyday words ("get rid of") becomes one term.
 */
function phraseTerms(
  context: QueryContext,
  { tokens, stems }: Words,
  i: number,
  phrase: PhraseSynonym,
  typing: boolean,
  isWeak: (k: number) => boolean,
): QueryTerm[] {
  const length = phrase.stems.length;
  const own: QueryTerm[] = [];
  for (let k = i; k < i + length; k++) {
    const word = tokens[k]?.norm ?? '';
    const s = stems[k] ?? '';
    if (isStopWord(word) || isWeak(k) || !context.index.postings.has(s)) continue;
    const term = wordTerm(context, word, s, typing && k === tokens.length - 1, false);
    if (term !== undefined) own.push(term);
  }
  const meaning = [...phrase.targets].map(([s, weight]): Alternative => ({ stem: s, weight, kind: 'synonym' }));
  const head = own[own.length - 1];
  if (head !== undefined) {
    head.alternatives = mergeAlternatives([...head.alternatives, ...meaning]);
    return own;
  }
  return [
    {
      text: tokens.slice(i, i + length).map((t) => t.norm).join(' '),
      alternatives: mergeAlternatives(meaning),
      importance: importanceOf(context.index, meaning, undefined),
    },
  ];
}

/**
 * Tokens `i` and `i + 1` as one word of the FAQ, when they are one split in two: the
 * joined word is known (or near a known word), and either half is unknown on its own
 * or the joined word is what a question or keyword says. Two known words that merely
 * sit side by side in a link ("user" "hosting") stay two words.
 */
function splitCompound(context: QueryContext, tokens: readonly Token[], i: number): QueryTerm | undefined {
  const { index, synonyms, vocabulary } = context;
  const { postings } = index;
  const a = tokens[i];
  const b = tokens[i + 1];
  if (a === undefined || b === undefined || b.joined || isStopWord(a.norm) || isStopWord(b.norm)) return undefined;
  if (!LATIN_LETTERS.test(a.norm) || !LATIN_LETTERS.test(b.norm)) return undefined;
  const joined = a.norm + b.norm;
  const s = stem(joined);
  const knownWord = (w: string) => postings.has(stem(w)) || synonyms.words.has(stem(w)) || vocabulary.surfaces.has(w);
  // Whether the FAQ names a stem in a question or a curated keyword (not only in a link).
  const named = (x: string) => postings.get(x)?.some((p) => p.tf[TITLE] > 0 || p.tf[KEYWORDS] > 0) ?? false;
  const halfUnknown = !knownWord(a.norm) || !knownWord(b.norm);
  let alternatives: Alternative[];
  if (postings.has(s)) {
    // Two known words become one only where a heading writes them as one: a curated
    // keyword ("auditbot") must not take "audit bot" away from the entries that say it.
    if (!halfUnknown && !(postings.get(s)?.some((p) => p.tf[TITLE] > 0) ?? false)) return undefined;
    alternatives = [{ stem: s, weight: 1, kind: 'exact' }];
  } else if (halfUnknown && joined.length >= 8) {
    // One slip in the pair ("app servise") still reads as the compound; two ("add uesrs"
    // is not "address") is more likely a typo in a word of its own.
    alternatives = fuzzyAlternatives(vocabulary, joined).filter((alt) => named(alt.stem) && alt.weight >= COMPOUND_FUZZY_WEIGHT);
  } else {
    return undefined;
  }
  if (alternatives.length === 0) return undefined;
  return {
    text: `${a.norm} ${b.norm}`,
    alternatives,
    importance: importanceOf(index, alternatives, postings.has(s) ? s : undefined),
  };
}

/** A bare number. */
const NUMBER = /^\p{N}+$/u;

/** Words glued together ("matrix.to", "self-hosted") that are also one word of the FAQ. */
function gluedTerm(context: QueryContext, tokens: readonly Token[], i: number): QueryTerm | undefined {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token?.joined || previous === undefined) return undefined;
  // Two numbers joined ("1.1." a date, "2.5" a version) are no word of the corpus: "11" is not what they say.
  if (NUMBER.test(previous.norm) && NUMBER.test(token.norm)) return undefined;
  const compound = stem(previous.norm + token.norm);
  if (!context.index.postings.has(compound)) return undefined;
  return {
    text: `${previous.norm}${token.joiner ?? ''}${token.norm}`,
    alternatives: [{ stem: compound, weight: 1, kind: 'exact' }],
    importance: context.index.idf.get(compound) ?? context.index.maxIdf,
  };
}

/** The stems of the words before `i` in the chain of joined words `i` is part of. */
function earlierInChain(tokens: readonly Token[], stems: readonly string[], i: number): string[] {
  let start = i;
  while (start > 0 && tokens[start]?.joined === true) start--;
  return stems.slice(start, i);
}

/**
 * A synonym must not count a word twice: "admin dashboard" has "admin" already, so
 * "dashboard" no longer also stands for "admin".
 */
function dropDoubleCounted(terms: QueryTerm[]): void {
  const literal = new Set(terms.flatMap((t) => t.alternatives.filter((a) => a.kind === 'exact').map((a) => a.stem)));
  for (const term of terms) {
    const own = new Set(term.alternatives.filter((a) => a.kind === 'exact').map((a) => a.stem));
    const kept = term.alternatives.filter((a) => a.kind === 'exact' || own.has(a.stem) || !literal.has(a.stem));
    if (kept.length > 0) term.alternatives = kept;
  }
}

/** A German word read through the general dictionary stands for its English words this much less surely than the glossary's. */
const DICTIONARY_WEIGHT = 0.75;
/** … less by this share for each English sense before it (the first is the commonest). */
const LATER_TRANSLATION_STEP = 0.15;

/**
 * A German word neither the glossary nor the German page knows, read as its English
 * translations from the general dictionary (german-dictionary.json): each read as that
 * English word would be (the corpus's word, a curated synonym, a related word), and weighing
 * as its commonest sense does. A word whose translation is everyday English ("week") weighs
 * as an everyday word, as it would typed in English: it frames the question, and no longer
 * counts as a topic no entry covers. Undefined when the dictionary does not know the word.
 */
function translatedTerm(context: QueryContext, german: German, word: string, weak: boolean, asWritten = false): QueryTerm | undefined {
  const english = germanTranslations(german, word, asWritten);
  if (english.length === 0) return undefined;
  const alternatives: Alternative[] = [];
  let commonest: number | undefined;
  english.forEach((phrase, place) => {
    const weight = DICTIONARY_WEIGHT * Math.max(0, 1 - LATER_TRANSLATION_STEP * place);
    const norms = tokenize(phrase).map((t) => t.norm).filter((w) => !isStopWord(w));
    const senses = norms.flatMap((w) => wordTerm(context, w, stem(w), false, isWeakWord(w)) ?? []);
    const phraseMeaning = context.synonyms.phrases.get(norms.map(stem).join(' '));
    for (const [s, w] of phraseMeaning?.targets ?? []) alternatives.push({ stem: s, weight: w * weight, kind: 'synonym' });
    for (const sense of senses) {
      for (const alt of sense.alternatives) {
        // An everyday English word's related words are too loose to stand for a German one.
        if (sense.importance <= WEAK_IMPORTANCE && alt.kind === 'related') continue;
        alternatives.push({ stem: alt.stem, weight: alt.weight * weight, kind: alt.kind === 'exact' ? 'synonym' : alt.kind });
      }
    }
    // The commonest sense says how much the word weighs: its weightiest word (a sense of
    // function words alone, "use", weighs as everyday English).
    if (place === 0) commonest = senses.length > 0 ? Math.max(...senses.map((t) => t.importance)) : WEAK_IMPORTANCE;
  });
  const merged = mergeAlternatives(alternatives);
  // Translations that match nothing are everyday English (the build keeps no others); an
  // everyday German word stays one.
  const everyday = merged.length === 0 || weak;
  const importance = everyday ? Math.min(WEAK_IMPORTANCE, commonest ?? WEAK_IMPORTANCE) : (commonest ?? WEAK_IMPORTANCE);
  return { text: word, alternatives: merged, importance };
}

/**
 * The terms of a word English does not use, or undefined to read it as any other word. In a
 * German query (`german`), a word the glossary and the German page do not know as a whole is
 * read through the general dictionary, before it is split into parts they know: a word the
 * dictionary has is a word of its own ("Vorschau", preview), not "vor" + "Schau". So is a
 * verb the glossary does not define (dictionaryFirst), though the German page has it or the
 * glossary has a noun of its stem: the translation says what it means and how much it weighs
 * (a common verb little, however rare on the English pages), the page's word where German
 * says it. Then the glossary's and the German page's words and compounds of them; an
 * inflected function word ("viele", "allen"), which says no more than its base form, is
 * dropped ([]); and last a compound whose head only is known (compoundHead).
 */
function nonEnglishTerms(context: QueryContext, word: string, asWritten: string, how: { german: boolean; weak: boolean; typing: boolean }): QueryTerm[] | undefined {
  const tables = context.german;
  if (tables === undefined) return undefined;
  const { german, weak } = how;
  const englishStems = context.englishStems ?? context.index.postings;
  const known = germanWholeWord(tables, word);
  const translated = german && !isGermanFunctionWord(word, asWritten) && dictionaryFirst(tables, word, known) ? translatedTerm(context, tables, word, weak, known) : undefined;
  if (translated !== undefined) {
    const page = known ? pageAlternatives(tables, word) : [];
    return [page.length > 0 ? { ...translated, alternatives: mergeAlternatives([...translated.alternatives, ...page]) } : translated];
  }
  const fromGerman = germanTerms(context.index, tables, englishStems, word, german);
  if (fromGerman.length > 0) return fromGerman;
  if (!german) return undefined;
  if (isGermanFunctionWord(word, asWritten)) return [];
  // A compound of a head the tables or English know and a modifier they do not
  // ("Projektraum"): the head, and the modifier as the dictionary reads it (a linking "s"
  // left off, "Vereins-"), or as a word no entry has. (Not a word still being typed: its end
  // is no head yet.)
  const compound = how.typing ? undefined : compoundHead(tables, word, (w) => englishStems.has(stem(w)));
  if (compound === undefined) return undefined;
  const { modifier, head } = compound;
  const modifierTerm =
    translatedTerm(context, tables, modifier, weak) ??
    (modifier.endsWith('s') ? translatedTerm(context, tables, modifier.slice(0, -1), weak) : undefined) ??
    wordTerm(context, modifier, stem(modifier), false, weak);
  const headTerms = germanWholeWord(tables, head) ? germanTerms(context.index, tables, englishStems, head) : [wordTerm(context, head, stem(head), false, weak)];
  return [modifierTerm, ...headTerms].filter((term): term is QueryTerm => term !== undefined);
}

/** Marks that end a sentence, and those that end a clause (a comma too, not a colon). */
const SENTENCE_END = /[.!?;:]/;
const CLAUSE_END = /[.!?;,]/;

/** Whether one of `marks` stands between token `k` and the one before it (not inside a joined word). */
function markBefore(query: string, tokens: readonly Token[], k: number, marks: RegExp): boolean {
  const token = tokens[k];
  const previous = tokens[k - 1];
  return token !== undefined && previous !== undefined && !token.joined && marks.test(query.slice(previous.end, token.start));
}

/** The index of the first token of the query's last sentence (after the last ".", "!", "?", ";" or ":" between words). */
function lastSentenceStart(query: string, tokens: readonly Token[]): number {
  for (let k = tokens.length - 1; k > 0; k--) if (markBefore(query, tokens, k, SENTENCE_END)) return k;
  return 0;
}

/**
 * The separable verbs of a German query, each clause's: the particles to leave out, and the
 * verbs read joined with theirs. The query's last clause as joinSeparableVerb reads it; a
 * clause before it ("Wie lege ich … einen Zugang an? Ich finde …") only where a verb joins its
 * particle, which then ends the clause before a full stop, a question mark or a comma.
 */
function separableVerbs(
  german: German,
  query: string,
  tokens: readonly Token[],
  norms: readonly string[],
  skip: (norm: string, position: number) => boolean,
): { particles: Set<number>; verbs: Map<number, string> } {
  const particles = new Set<number>();
  const verbs = new Map<number, string>();
  const note = (found: ReturnType<typeof joinSeparableVerb>) => {
    if (found === undefined) return;
    particles.add(found.particle);
    if (found.verb !== undefined && found.joined !== undefined) verbs.set(found.verb, found.joined);
  };
  let start = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!markBefore(query, tokens, k + 1, CLAUSE_END)) continue;
    const found = joinSeparableVerb(german, norms.slice(0, k + 1), skip, start);
    if (found?.joined !== undefined) note(found);
    start = k + 1;
  }
  note(joinSeparableVerb(german, norms, skip, lastSentenceStart(query, tokens)));
  return { particles, verbs };
}

/** The terms of a query, in the order they are read (stop words dropped, phrases kept together). */
export function parseQuery(context: QueryContext, raw: string): QueryTerm[] {
  return readQuery(context, raw).terms;
}

/** The terms of a query, and whether it reads as German. */
export function readQuery(context: QueryContext, raw: string): { terms: QueryTerm[]; german: boolean } {
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  // Words in a script the FAQ does not use cannot match, and are not held against it.
  const tokens = tokenize(query).filter((t) => LATIN_OR_DIGITS.test(t.norm));
  // A word cut in two by the length limit is not a word the user wrote.
  if (raw.length > MAX_QUERY_LENGTH && tokens[tokens.length - 1]?.end === query.length) tokens.pop();
  if (tokens.length === 0) return { terms: [], german: false };
  const last = tokens[tokens.length - 1];
  // Still typing the last word: nothing (no space, no punctuation) after it, and the
  // query was not cut short.
  const typing = last !== undefined && last.end === query.length && raw.length <= MAX_QUERY_LENGTH;
  const words: Words = { tokens, stems: tokens.map((t) => stem(t.norm)) };
  const { stems } = words;
  const { postings } = context.index;
  // A word English entries (or the curated synonyms) know is English, whatever else it is.
  const englishStems = context.englishStems ?? postings;
  const isEnglish = (norm: string) => isStopWord(norm) || englishStems.has(stem(norm)) || context.synonyms.words.has(stem(norm));
  const norms = tokens.map((t) => t.norm);
  const german = context.german !== undefined && looksGerman(query, norms, isEnglish, context.german);
  // A word as the query writes it, umlauts and all ("ändere" is no "andere").
  const written = (k: number) => query.slice(tokens[k]?.start ?? 0, tokens[k]?.end ?? 0);
  // German separable verbs, their halves apart in the query ("Wie füge ich … hinzu?").
  const separable =
    german && context.german !== undefined
      ? separableVerbs(context.german, query, tokens, norms, (w, k) => isEnglish(w) || isGermanStopWord(w, written(k)))
      : { particles: new Set<number>(), verbs: new Map<number, string>() };
  // Words that say when, not what: German "mehr" in "nicht mehr" (any longer), English "right" in "right now".
  // English "called" that gives a name ("a tool called Foo"), which is no call.
  const notATopic = german ? noLongerMehr(norms) : new Set([...rightAsIntensifier(norms), ...namingCalled(norms)]);
  // Words that say another word, the corpus's ("left" after someone is "deactivate", a server
  // that "shut down" is "dead"; english.ts). The German glossary reads its own ("ausgeschieden").
  const readAs = german ? new Map<number, Reading>() : readings(norms);
  const placeholder = new Set<number>();
  const terms = placeholderTerms(context, query, words, placeholder);
  const off = new Set<number>();
  terms.push(...offTopicTerms(context, words, off));
  // Everyday words, English or German, and bare numbers ("100", "2019"), say little about the topic.
  const isWeak = (k: number) => {
    const norm = tokens[k]?.norm ?? '';
    return placeholder.has(k) || isWeakWord(norm) || NUMBER.test(norm) || ((german || !isEnglish(norm)) && isGermanEverydayWord(norm));
  };
  // A phrase written with "not" is also written with a negative contraction ("isn't available").
  const phraseStems = stems.map((s, k) => (NEGATIVE_CONTRACTIONS.has(norms[k] ?? '') ? 'not' : s));
  for (let i = 0; i < tokens.length; ) {
    // Longest synonym phrase starting here ("get rid of", "sign in", "white label").
    if (off.has(i)) {
      i++;
      continue;
    }
    if (separable.particles.has(i) || notATopic.has(i)) {
      i++;
      continue;
    }
    const reading = readAs.get(i);
    if (reading !== undefined) {
      const term = wordTerm(context, reading.word, stem(reading.word), false, reading.weak);
      if (term !== undefined) terms.push(term);
      i += reading.length;
      continue;
    }
    const joinedVerb = separable.verbs.get(i);
    if (joinedVerb !== undefined && context.german !== undefined) {
      terms.push(...germanTerms(context.index, context.german, englishStems, joinedVerb));
      i++;
      continue;
    }
    let phrase: PhraseSynonym | undefined;
    for (let length = Math.min(context.synonyms.longestPhrase, tokens.length - i); length >= 2 && !phrase; length--) {
      const overlapsOffTopic = Array.from({ length }, (_, k) => i + k).some((k) => off.has(k));
      if (!overlapsOffTopic) phrase = context.synonyms.phrases.get(phraseStems.slice(i, i + length).join(' '));
    }
    if (phrase !== undefined) {
      terms.push(...phraseTerms(context, words, i, phrase, typing, isWeak));
      i += phrase.stems.length;
      continue;
    }
    // Two words written apart that the FAQ writes as one ("home server", "app servise",
    // "sub domain") are that one word.
    const split = off.has(i + 1) ? undefined : splitCompound(context, tokens, i);
    if (split !== undefined) {
      terms.push(split);
      i += 2;
      continue;
    }
    const word = tokens[i]?.norm ?? '';
    const asWritten = written(i);
    const s = stems[i] ?? '';
    const weak = isWeak(i);
    // A chain of three or more words joined by hyphens or dots ("end-to-end",
    // "chat.example.com") says one thing: its first pair stands for it as one word, and a
    // word it repeats is said once. Every pair and every word counted made such a chain weigh
    // as three or four words of the question.
    // Nor is a host name's or a user ID's pair a word: the placeholder's term stands for it
    // ("ems.element.io" is about a domain, not about "emselement").
    const laterInChain = tokens[i - 1]?.joined === true;
    const glued = laterInChain || placeholder.has(i) ? undefined : gluedTerm(context, tokens, i);
    if (glued !== undefined) terms.push(glued);
    if (tokens[i]?.joined === true && earlierInChain(tokens, stems, i).includes(s)) {
      i++;
      continue;
    }
    // "e-mail" is one word, as "email" is: "mail" is no second term (it counted the address twice).
    if (glued !== undefined && tokens[i - 1]?.norm.length === 1) {
      i++;
      continue;
    }
    // A letter hyphened to the next word ("e-mail", "x-ray") is part of it, not a word of its own.
    const prefixLetter = word.length === 1 && /\p{L}/u.test(word) && tokens[i + 1]?.joined === true;
    i++;
    if (isStopWord(word) || prefixLetter) continue;
    // German: its function words go like stop words; a word English does not use stands
    // for what the glossary and the German page say it means.
    if (isGermanStopWord(word, asWritten) && (german || !isEnglish(word))) continue;
    if (!isEnglish(word)) {
      const read = nonEnglishTerms(context, word, asWritten, { german, weak, typing: typing && i === tokens.length });
      if (read !== undefined) {
        terms.push(...read);
        continue;
      }
    }
    // A slip in a little word ("whta's") is that little word, not an unknown topic.
    if (!(typing && i === tokens.length) && !postings.has(s) && !context.vocabulary.surfaces.has(word) && isNearStopWord(word)) continue;
    const term = wordTerm(context, word, s, typing && i === tokens.length, weak);
    if (term !== undefined) terms.push(term);
  }
  dropDoubleCounted(terms);
  return { terms, german };
}
