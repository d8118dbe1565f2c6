// What each page of the control panel most likely needs, curated from the FAQ.
// `must` answers always come first; then answers this person opened here before (learned,
// at most two); then the rest of `entries`, in order; then entries of the `sections` (so a
// question added to "Pricing & Payments" later reaches the billing page without a code
// change); then the search engine's answers to `topics`, which catch new entries anywhere.
// A route-level row (e.g. hosting `#/integrations`) replaces its page's row.

import type { PageKind } from '../page/detect';

export interface PageSuggestions {
  /** Never pushed out of the first five, by anything. At most three. */
  must: readonly string[];
  entries: readonly string[];
  sections: readonly string[];
  topics: string;
}

export const PAGE_SUGGESTIONS: Readonly<Record<PageKind, PageSuggestions>> = {
  // The hosting page is where hosts are created and set up: the custom domain has to be
  // right at creation time and DNS / well-known set-up is what blocks most new hosts.
  hosting: {
    must: ['are-you-able-to-use-a-custom-domain-like-matrixexamplecom', 'cname-and-well-known'],
    entries: [
      'are-you-able-to-use-a-custom-domain-like-matrixexamplecom',
      'cname-and-well-known',
      'dns-not-resolving',
      'can-i-use-a-subdomain-instead-of-the-root-domain-with-my-ems-server',
      'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild',
    ],
    sections: ['Server Configuration & Management'],
    topics: 'host domain dns server',
  },
  // Billing: paying, the ways to pay, and what the Monthly Active User bill counts.
  billing: {
    must: ['how-do-i-update-my-payment-info', 'do-you-offer-other-payment-options-like-ibansepa'],
    entries: [
      'how-do-i-update-my-payment-info',
      'do-you-offer-other-payment-options-like-ibansepa',
      'if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those',
      'could-you-expand-on-over-federation',
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
    ],
    sections: ['Pricing & Payments'],
    topics: 'payment billing charged subscription',
  },
  // Account: closing the account (and what that deletes, including the host's name), the
  // payment details that hang off it, leaving EMS with one's data, and what staying buys.
  account: {
    must: ['please-discontinue-my-account'],
    entries: [
      'please-discontinue-my-account',
      'how-do-i-update-my-payment-info',
      'how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future',
      'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild',
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
    ],
    sections: ['Account Management'],
    topics: 'account delete',
  },
  // Support: the answers that say "contact support" or "talk to your account manager",
  // so a person can see what support can do (and what they can do themselves) first.
  support: {
    must: [],
    entries: [
      'i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild',
      'how-can-i-manage-my-general-room',
      'how-do-i-bridge-to-libera-chat-irc-rooms-with-more-than-100-users',
      'can-i-add-all-my-users-to-a-space-by-default',
      'how-do-i-migrate-from-ems-to-self-hosted-if-i-choose-to-do-so-in-the-future',
    ],
    sections: [],
    topics: 'support ticket account manager',
  },
  // Any other EMS page (sign-in, landing): what people ask before and just after signing up.
  other: {
    must: [],
    entries: [
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
      'are-you-able-to-use-a-custom-domain-like-matrixexamplecom',
      'if-i-join-a-room-with-a-lot-of-external-users-from-my-homeserver-will-i-be-charged-for-those',
      'is-there-a-maximum-file-size-per-upload',
      'what-are-the-limitations-in-terms-of-storage',
    ],
    sections: [],
    topics: 'ems homeserver',
  },
};

/** Routes (tabs) whose needs differ from their page's. Keys are `kind` + route. */
export const ROUTE_SUGGESTIONS: Readonly<Record<string, PageSuggestions>> = {
  // Hosts tab: creating and setting up a host (the page-level row is about this tab).
  'hosting#/hosts': PAGE_SUGGESTIONS.hosting,
  // Integrations tab: bridges, bots and widgets.
  'hosting#/integrations': {
    must: ['what-is-the-difference-between-the-free-and-paid-slack-bridge', 'can-i-host-my-own-telegram-bridge'],
    entries: [
      'can-i-host-my-own-telegram-bridge',
      'what-is-the-difference-between-the-free-and-paid-slack-bridge',
      'does-dms-count-towards-the-20-channel-limit-for-the-paid-slack-bridge',
      'bots-whats-the-reason-for-using-them',
      'how-do-i-bridge-to-libera-chat-irc-rooms-with-more-than-100-users',
      'are-custom-appservices-supported',
    ],
    sections: ['Integrations'],
    topics: 'bridge bot integration',
  },
  // Server Admin tab: managing the users and rooms of a host.
  'hosting#/server-admin': {
    must: ['how-do-i-delete-users-when-administering-the-server'],
    entries: [
      'how-do-i-delete-users-when-administering-the-server',
      'what-does-include-bridged-accounts-on-the-user-management-page-mean',
      'how-do-i-send-system-alerts-or-post-from-the-server-user',
      'what-is-a-system-room',
      'how-can-i-manage-my-general-room',
    ],
    sections: [],
    topics: 'users admin room',
  },
  // Element One: the consumer bundle; what is paid for and counted.
  'hosting#/elementone': {
    must: [],
    entries: [
      'what-are-exactly-the-benefits-of-paying-for-an-ems-homeserver',
      'how-do-i-update-my-payment-info',
      'is-there-a-maximum-file-size-per-upload',
      'what-are-the-limitations-in-terms-of-storage',
      'can-i-sign-in-to-multiple-matrix-accounts-in-element-desktop',
    ],
    sections: [],
    topics: 'element subscription',
  },
};
