// Build time only: which language a page is written in, so surfaces can tag it (`lang`)
// for screen readers and hyphenation. The corpus is English with one German page; a page
// counts as German when German function words clearly outnumber English ones.

const GERMAN = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sie', 'ihre', 'ihrem', 'ihren', 'ein', 'eine', 'einen', 'den', 'dem', 'auf', 'für', 'wird', 'werden', 'auch', 'oder', 'zu', 'von', 'bei', 'können', 'wenn']);
const ENGLISH = new Set(['the', 'and', 'is', 'not', 'with', 'you', 'your', 'a', 'an', 'to', 'of', 'for', 'on', 'in', 'be', 'are', 'this', 'that', 'can', 'will', 'or', 'if', 'it', 'from']);

/** `de` for a German text; undefined for English (the corpus's own language). */
export function detectLanguage(text: string): string | undefined {
  let german = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) german += 1;
    else if (ENGLISH.has(word)) english += 1;
  }
  return german > 20 && german > english * 2 ? 'de' : undefined;
}
