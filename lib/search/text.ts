import { EVERYDAY_WORDS, PLACE_WORDS } from './english.ts';

// Text handling shared by the index and the query side: both must agree exactly on what
// a "word" is, or a query never meets the answer it is looking for. Pure, browser-safe.

/** A word of a string, with where it stands in that string (for highlighting). */
export interface Token {
  /** Normalised form: lower case, no accents, no apostrophes. */
  norm: string;
  start: number;
  /** Exclusive. */
  end: number;
  /**
   * True when the word is glued to the previous one by a single `-`, `.`, `/` or `_`
   * (".well-known", "matrix.org", "name/brand"): the index also keeps the joined form.
   */
  joined: boolean;
  /** The `-`, `.`, `/` or `_` that joins it to the previous word; '' when not joined. */
  joiner: string;
}

// Letters and digits of any script; an apostrophe inside a word keeps it one word
// ("doesn't", "server's"). Combining marks are part of the word until normalisation.
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;
const JOINERS = new Set(['-', '.', '/', '_']);

/** Letters that Unicode decomposition does not reduce to ASCII, but users type plainly. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLD_RE = /[ßæœøłđðþı]/g;

/**
 * One word's normal form: "Café" → "cafe", "doesn’t" → "doesnt". Remembered per word: the
 * index reads every entry's text several times over, and Unicode normalisation is what
 * building it spends most time on.
 */
export function normalizeWord(word: string): string {
  let norm = normalized.get(word);
  if (norm === undefined) {
    norm = word
      .toLowerCase()
      .replace(PRONOUN_CONTRACTION_RE, '$1')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/['’ʼ]/g, '')
      .replace(FOLD_RE, (c) => FOLD[c] ?? c);
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(word, norm);
  }
  return norm;
}
const normalized = new Map<string, string>();
// "we'd", "I'll", "they've", "it's": a pronoun and a verb, both function words. Without the
// apostrophe they would read as other words ("wed", "ill", "id"), and "we've" as a rare one.
const PRONOUN_CONTRACTION_RE = /^(i|you|he|she|it|we|they|that|there|here|who|what|where|how)['’ʼ](?:s|d|ll|ve|re|m)$/;
/** Far more than the corpus's distinct words (about 6,000), so typing never evicts them. */
const MAX_NORMALIZED = 50_000;

/** Every word of `text`, in order, with its position in `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -2;
  for (const match of text.matchAll(WORD_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    const norm = normalizeWord(match[0]);
    if (norm === '') continue;
    const joined = start === previousEnd + 1 && JOINERS.has(text.charAt(previousEnd));
    tokens.push({ norm, start, end, joined, joiner: joined ? text.charAt(previousEnd) : '' });
    previousEnd = end;
  }
  return tokens;
}

// URLs and e-mail addresses in answers are for clicking, not for matching: their path
// words ("installation", "latest", "github") would otherwise match unrelated queries.
// Links into the EMS control panel are the exception: their paths name its pages
// ("/user/billing", "/user/hosting", "/support"), which is what users call them.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s)>\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const EMS_URL_RE = /^https?:\/\/ems\.element\.io\//i;

/** [start, end) spans of URLs and e-mail addresses in `text`, except EMS control-panel links. */
export function urlSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(URL_RE)]
    .filter((m) => !EMS_URL_RE.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length]);
}

// Function words that say nothing about which answer is wanted. Deliberately without
// domain words ("default", "own", "free", "new", "change"): those carry meaning here.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above actually after again against all already also am an and any anyone anything
   are aren arent as at be because been before being below between both but by can cannot cant
   could couldnt did didnt do does doesnt doing done dont down during each eg either else etc
   even ever every few for from further get gets getting got had hadnt has hasnt have havent
   having he her here hers herself him himself his how however i ie if im in into is isnt it
   its itself ive just let lets like me mean means might more most much must my myself no nor
   not now of off ok okay on once only or other others our ours ourselves out please possible
   really same shall she should shouldnt so some something such than that thats the their
   theirs them themselves then there theres these they theyre this those though through to too
   under until up us very via was wasnt way we were werent what whats when where which while
   who whom whose why will with wont would wouldnt yet you youd youll your youre yours yourself
   yourselves able instead rather without within each anyway hi hello thanks thank tell know explain want wanted
   wants need needs needed use used uses using lot lots kind sort thing things stuff try tried
   trying couldve wouldve shouldve mightve mustve com org net www http https html inside onto upon among amongst besides toward whilst`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

let weakStems: ReadonlySet<string> | undefined;

/**
 * True for everyday English and words for places in an interface (english.ts) in any
 * inflection ("happens", "pages"), and for adverbs
 * in -ly ("accidentally", "currently"), which qualify a question rather than name its topic
 * (unless the corpus uses the adverb's stem: expand.ts wordTerm keeps "directly" its weight).
 */
export function isWeakWord(norm: string): boolean {
  return isEverydayWord(norm) || isLyAdverb(norm);
}

/** True for everyday English and words for places in an interface (english.ts), in any inflection. */
export function isEverydayWord(norm: string): boolean {
  // The stem of an adverb is not everyday: "highly" is, "high" (resolution) is not.
  weakStems ??= new Set(
    [...EVERYDAY_WORDS, ...PLACE_WORDS].flatMap((w) => (w.endsWith('ly') ? [w] : [w, stem(w)])),
  );
  return weakStems.has(norm) || weakStems.has(stem(norm));
}

/** An adverb in -ly ("accidentally", "directly"). */
export function isLyAdverb(norm: string): boolean {
  return norm.length >= 6 && norm.endsWith('ly');
}

/**
 * Other forms a word the FAQ does not know may stand for, most likely first: the base of
 * a comparative or superlative ("quieter" → "quiet", "biggest" → "big") and the word
 * under a negating prefix ("unused" → "used", "nonpublic" → "public").
 */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  const m = /^(.{3,}?)(i?)(er|est)$/.exec(word);
  if (m) {
    const base = (m[1] ?? '') + (m[2] ? 'y' : '');
    forms.push(base, `${base}e`);
    if (/(.)\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  const p = /^(un|non)(.{4,})$/.exec(word);
  if (p) forms.push(p[2] ?? '');
  return forms.filter((f) => f.length >= 3 && f !== word);
}

// Irregular forms a suffix rule cannot reach.
const IRREGULAR = new Map<string, string>(Object.entries({
  shown: 'show',
  taken: 'take',
  took: 'take',
  paid: 'pay',
  sent: 'send',
  built: 'build',
  rebuilt: 'rebuild',
  ran: 'run',
  kept: 'keep',
  lost: 'lose',
  found: 'find',
  chosen: 'choose',
  chose: 'choose',
  bought: 'buy',
  gone: 'go',
  went: 'go',
  made: 'make',
  children: 'child',
  people: 'people',
  data: 'data',
  news: 'news',
  media: 'media',
  was: 'be',
  were: 'be',
}));

const VOWEL_RE = /[aeiouy]/;

function undouble(word: string): string {
  const n = word.length;
  if (n >= 4 && word[n - 1] === word[n - 2] && /[bcdfghjkmnpqrtvwx]/.test(word.charAt(n - 1))) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * A light English stemmer: plurals, -ing/-ed, -ation/-ate, -ment, -able, -ly, British
 * -ise, a final silent e. Conservative on purpose (never below three letters, so "bots"
 * and "bot" meet but "host" and "hostname" stay apart); both sides use the same function,
 * so a stem only has to be consistent, not a dictionary word. Words that are not ASCII
 * letters (other scripts, numbers) are left as they are.
 */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemUncached(word);
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

const stemCache = new Map<string, string>();

function stemUncached(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  let w = word;
  // British -ise → -ize (customise, organisation), only on longer words (raise, wise stay).
  if (w.length >= 7) w = w.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  // Plurals.
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Verb endings.
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL_RE.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5 && VOWEL_RE.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  // Derivational endings, never leaving fewer than four letters.
  if (/[ai]bility$/.test(w) && w.length >= 9) w = `${w.slice(0, -5)}le`; // discoverability → discoverable
  if (w.endsWith('ship') && w.length >= 8) w = w.slice(0, -4); // membership → member
  // A noun made of a verb is that verb: "verification" is "verify", "recovery" is "recover",
  // as "deletion" is "delete". Not a short "-ery" word ("battery", "gallery").
  if (w.endsWith('ification') && w.length >= 11) w = `${w.slice(0, -9)}ify`; // verification → verify
  else if (w.endsWith('ery') && w.length >= 8) w = w.slice(0, -1); // recovery → recover, delivery → deliver
  else if (w.endsWith('ation') && w.length >= 9) w = w.slice(0, -3); // configuration → configurat
  else if (w.endsWith('ion') && w.length >= 7 && !w.endsWith('sion')) w = w.slice(0, -3); // deletion → delet
  else if (w.endsWith('ment') && w.length >= 8) w = w.slice(0, -4); // management → manage
  else if (w.endsWith('able') && w.length >= 8) w = w.slice(0, -4); // available → avail
  else if (w.endsWith('ally') && w.length >= 8) w = w.slice(0, -4); // automatically → automatic
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2); // directly → direct
  if (/at(e)?$/.test(w) && w.replace(/at(e)?$/, '').length >= 4) w = w.replace(/at(e)?$/, ''); // deactivate → deactiv
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** A phrase as the index compares phrases: its words' stems, stop words left out. */
export function stemsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopWord(t.norm))
    .map((t) => stem(t.norm));
}

/**
 * A word one typo away from a stop word of five or more letters ("whta's" → "what's").
 * Shorter ones are too close to real words ("cust" is one letter from "just").
 */
export function isNearStopWord(norm: string): boolean {
  if (norm.length < 5) return false;
  for (const word of STOP_WORDS) {
    if (word.length >= 5 && Math.abs(word.length - norm.length) <= 1 && editDistance(norm, word, 1) <= 1) return true;
  }
  return false;
}
