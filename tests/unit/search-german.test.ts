// @vitest-environment node
// @vitest-environment node
// German queries (issue 20): stems, umlaut spellings, compounds, the glossary beside the
// corpus, and that English queries keep English answers. The queries here are written for
// these tests, not taken from the evaluation sets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/build/errors';
import { DICTIONARY_FILE, GLOSSARY_FILE, loadDictionary, loadGlossary } from '@/lib/corpus/build/glossary';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { loadSearchData } from '@/lib/corpus/build/search-data';
import { createSearchEngine, NO_CURATED_TERMS } from '@/lib/search';
import { germanKey, germanKeys } from '@/lib/search/german';
import { WEAK_IMPORTANCE } from '@/lib/search/expand';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus.entries, corpus.search);
const ids = (query: string, limit = 3) => engine.search(query, { limit }).map((hit) => hit.entry.id);
const german = new Set(corpus.entries.filter((e) => e.lang === 'de').map((e) => e.id));

describe('German word keys', () => {
  it('reads umlauts written either way, and inflections, alike', () => {
    expect(germanKey('schlussel')).toBe(germanKey('schluessel'));
    expect(germanKey('kundige')).toBe(germanKey('kundigung'));
    expect(germanKey('rechnungen')).toBe(germanKey('rechnung'));
  });

  it('reads a "ue" that is no umlaut as written, too', () => {
    // Folded, "neuen" would be "neun" (nine): its key must also be that of "neu".
    expect(germanKeys('neuen')).toContain(germanKey('neu'));
    expect(germanKeys('bruecke')).toContain(germanKey('brucke'));
  });

  it('reads a past participle as its verb', () => {
    expect(germanKeys('geloscht')).toContain(germanKey('loschen'));
    expect(germanKeys('eingerichtet')).toContain(germanKey('einrichten'));
    expect(germanKeys('beigetreten')).toContain(germanKey('beitreten'));
  });

  it('reads a separable verb\'s infinitive with "zu" as the verb', () => {
    expect(germanKeys('freizuschalten')).toContain(germanKey('freischalten'));
    expect(germanKeys('hinzuzufugen')).toContain(germanKey('hinzufugen'));
    // Not a word that only begins so.
    expect(germanKeys('abzuglich')).toEqual([germanKey('abzuglich')]);
  });
});

describe('German words the glossary does not know, read through the general dictionary', () => {
  const term = (query: string, text: string) => engine.explain(query).terms.find((t) => t.text === text);

  it('reads such a word as its English translation, a little less surely than a glossary word', () => {
    // "vervollständigen" (complete) is in the dictionary only.
    const read = term('Wie vervollständige ich die Einrichtung?', 'vervollstandige');
    expect(read?.alternatives).toContainEqual({ stem: 'complet', weight: 0.75, kind: 'synonym' });
  });

  it('weighs a word whose translation is everyday English as an everyday word, not as an unknown topic', () => {
    // "Woche" (week) says when, not what: unknown, it weighed as much as a word no entry has.
    expect(term('Rechnung jede Woche', 'woche')?.importance).toBeLessThanOrEqual(WEAK_IMPORTANCE);
    expect(term('Rechnung jede Woche', 'rechnung')?.importance).toBeGreaterThan(WEAK_IMPORTANCE);
  });

  it('reads a present or past form of a verb the dictionary has as its infinitive ("montiert": "montieren", to install)', () => {
    for (const form of ['montiert', 'montierst', 'montierte']) {
      const read = term(`Logo ${form} nicht`, form);
      expect(read?.alternatives.map((a) => a.stem)).toContain('install');
    }
  });

  it('reads a present or past form of a verb the glossary also has, which the dictionary keeps for them ("zahlt": "zahlen", to pay)', () => {
    for (const form of ['zahlt', 'zahlte']) {
      const read = term(`Wer ${form} das Abo?`, form);
      expect(read?.alternatives.map((a) => a.stem)).toContain('pay');
    }
  });

  it('reads a verb the German page has, or whose "-er" noun the glossary has, as the dictionary translates it', () => {
    // "nutzen" and "benutzen" (to use) are no "Nutzer", "Benutzer" (user): a common verb,
    // rare on the English pages, once weighed as much as the query's topic.
    for (const verb of ['nutzen', 'benutzen']) {
      const read = term(`WhatsApp im Büro ${verb}`, verb);
      expect(read?.alternatives.map((a) => a.stem)).not.toContain('user');
      expect(read?.importance).toBeLessThanOrEqual(WEAK_IMPORTANCE);
    }
    // The German page's word stays among what it stands for.
    expect(term('WhatsApp im Büro nutzen', 'nutzen')?.alternatives.map((a) => a.stem)).toContain('nutzen');
  });

  it('leaves English queries to English', () => {
    // "Tag" is German for day, but an English query's unknown word is not translated.
    expect(term('tag a room as low priority', 'tag')?.alternatives.every((a) => a.stem !== 'day')).toBe(true);
  });
});

describe('German queries on the real corpus', () => {
  it.each([
    ['Wie ändere ich mein Kennwort?', 'change-account-password'],
    ['Zahlungsmethode ändern', 'how-do-i-update-my-payment-info'],
    ['Speichergrenze', 'what-are-the-limitations-in-terms-of-storage'],
    ['Wo finde ich die Slack Bruecke?', 'integrations-ems-slack-bridge'],
  ])('"%s" finds the English answer %s among the first three', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it('reads "anderes" (other) as the function word it is, not as "ändern" (change), whose stem it shares', () => {
    const terms = engine.explain('ein anderes Gerät verifizieren').terms;
    expect(terms.map((t) => t.text)).not.toContain('anderes');
  });

  it('reads "ändere" (I change) as the verb, though without its umlaut it is "andere" (other)', () => {
    const stems = (query: string) => engine.explain(query).terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    expect(stems('Wie ändere ich die Rechnungsadresse?')).toContain('chang');
    expect(stems('eine andere Rechnungsadresse')).not.toContain('chang');
  });

  it('reads everyday words as what they mean in German, not as a false friend or one answer\'s phrase', () => {
    const stems = (query: string, word: string) => engine.explain(query).terms.filter((t) => t.text === word).flatMap((t) => t.alternatives.map((a) => a.stem));
    // "Thema" is a topic, not a colour scheme; "später" is later, not the time a host is created.
    expect(stems('eine Frage zum Thema Dateien', 'thema')).not.toContain('theme');
    const later = stems('können wir später umziehen', 'spater');
    expect(later.length).toBeGreaterThan(0);
    for (const phrase of ['host', 'creat', 'setup']) expect(later).not.toContain(phrase);
  });

  it('reads an inflected adjective whose "ue" is no umlaut ("neuen")', () => {
    expect(ids('einen neuen Benutzer erstellen')).toContain('add-users');
  });

  it('reads a German word through the glossary, not as a word of one English entry', () => {
    // "passwort" once stood among one guide's English keywords: the glossary was never asked,
    // and every German password question went to that guide.
    expect(ids('Passwort eines Benutzers zurücksetzen')[0]).toBe('reset-user-password');
    expect(engine.explain('Passwort').terms[0]?.alternatives.map((a) => a.stem)).toContain('password');
  });

  it('tells a noun in "-er" from the verb whose stem it shares when the tables know both ("Nutzer", user; "nutzen", to use)', () => {
    const stems = (word: string) => engine.explain(word).terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    expect(stems('nutzen')).not.toContain('user');
    expect(stems('nutzen')).toContain('nutzen'); // the German page's word
    // A stem alone keeps its "-er" noun's reading: "fehl" of "schlägt fehl" is an error, not "fehlen" (to lack).
    expect(stems('fehl')).toContain('error');
    expect(stems('Nutzern')).toContain('user');
    // A plural or an adjective in "-er", or a word only the other kind has, still finds its word.
    expect(stems('Passwörter')).toContain('password');
    expect(stems('neuer')).toContain('new');
    expect(stems('fehl')).toContain('issu');
  });

  it('reads a query with English function words and no German ones as English, though one word of it is German too', () => {
    const german = (query: string) => engine.explain(query).first?.german;
    // "Registrar" is in the German glossary as well.
    expect(german('which records do I add at the registrar for our domain?')).toBe(false);
    expect(german('Registrar Eintrag für die Domain')).toBe(true);
    expect(german('Signal Gruppen in Element nutzen')).toBe(true);
  });

  it('drops German function words rather than counting them as unknown topics', () => {
    const terms = engine.explain('Wie kann ich das Abo kündigen?').terms.map((t) => t.text);
    expect(terms).toEqual(['abo', 'kundigen']);
    // Spoken short forms ("ran" for "heran"), not the English past of "run".
    const spoken = engine.explain('Wo komme ich an die Rechnung ran, ist die Steuer schon drin?').terms.map((t) => t.text);
    expect(spoken).toContain('rechnung');
    expect(spoken).not.toContain('ran');
    expect(spoken).not.toContain('drin');
  });

  it('drops an inflected function word ("viele") rather than counting it as an unknown topic', () => {
    expect(engine.explain('Wie viele Nutzer darf ich haben?').terms.map((t) => t.text)).toEqual(['nutzer']);
  });

  it('weighs an everyday German word no table knows as an everyday word, not as an unknown topic', () => {
    // "irgendwie" (somehow), "trotzdem" (still) say nothing about the answer; "Rabatt" (no table knows it) is a topic.
    const terms = engine.explain('Die Einrichtung klappt irgendwie trotzdem nicht').terms;
    expect(terms.find((t) => t.text === 'irgendwie')?.importance).toBeLessThanOrEqual(0.7);
    expect(terms.find((t) => t.text === 'trotzdem')?.importance).toBeLessThanOrEqual(0.7);
    expect(engine.explain('Rabatt Einrichtung').terms.find((t) => t.text === 'rabatt')?.importance).toBeGreaterThan(2);
  });

  it("weighs the German page's everyday words as everyday words, not as its topics", () => {
    // "sollten" (should), "richtig" (right) are words of the German page, but say nothing of it.
    const terms = engine.explain('Was sollten wir richtig machen?').terms;
    expect(terms.map((t) => t.text)).toEqual(['sollten', 'richtig']);
    for (const term of terms) expect(term.importance).toBeLessThanOrEqual(0.7);
    // A word the glossary defines keeps its weight ("Ablage": storing the files).
    expect(engine.explain('Ablage').terms[0]?.importance).toBeGreaterThan(2);
  });

  it('reads a feminine form as the word it is made from ("Kolleginnen", "Buchhalterin")', () => {
    const stems = (word: string) => engine.explain(word).terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    expect(stems('Kolleginnen')).toContain('user');
    expect(stems('Mitarbeiterinnen')).toContain('user');
    expect(engine.explain('Kolleginnen').terms).toHaveLength(1); // not "Kolleg" + "innen"
    expect(germanKeys('termin')).toEqual([germanKey('termin')]);
  });

  it('reads a long German word with a slip in it as the glossary word, in a German query only', () => {
    const stems = (query: string) => engine.explain(query).terms.flatMap((t) => t.alternatives.map((a) => a.stem));
    // "Bentuzerverwaltung" for "Benutzerverwaltung", "Zahlungsmehtode" for "Zahlungsmethode".
    expect(stems('Zahlungsmehtode für unser Konto ändern')).toContain('payment');
    expect(ids('Zahlungsmehtode für unser Konto ändern')).toContain('how-do-i-update-my-payment-info');
    // A short word one letter from another is not guessed ("geklickt" is no "gekickt").
    expect(stems('ich habe auf Weiter geklickt')).not.toContain('kick');
    // In an English query a slip is English: "brigde" is "bridge", not "Brücke".
    expect(engine.explain('telegram brigde setup').first?.german).toBe(false);
  });

  it('reads a query as German from an everyday German word', () => {
    // Every other word is English or a product name: "zeigt" alone says German.
    expect(engine.explain('Slack Bridge zeigt Connection Errors').first?.german).toBe(true);
    expect(engine.explain('Hi, super quick question about the Slack bridge').first?.german).toBe(false);
  });

  it('joins a separable verb whose particle ends the question', () => {
    // "lade … ein" is "einladen" (invite), not "laden" (load); "melde … an" is "anmelden" (log in).
    expect(ids('Wie lade ich meine Kollegen ein?')).toContain('add-users');
    expect(engine.explain('Wie melde ich mich an?').terms.map((t) => t.text)).toEqual(['anmelde']);
    expect(engine.explain('Wie melde ich mich an?').terms[0]?.alternatives.map((a) => a.stem)).toContain('login');
  });

  it('looks for the verb of a separable particle in its own sentence only', () => {
    // "an" ends the question "Wie lege ich … an?" (anlegen, create); "melden" in the sentence
    // before would make "anmelden" (log in) and leave "lege" a word of its own.
    const terms = engine.explain('Der Kollege wollte sich melden. Wie lege ich einen Nutzer an?').terms.map((t) => t.text);
    expect(terms).toContain('anlege');
    expect(terms).toContain('melden');
  });

  it('joins a separable verb in a question that another sentence follows', () => {
    // "Wie lege ich … an?" is the post's question, not its last sentence: "lege … an" is still
    // "anlegen" (create), and "an" no word of its own.
    const terms = engine.explain('Wie lege ich für unsere Praktikanten einen Nutzer an? Das Panel kenne ich kaum.').terms.map((t) => t.text);
    expect(terms).toContain('anlege');
    expect(terms).not.toContain('lege');
    // A clause that a comma ends is one too.
    expect(engine.explain('Ich melde mich an, dann kommt ein Fehler').terms.map((t) => t.text)).toContain('anmelde');
  });

  it('leaves out a particle that ends the question when no verb the tables know takes it', () => {
    // "schickt … los": "losschicken" is in no table. The particle alone would be read as a
    // word being typed and stand for every word that starts with "los".
    expect(engine.explain('Der Bot schickt keine Nachrichten los').terms.map((t) => t.text)).not.toContain('los');
  });

  it('drops German prepositions in a German query, and keeps the English word in an English one', () => {
    // "per" and "pro" are English too ("per month"); in German they say how, not what.
    expect(engine.explain('Rechnung per Lastschrift oder pro Monat zahlen?').terms.map((t) => t.text)).toEqual(['rechnung', 'lastschrift', 'monat', 'zahlen']);
    expect(engine.explain('price per month').terms.map((t) => t.text)).toContain('per');
  });

  it('reads "mehr" after a negation as "any longer", and as "more" otherwise', () => {
    const texts = (query: string) => engine.explain(query).terms.map((t) => t.text);
    expect(texts('Die Anmeldung klappt nicht mehr')).not.toContain('mehr');
    expect(texts('Ich habe keinen Zugang mehr')).not.toContain('mehr');
    expect(texts('Ich brauche mehr Speicher')).toContain('mehr');
    expect(texts('nicht mehr als zehn Nutzer')).toContain('mehr');
  });

  it('reads a bank transfer as the corpus names it (SEPA, IBAN)', () => {
    expect(ids('Zahlung per Lastschrift')[0]).toBe('do-you-offer-other-payment-options-like-ibansepa');
  });

  it("reads a glossary word as its rule's first English phrase most surely", () => {
    // The glossary lists a word's main sense first ("löschen": delete, then remove, removal).
    const alternatives = engine.explain('löschen').terms[0]?.alternatives ?? [];
    const weight = (s: string) => alternatives.find((a) => a.stem === s)?.weight ?? 0;
    expect(weight('delet')).toBeGreaterThan(weight('remov'));
    expect(weight('remov')).toBeGreaterThan(0);
  });

  it('splits a compound into the parts it is made of', () => {
    // (The glossary has "Benutzerverwaltung" itself; "Raumfreigabe" it has only in parts.)
    const terms = engine.explain('Raumfreigabe').terms;
    expect(terms.map((t) => t.text)).toEqual(['raum', 'freigabe']);
    expect(terms[0]?.alternatives.map((a) => a.stem)).toContain('room');
  });

  it('reads a compound by its head when only the dictionary, or nothing, knows its first part', () => {
    // "Mannschaftsraum": a room (the head) of a team (the dictionary's "Mannschaft").
    const terms = engine.explain('Mannschaftsraum anlegen').terms;
    expect(terms.map((t) => t.text).slice(0, 2)).toEqual(['mannschafts', 'raum']);
    expect(terms[0]?.alternatives.map((a) => a.stem)).toContain('team');
    expect(terms[1]?.alternatives.map((a) => a.stem)).toContain('room');
    // A first part nothing knows stays a word no entry has, beside the head.
    expect(engine.explain('Quarkraum anlegen').terms.map((t) => t.text).slice(0, 2)).toEqual(['quark', 'raum']);
    // Not a word still being typed.
    expect(engine.explain('Raum im Mannschaftsraum').terms.map((t) => t.text)).toEqual(['raum', 'mannschaftsraum']);
  });

  it('keeps the English reading of a part English uses', () => {
    // "tester" shares its German stem with "testen" (the glossary: trial); in
    // "federationtester" it is the English word the guides use.
    const tester = engine.explain('federationtester').terms.find((t) => t.text === 'tester');
    expect(tester?.alternatives).toContainEqual({ stem: 'tester', weight: 1, kind: 'exact' });
  });

  it('does not read an English word as a German compound of a host name label', () => {
    // "complains": no entry uses it, and "com" (of "example.com" on the German page) plus
    // "plains" is no German word.
    expect(engine.explain('the panel complains about our records').terms.map((t) => t.text)).not.toContain('com');
  });

  it('finds the German page for a German question about it', () => {
    expect(ids('eigene Domain einrichten', 5).some((id) => german.has(id))).toBe(true);
  });

  it('ranks the German page higher for a German query', () => {
    // The German page's troubleshooting section answers it in German; an English setup
    // section matches as many of its words.
    const first = engine.search('Wie prüfe ich die eigene Domain mit dem Federation Tester?', { limit: 1, unsure: true })[0];
    expect(german.has(first?.entry.id ?? '')).toBe(true);
  });

  it('keeps German pages below English answers for an English query', () => {
    const hits = engine.search('custom domain well-known files', { limit: 10 }).map((hit) => hit.entry.id);
    const firstGerman = hits.findIndex((id) => german.has(id));
    expect(hits.length).toBeGreaterThan(3);
    expect(firstGerman === -1 || firstGerman >= 3).toBe(true);
  });

  it('still reads the German page without the glossary (its own words and stems)', () => {
    const plain = createSearchEngine(corpus.entries, NO_CURATED_TERMS);
    expect(german.has(plain.search('Einrichtung Webspace')[0]?.entry.id ?? '')).toBe(true);
  });
});

/** The CorpusError that `load` throws (the build's file:line message); fails the test when it throws none. */
function corpusErrorOf(load: () => unknown): CorpusError {
  try {
    load();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('the corpus data loaded without an error');
}

describe('the German guide beside its English counterpart', () => {
  const guide = 'nutzung-der-eigenen-domain-mit-ems';
  const english = 'ems-server-with-custom-domain';
  const ranked = (search: typeof engine, query: string) => search.search(query, { limit: 3, unsure: true }).map((hit) => hit.entry.id);

  it('reads the counterpart from the German guide\'s sidecar', () => {
    expect(corpus.search.counterparts).toEqual({ [guide]: english });
  });

  it('ranks the German guide first for a German query its English counterpart matched better', () => {
    // The English guide shares the English words a German question quotes from the tool.
    const query = 'Federation Tester meldet Fehler für unsere Domain';
    const unpaired = createSearchEngine(corpus.entries, { ...corpus.search, counterparts: undefined });
    expect(ranked(unpaired, query)[0]).toBe(english);
    expect(ranked(engine, query).slice(0, 2)).toEqual([`${guide}--fehlerbehebung`, english]);
    // An English query keeps the English guide.
    expect(ranked(engine, 'federation tester reports errors for our domain')[0]).toBe(english);
  });

  it('lifts nothing that could not lead the list on its own match', () => {
    // The German section matches under a third of this query ("mosert", grumbles, is a word no
    // table knows): lifted first, it would have emptied the list.
    const query = 'Der Domain Check im Dashboard mosert über CORS';
    expect(ranked(engine, query)[0]).toBe(english);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ems-counterpart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sidecar = (file: string, counterpart: string) => {
    mkdirSync(join(dir, 'ems-docs'), { recursive: true });
    writeFileSync(join(dir, 'ems-docs', file), `{\n  "keywords": {},\n  "englishCounterpart": ${JSON.stringify(counterpart)}\n}`);
  };
  const fails = () => corpusErrorOf(() => loadSearchData(dir, dir, corpus.entries));

  it.each([
    ['a file that is not there', 'Nutzung-der-eigenen-Domain-mit-EMS.search.json', 'No-Such-Guide.md', /must name an English guide/],
    ['a German guide as its own counterpart', 'Nutzung-der-eigenen-Domain-mit-EMS.search.json', 'Nutzung-der-eigenen-Domain-mit-EMS.md', /must name an English guide/],
    ['a counterpart given to an English guide', 'Add-Users.search.json', 'EMS-Server-With-Custom-Domain.md', /belongs to a German guide/],
  ])('fails the build for %s, naming file and line', (_, file, counterpart, message) => {
    rmSync(join(dir, 'ems-docs'), { recursive: true, force: true });
    sidecar(file, counterpart);
    const error = fails();
    expect(error.file).toBe(`ems-docs/${file}`);
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(message);
  });
});

describe('the glossary file beside the corpus', () => {
  // A folder with only the glossary, checked against the real corpus's entries.
  const dir = mkdtempSync(join(tmpdir(), 'ems-glossary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fails = (text: string) => {
    writeFileSync(join(dir, GLOSSARY_FILE), text);
    return corpusErrorOf(() => loadGlossary(dir, dir, corpus.entries, {}));
  };

  it('is read into the search data', () => {
    expect(corpus.search.glossary?.length).toBeGreaterThan(50);
    writeFileSync(join(dir, GLOSSARY_FILE), '{\n  "words": [\n    [["konto", "neu anlegen"], ["account", "two unknownwords"]]\n  ]\n}');
    expect(loadGlossary(dir, dir, corpus.entries, {})).toEqual([[['konto', 'neu anlegen'], ['account', 'two unknownwords']]]);
  });

  it.each([
    ['text that is not JSON', '{ "words": [', 1, /Not valid JSON/],
    ['no "words" list', '{ "about": "x" }', 1, /"words"/],
    ['a rule that is not two lists', '{\n  "words": [\n    [["konto"], ["account"]],\n    ["konto", "account"]\n  ]\n}', 4, /A rule is/],
    ['a German word with capitals', '{\n  "words": [\n    [["Konto"], ["account"]]\n  ]\n}', 3, /"Konto" is not a German word/],
    ['English words the corpus never uses', '{\n  "words": [\n    [["konto"], ["account"]],\n    [["pizza"], ["pepperoni"]]\n  ]\n}', 4, /"pepperoni" is a word the corpus uses/],
  ])('fails the build for %s, naming file and line', (_, text, line, message) => {
    const error = fails(text);
    expect(error.file).toBe(GLOSSARY_FILE);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(message);
  });
});

describe('the general German dictionary file beside the corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ems-dictionary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const readable = (english: string) => english !== 'zebra';
  const load = (text: string) => {
    writeFileSync(join(dir, DICTIONARY_FILE), text);
    return loadDictionary(dir, dir, readable);
  };

  it('keeps only the translations search can read, and drops a rule left with none', () => {
    expect(load('{\n  "words": [\n    [["pferd"], ["zebra", "horse"]],\n    [["streifen"], ["zebra"]]\n  ]\n}')).toEqual([[['pferd'], ['horse']]]);
  });

  it.each([
    ['a rule that is not two lists', '{\n  "words": [\n    [["pferd"], ["horse"]],\n    ["pferd", "horse"]\n  ]\n}', 4, /A rule is/],
    ['an English word with capitals', '{\n  "words": [\n    [["pferd"], ["Horse"]]\n  ]\n}', 3, /"Horse" is not an English word/],
    ['a German word with a digit slash', '{\n  "words": [\n    [["pferd/esel"], ["horse"]]\n  ]\n}', 3, /"pferd\/esel" is not a German word/],
  ])('fails the build for %s, naming file and line', (_, text, line, message) => {
    writeFileSync(join(dir, DICTIONARY_FILE), text);
    const error = corpusErrorOf(() => loadDictionary(dir, dir, readable));
    expect(error.file).toBe(DICTIONARY_FILE);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(message);
  });
});
