// Where in the EMS control panel the user is: a pure function from a URL (and, where the
// content script can read them, the page's visible tab labels) to a page context.
// Each detector carries the URLs it must recognise; tests/unit/detect.test.ts checks every
// detector against its own examples and against all the others' (the github-url-detection
// model), so the examples are the documentation.

export const PAGE_KINDS = ['hosting', 'billing', 'account', 'support', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageContext {
  kind: PageKind;
  /** The single-page app's `#/…` route, lower-cased, e.g. `#/invoices`; null when there is none. */
  route: string | null;
}

export interface PageHints {
  /** The label of the tab the page shows as selected, e.g. "Server Admin". */
  activeTab?: string;
}

export const EMS_HOST = 'ems.element.io';

interface Detector {
  /** Tested against the normalised path: lower case, no trailing slash. */
  test: (path: string) => boolean;
  examples: readonly string[];
}

const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

export const detectors: Readonly<Record<Exclude<PageKind, 'other'>, Detector>> = {
  hosting: {
    test: under('/user/hosting'),
    examples: [
      'https://ems.element.io/user/hosting',
      'https://ems.element.io/user/hosting/',
      'https://ems.element.io/user/hosting#/hosts',
      'https://ems.element.io/user/hosting#/integrations',
      'https://ems.element.io/user/hosting#/server-admin',
      'https://ems.element.io/user/hosting#/elementone',
      'https://ems.element.io/user/hosting?host=example#/hosts',
      'https://EMS.element.io/USER/Hosting',
      'https://ems.element.io/user/hosting/new',
    ],
  },
  billing: {
    test: under('/user/billing'),
    examples: [
      'https://ems.element.io/user/billing',
      'https://ems.element.io/user/billing/',
      'https://ems.element.io/user/billing#/invoices',
      'https://ems.element.io/user/billing#/subscriptions',
      'https://ems.element.io/user/billing?currency=eur',
      'https://ems.element.io/User/Billing#/Invoices',
    ],
  },
  account: {
    test: under('/user/account'),
    examples: [
      'https://ems.element.io/user/account',
      'https://ems.element.io/user/account/',
      'https://ems.element.io/user/account?tab=profile',
      'https://ems.element.io/user/account#/security',
      'https://ems.element.io/USER/ACCOUNT',
    ],
  },
  support: {
    test: (path) => under('/support')(path) || under('/user/support')(path),
    examples: [
      'https://ems.element.io/support',
      'https://ems.element.io/support/',
      'https://ems.element.io/support?ticket=123',
      'https://ems.element.io/support#/new',
      'https://ems.element.io/user/support',
    ],
  },
};

/** EMS pages that none of the detectors claim: they get general suggestions. */
export const otherExamples: readonly string[] = [
  'https://ems.element.io/',
  'https://ems.element.io/user/login',
  'https://ems.element.io/user/hostingx',
  'https://ems.element.io/pricing',
  'https://ems.element.io/user/',
];

/** Not EMS at all: detection returns null. */
export const offSiteExamples: readonly string[] = [
  'https://element.io/user/hosting',
  'https://ems.element.io.evil.example/user/billing',
  'https://example.com/support',
  'chrome://extensions',
  'not a url',
  '',
];

/** Tab labels of the control panel, for pages that show a tab without a `#/…` route. */
const TAB_ROUTES: Readonly<Record<string, string>> = {
  hosts: '#/hosts',
  integrations: '#/integrations',
  'server admin': '#/server-admin',
  'element one': '#/elementone',
  'payment details': '#/payment',
  invoices: '#/invoices',
  subscriptions: '#/subscriptions',
};

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
  return { kind, route: routeOf(parsed.hash) ?? routeFromTab(hints.activeTab) };
}

/** `#/Invoices/?x=1` → `#/invoices`; anything that is not a `#/…` route → null. */
function routeOf(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const route = hash.slice(1).toLowerCase().split('?', 1)[0]!.replace(/\/+$/, '');
  return route.length > 1 ? `#${route}` : null;
}

function routeFromTab(label: string | undefined): string | null {
  if (!label) return null;
  return TAB_ROUTES[label.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
