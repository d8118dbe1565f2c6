// The pages of the EMS control panel, in one table: for each page and each of its tabs,
// the addresses that detect it (its examples are the documentation, and
// tests/unit/detect.test.ts checks every detector against its own and everyone else's),
// its name, and what it must and may show in the panel. This is the one place in the code
// that names corpus entries; adding a route is one edit here.
//
// Entry ids are FAQ question anchors and guide ids (`<page path>` or
// `<page path>--<heading anchor>`, see lib/corpus/types.ts). A test checks that every id
// named here exists. What a page shows first:
// - `must`: never pushed out of the first five, by anything (at most three);
// - then answers this person opened on this kind of page before (learned, at most two);
// - `may`, in order;
// - entries of `sections` (so an FAQ question added to "Pricing & Payments" later reaches
//   the billing page without a code change), nearest to `topics` first;
// - the search engine's answers to `topics`, which catch new entries anywhere.

import { t } from '../i18n';
import type { PageKind } from './detect';

export interface Needs {
  must: readonly string[];
  may: readonly string[];
  /** Section names (FAQ sections, book sections) whose entries fit this page. */
  sections: readonly string[];
  /** Words that describe the page, for the search engine to top the list up with. */
  topics: string;
}

export interface RouteInfo extends Needs {
  /** The single-page app's route, lower case: `#/integrations`. */
  route: string;
  /** The tab's label as the control panel shows it; detection also reads it. */
  label: string;
}

export interface PageInfo extends Needs {
  /**
   * The page's name in headings ("For Hosting · Integrations") and in settings, in the
   * interface language (read when shown). Tab labels stay as the control panel shows them.
   */
  name: string;
  /** Tested against the normalised path: lower case, no trailing slash. */
  test: (path: string) => boolean;
  examples: readonly string[];
  /** Tabs whose needs differ from the page's. */
  routes: readonly RouteInfo[];
}

const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The hosting page without a tab is its Hosts tab: creating and setting up hosts. */
const HOSTS: Needs = {
  // The custom domain has to be right when a host is created, and DNS / well-known set-up
  // is what blocks most new hosts; adding users to a plan is the Hosts tab's other task.
  must: ['are-you-able-to-use-a-custom-domain-like-matrixexamplecom', 'cname-and-well-known'],
  may: [
    'ems-server-with-custom-domain',
    'dns-not-resolving',
    'add-additional-users',
    'can-i-use-a-subdomain-instead-of-the-root-domain-with-my-ems-server',
    'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild',
  ],
  sections: ['Server Configuration & Management'],
  topics: 'host domain dns server',
};

export const PAGES: Readonly<Record<PageKind, PageInfo>> = {
  hosting: {
    get name() {
      return t('page.hosting');
    },
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
    ...HOSTS,
    routes: [
      {
        route: '#/setup',
        label: 'Setup',
        // Ordering a first host: what EMS is, the custom domain to decide on now.
        must: ['get-your-own-ems-server', 'are-you-able-to-use-a-custom-domain-like-matrixexamplecom'],
        may: ['ems-server-with-custom-domain', 'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver', 'cname-and-well-known'],
        sections: [],
        topics: 'host server domain setup',
      },
      { route: '#/hosts', label: 'Hosts', ...HOSTS },
      {
        route: '#/integrations',
        label: 'Integrations',
        // Bridges, bots and sign-in: the paid Slack bridge and running one's own bridge are
        // the questions people ask here; then the guides for each integration.
        must: ['what-is-the-difference-between-the-free-and-paid-slack-bridge', 'can-i-host-my-own-telegram-bridge'],
        may: [
          'integrations-ems-slack-bridge',
          'integrations-telegram-bridge',
          'integrations-whatsapp-bridge',
          'integrations-admin-bot',
          'authentication-openid-connect',
          'bots-whats-the-reason-for-using-them',
          'does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge',
        ],
        sections: ['Integrations', 'EMS bridges', 'Extensions', 'Authentication'],
        topics: 'bridge bot integration sign in',
      },
      {
        route: '#/server-admin',
        label: 'Server Admin',
        // Managing the users of a host: adding them, resetting their passwords, removing them.
        must: ['add-users', 'reset-user-password', 'how-do-i-delete-users-when-administering-the-server'],
        may: [
          'what-does-include-bridged-accounts-on-the-user-management-page-mean',
          'how-do-i-send-system-alerts-or-post-from-the-server-user',
          'what-is-a-system-room',
          'how-can-i-manage-my-general-room',
        ],
        sections: [],
        topics: 'users admin room',
      },
      {
        route: '#/migrations',
        label: 'Migrations',
        // Moving a server in (from self-hosted) or out again.
        must: ['migrate-from-self-hosted-to-ems', 'import-database-and-media-dump'],
        may: ['how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future'],
        sections: [],
        topics: 'migrate import export synapse',
      },
      {
        route: '#/metrics',
        label: 'Metrics',
        // What the numbers mean for the bill: monthly active users and who counts.
        must: ['if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those'],
        may: ['could-you-expand-on-over-federation', 'add-additional-users', 'what-are-the-limitations-in-terms-of-storage'],
        sections: [],
        topics: 'users active storage',
      },
      {
        route: '#/elementone',
        label: 'Element One',
        // The consumer bundle: its bridges to WhatsApp, Signal and Telegram, and what is
        // paid for and counted.
        must: [],
        may: [
          'integrations-whatsapp-bridge',
          'integrations-signal-bridge',
          'integrations-telegram-bridge',
          'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
          'how-do-i-update-my-payment-info',
          'is-there-a-maximum-file-size-per-upload',
          'what-are-the-limitations-in-terms-of-storage',
          'can-i-sign-in-to-multiple-matrix-accounts-in-element-desktop',
        ],
        sections: [],
        topics: 'element subscription',
      },
    ],
  },
  billing: {
    get name() {
      return t('page.billing');
    },
    test: under('/user/billing'),
    examples: [
      'https://ems.element.io/user/billing',
      'https://ems.element.io/user/billing/',
      'https://ems.element.io/user/billing#/invoices',
      'https://ems.element.io/user/billing#/subscriptions',
      'https://ems.element.io/user/billing?currency=eur',
      'https://ems.element.io/User/Billing#/Invoices',
    ],
    // Paying, the ways to pay, and what the Monthly Active User bill counts.
    must: ['how-do-i-update-my-payment-info', 'do-you-offer-other-payment-options-like-ibansepa'],
    may: [
      'if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those',
      'could-you-expand-on-over-federation',
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
      'add-additional-users',
    ],
    sections: ['Pricing & Payments'],
    topics: 'payment billing charged subscription',
    routes: [
      { route: '#/payment', label: 'Payment details', ...sameAsPage() },
      { route: '#/invoices', label: 'Invoices', ...sameAsPage() },
      {
        route: '#/subscriptions',
        label: 'Subscriptions',
        // Where plans are changed or ended: cancelling, and who counts towards the bill.
        must: ['please-discontinue-my-account', 'if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those'],
        may: ['add-additional-users', 'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver', 'how-do-i-update-my-payment-info'],
        sections: ['Pricing & Payments'],
        topics: 'subscription plan cancel users',
      },
    ],
  },
  account: {
    get name() {
      return t('page.account');
    },
    test: under('/user/account'),
    examples: [
      'https://ems.element.io/user/account',
      'https://ems.element.io/user/account/',
      'https://ems.element.io/user/account?tab=profile',
      'https://ems.element.io/user/account#/security',
      'https://ems.element.io/USER/ACCOUNT',
    ],
    // Closing the account (and what that deletes, the host's name included), the payment
    // details that hang off it, leaving EMS with one's data. (The guide "Change Account
    // Password" is about the Element account, not this one: it is not suggested here.)
    must: ['please-discontinue-my-account'],
    may: [
      'how-do-i-update-my-payment-info',
      'how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future',
      'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild',
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
    ],
    sections: ['Account Management'],
    topics: 'account delete',
    routes: [],
  },
  support: {
    get name() {
      return t('page.support');
    },
    test: (path) => under('/support')(path) || under('/user/support')(path),
    examples: [
      'https://ems.element.io/support',
      'https://ems.element.io/support/',
      'https://ems.element.io/support?ticket=123',
      'https://ems.element.io/support#/new',
      'https://ems.element.io/user/support',
    ],
    // What support will ask for (debug logs), and the answers that say "contact support",
    // so a person can see what support can do (and what they can do themselves) first.
    must: [],
    may: [
      'submit-debug-logs',
      'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild',
      'how-can-i-manage-my-general-room',
      'how-do-i-bridge-to-libera-chat-irc-rooms-with-more-than-100-users',
      'can-i-add-all-my-users-to-a-space-by-default',
      'how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future',
    ],
    sections: [],
    topics: 'support ticket account manager',
    routes: [],
  },
  other: {
    get name() {
      return t('page.other');
    },
    test: () => true,
    // EMS pages that none of the others claim: they get general suggestions.
    examples: [
      'https://ems.element.io/',
      'https://ems.element.io/user/login',
      'https://ems.element.io/user/hostingx',
      'https://ems.element.io/pricing',
      'https://ems.element.io/user/',
    ],
    // What people ask before and just after signing up.
    must: [],
    may: [
      'get-your-own-ems-server',
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
      'are-you-able-to-use-a-custom-domain-like-matrixexamplecom',
      'if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those',
      'is-there-a-maximum-file-size-per-upload',
    ],
    sections: [],
    topics: 'ems homeserver',
    routes: [],
  },

};

/** A tab that needs what its page needs (billing's tabs are all about paying). */
function sameAsPage(): Needs {
  return { must: [], may: [], sections: [], topics: '' };
}

/** Every page of the control panel and each of its tabs (route null: the page itself), in table order. */
export function everyPageAndTab(): Array<{ kind: PageKind; route: string | null }> {
  return (Object.entries(PAGES) as Array<[PageKind, PageInfo]>).flatMap(([kind, page]) =>
    [null, ...page.routes.map((r) => r.route)].map((route) => ({ kind, route })),
  );
}

/** What a page (or its tab) needs: the tab's own row where it has one that says more. */
export function needsOf(kind: PageKind, route: string | null): Needs {
  const page = PAGES[kind];
  const tab = route ? page.routes.find((r) => r.route === route) : undefined;
  return tab && (tab.must.length > 0 || tab.may.length > 0) ? tab : page;
}

/**
 * Whether an answer is about a page (kind and tab): one of its curated answers, or in one of
 * its FAQ sections. Learned suggestions cross to another tab only when this holds.
 */
export function isAbout(kind: PageKind, route: string | null, entry: { id: string; section: readonly string[] }): boolean {
  const needs = needsOf(kind, route);
  return needs.must.includes(entry.id) || needs.may.includes(entry.id) || needs.sections.some((s) => entry.section.includes(s));
}

/** Where the popup starts before anything is typed, off EMS pages. */
export const STARTING_POINTS: readonly string[] = [
  'are-you-able-to-use-a-custom-domain-like-matrixexamplecom',
  'how-do-i-update-my-payment-info',
  'add-users',
  'integrations-telegram-bridge',
  'what-are-the-limitations-in-terms-of-storage',
];

/** Not EMS at all: detection returns null. */
export const OFF_SITE_EXAMPLES: readonly string[] = [
  'https://element.io/user/hosting',
  'https://ems.element.io.evil.example/user/billing',
  'https://example.com/support',
  'chrome://extensions',
  'not a url',
  '',
];
