// Where in the EMS control panel the user is: a pure function from a URL (and, where the
// content script can read them, the page's visible tab labels) to a page context.
// Each detector carries the URLs it must recognise; tests/unit/detect.test.ts checks every
// detector against its own examples and against all the others' (the github-url-detection
// model), so the examples are the documentation.

import { OFF_SITE_EXAMPLES, PAGES, type PageInfo } from './pages';

export const PAGE_KINDS = ['hosting', 'billing', 'account', 'support', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageContext {
  kind: PageKind;
  /** The single-page app's `#/…` route, lower-cased, e.g. `#/invoices`; null when there is none. */
  route: string | null;
  /** What the screen shows besides its address, where the content script could read it. */
  cues?: PageCues;
  /**
   * For a page of the site's own guides (`/guides/saml2-google`), the words of its name:
   * the guide it is about is what the person reads.
   */
  guide?: string;
}

/** Text on the screen that says what the person is dealing with right now. */
export interface PageCues {
  /** Errors and warnings shown on the page: they may open a folded panel. */
  alerts?: string[];
  /** Informational messages (`role="status"`, plain alert boxes): shown, never a reason to open. */
  notices?: string[];
  /** The title of an open dialog ("Delete host"). */
  dialog?: string;
  /** The selected tab's label. */
  tab?: string;
  /** The heading of the section in view. */
  heading?: string;
}

export interface PageHints {
  /** The label of the tab the page shows as selected, e.g. "Server Admin". */
  activeTab?: string;
}

export const EMS_HOST = 'ems.element.io';

/** Each page's detector: its test and the URLs it must recognise (lib/page/pages.ts). */
export const detectors: Readonly<Record<Exclude<PageKind, 'other'>, Pick<PageInfo, 'test' | 'examples'>>> = {
  hosting: PAGES.hosting,
  billing: PAGES.billing,
  account: PAGES.account,
  support: PAGES.support,
};

/** EMS pages that none of the detectors claim: they get general suggestions. */
export const otherExamples: readonly string[] = PAGES.other.examples;

/** Not EMS at all: detection returns null. */
export const offSiteExamples: readonly string[] = OFF_SITE_EXAMPLES;

/** Tab labels of the control panel, for pages that show a tab without a `#/…` route. */
const TAB_ROUTES: ReadonlyMap<string, string> = new Map(
  Object.values(PAGES).flatMap((page) => page.routes.map((r) => [r.label.toLowerCase(), r.route] as const)),
);

export function detectPage(url: string | URL, hints: PageHints = {}): PageContext | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.hostname !== EMS_HOST || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    return null;
  }
  const path = parsed.pathname.toLowerCase().replace(/\/+$/, '') || '/';
  const kind =
    (Object.keys(detectors) as Array<keyof typeof detectors>).find((k) => detectors[k].test(path)) ??
    'other';
  const guide = /^\/guides\/([a-z0-9-]+)/.exec(path)?.[1]?.replace(/-/g, ' ');
  return { kind, route: routeOf(parsed.hash) ?? routeFromTab(hints.activeTab), ...(guide ? { guide } : {}) };
}

/** `#/Invoices/?x=1` → `#/invoices`; anything that is not a `#/…` route → null. */
function routeOf(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const route = hash.slice(1).toLowerCase().split('?', 1)[0]!.replace(/\/+$/, '');
  return route.length > 1 ? `#${route}` : null;
}

function routeFromTab(label: string | undefined): string | null {
  if (!label) return null;
  return TAB_ROUTES.get(label.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
