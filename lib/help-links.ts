// Where a person can go when the bundled corpus has no sure answer: the official EMS
// documentation's own search, and EMS support (or the organisation's help, from its policy).
// Only addresses: nothing here makes a request. The surfaces put them behind links that
// open in a new tab when clicked (components/FallbackActions.tsx), and the omnibox behind a
// suggestion (lib/background/handlers.ts).

import type { HelpContact } from './state/managed';

/** EMS support's page, in the EMS control panel. */
export const SUPPORT_URL = 'https://ems.element.io/support';

/**
 * The official EMS documentation: a BookStack site since the guides left GitHub (see
 * assets/corpus/ems-docs/SOURCE.txt). BookStack's search page is `/search?term=…`
 * (BookStack's SearchController reads the `term` parameter).
 */
export const EMS_DOCS_URL = 'https://ems-docs.element.io/';

/** The longest search handed to the documentation site: more than any search box takes, less than any address limit. */
export const MAX_HANDED_QUERY = 200;

/**
 * The longest question handed to support (copied, or a mailto: message's text): a forum-style
 * post whole, as far as search reads it (MAX_QUERY_LENGTH), so its question, which usually
 * comes last, is not cut off.
 */
export const MAX_SUPPORT_QUESTION = 1000;

/** The query as typed, on one line, trimmed and bounded (by default, for a search). */
export function handedQuery(query: string, max = MAX_HANDED_QUERY): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/**
 * The documentation site's search for `query`. BookStack reads `[tag]`, `{filter}` and a
 * leading `-` (not) in a term as search syntax: those are left out, so what was typed is
 * searched as words. Quotes stay (an exact phrase, as the person meant it).
 */
export function docsSearchUrl(query: string): string {
  const words = handedQuery(query)
    .replace(/[[\]{}]/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^-+/, ''))
    .filter(Boolean)
    .join(' ');
  const url = new URL('search', EMS_DOCS_URL);
  if (words) url.searchParams.set('term', words);
  return url.href;
}

/** Where "Ask support" leads, and whether the question must be copied for the person to paste. */
export interface SupportLink {
  href: string;
  /** True for a web page (EMS support, or the organisation's https: help): the question goes to the clipboard. */
  copy: boolean;
}

/**
 * "Ask support" for `question`: the organisation's contact from its policy, else EMS
 * support. A mailto: contact gets the question as the message's body (kept as the policy
 * wrote it when it already sets one); a web page cannot be handed the question, so the
 * question is copied instead.
 */
export function supportLink(contact: HelpContact | null | undefined, question: string): SupportLink {
  if (!contact) return { href: SUPPORT_URL, copy: true };
  if (!contact.url.startsWith('mailto:')) return { href: contact.url, copy: true };
  const text = handedQuery(question, MAX_SUPPORT_QUESTION);
  const [address, params = ''] = contact.url.split(/\?(.*)/s, 2) as [string, string?];
  const has = (name: string) => params.split('&').some((p) => p.split('=')[0]!.toLowerCase() === name);
  // RFC 6068: spaces as %20 (URLSearchParams would write "+", which mail programs show as is).
  const added = text && !has('body') ? [`body=${encodeURIComponent(text)}`] : [];
  const query = [params, ...added].filter(Boolean).join('&');
  return { href: query ? `${address}?${query}` : address, copy: false };
}
