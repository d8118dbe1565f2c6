// Human names of the control panel's pages and tabs, for headings like "For Hosting · Integrations".

import type { PageContext, PageKind } from './detect';

const KIND_LABELS: Readonly<Record<PageKind, string>> = {
  hosting: 'Hosting',
  billing: 'Billing',
  account: 'Account',
  support: 'Support',
  other: 'EMS',
};

const ROUTE_LABELS: Readonly<Record<string, string>> = {
  '#/hosts': 'Hosts',
  '#/integrations': 'Integrations',
  '#/server-admin': 'Server Admin',
  '#/elementone': 'Element One',
  '#/payment': 'Payment details',
  '#/invoices': 'Invoices',
  '#/subscriptions': 'Subscriptions',
};

export function pageLabel(context: PageContext): string {
  const kind = KIND_LABELS[context.kind];
  const route = context.route ? ROUTE_LABELS[context.route] : undefined;
  return route ? `${kind} · ${route}` : kind;
}
