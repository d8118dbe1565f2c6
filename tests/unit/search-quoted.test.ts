// @vitest-environment node
// Words a question quotes from the screen (a heading, a button, an error) name the place it
// asks about (issue 20). The queries here are written for these tests, not taken from the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/build/load-corpus';
import { createSearchEngine } from '@/lib/search';
import { quotedPhrases, spacedWords, weighQuoted, type EntryWords } from '@/lib/search/quoted';
import type { Candidate } from '@/lib/search/score';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus.entries, corpus.search);
const ids = (query: string) => engine.search(query, { limit: 4, unsure: true }).map((hit) => hit.entry.id);

describe('quoted words', () => {
  it('reads spans of two words or more between any kind of quotation marks', () => {
    expect(quotedPhrases('I pressed "Don’t know" and then “Use another login” and „Raum verlassen“ and `Server Admin`')).toEqual([
      ['dont', 'know'],
      ['use', 'another', 'login'],
      ['raum', 'verlassen'],
      ['server', 'admin'],
    ]);
    // Single quotation marks too, where they stand apart from words.
    expect(quotedPhrases("it said 'Host not ready', and ‘Try again later’ too")).toEqual([
      ['host', 'not', 'ready'],
      ['try', 'again', 'later'],
    ]);
    // One quoted word is no place; an apostrophe is no quotation mark.
    expect(quotedPhrases('click "Save" on the host\'s page')).toEqual([]);
    expect(quotedPhrases("we can't see our users' names and don't know why")).toEqual([]);
    expect(quotedPhrases('')).toEqual([]);
  });

  it('puts the section whose heading the question quotes first, in English and German', () => {
    const folder = 'migrate-from-self-hosted-to-ems--create-a-folder-to-store-everything';
    // Without the quote read as one, the section came second, after its neighbour.
    expect(ids('The wizard stopped at "Create a folder to store everything" and I am lost')[0]).toBe(folder);
    expect(ids('Bei „Create a folder to store everything“ komme ich nicht weiter')[0]).toBe(folder);
  });

  it('lifts no heading for a quote that many headings share, and none without a quote', () => {
    const entry = (heading: string, text = ''): EntryWords => ({ heading: spacedWords(heading), text: spacedWords(text) });
    const entries = [entry('element web and desktop'), entry('element web'), entry('element web export'), entry('setup', 'click element web')];
    const candidates = (): Candidate[] => [{ index: 3, strength: 10, coverage: 0.8, about: 0.5, subject: 0.5, specific: true, headingNamesQuery: true }];
    const list = candidates();
    expect(weighQuoted(list, [['element', 'web']], entries.length, (i) => entries[i]!, (i) => `page${i}`)).toBe(true);
    // Three headings have it: none is lifted. Only one text has it: that entry moves up.
    expect(list.map((c) => [c.index, c.strength])).toEqual([[3, 12]]);
    const named = candidates();
    weighQuoted(named, [['web', 'export']], entries.length, (i) => entries[i]!, (i) => `page${i}`);
    // Entry 2 matched no word of the query: it joins the list, above the first, as specific.
    expect(named.map((c) => [c.index, c.strength, c.coverage, c.specific])).toEqual([
      [3, 10, 0.8, true],
      [2, 10.1, 0.8, true],
    ]);
    const none = candidates();
    expect(weighQuoted(none, [], entries.length, (i) => entries[i]!, (i) => `page${i}`)).toBe(false);
  });

  it('raises the only entry whose text has the quote to nine tenths of the first', () => {
    const entry = (heading: string, text = ''): EntryWords => ({ heading: spacedWords(heading), text: spacedWords(text) });
    const entries = [entry('setup', 'open the wizard'), entry('troubleshooting', 'if it says host not ready, wait'), entry('faq', 'try again later')];
    const first = (): Candidate => ({ index: 0, strength: 10, coverage: 0.8, about: 0.5, subject: 0.5, specific: true, headingNamesQuery: true });
    const weak = (): Candidate => ({ index: 1, strength: 2, coverage: 0.3, about: 0, subject: 0, specific: false, headingNamesQuery: false });
    const list = [first(), weak()];
    weighQuoted(list, [['host', 'not', 'ready']], entries.length, (i) => entries[i]!, (i) => `page${i}`);
    expect(list.map((c) => [c.index, c.strength])).toEqual([
      [0, 10],
      [1, 9],
    ]);
    // Of its own page, it comes first: above a sibling that was ahead of it.
    const sibling = (): Candidate => ({ index: 0, strength: 9.5, coverage: 0.8, about: 0.5, subject: 0.5, specific: true, headingNamesQuery: true });
    const onePage = [first(), sibling(), weak()].map((c, k) => ({ ...c, index: k === 0 ? 2 : c.index }));
    weighQuoted(onePage, [['host', 'not', 'ready']], entries.length, (i) => entries[i]!, (i) => (i === 2 ? 'other' : 'guide'));
    expect(onePage.map((c) => [c.index, c.strength])).toEqual([
      [2, 10],
      [0, 9.5],
      [1, 9.5 * 1.01],
    ]);
    // Two texts have the quote: each only gains a fifth.
    const shared = [entry('a', 'try again later'), entry('b', 'then try again later')];
    const pair = [first(), weak()];
    weighQuoted(pair, [['try', 'again', 'later']], shared.length, (i) => shared[i]!, (i) => `page${i}`);
    expect(pair.map((c) => [c.index, c.strength])).toEqual([
      [0, 12],
      [1, 2.4],
    ]);
  });
});
