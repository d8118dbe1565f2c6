// Human names of the control panel's pages and tabs, for headings like "For Hosting · Integrations".
// They are the control panel's own words, as its navigation shows them: its interface is in
// English only, so a German panel says "Vorschläge für Billing · Payment details", the name
// the person sees on the page, not a translation they would have to map back to it.

import { t } from '../i18n';
import type { PageContext, PageKind } from './detect';
import { PAGES } from './pages';

/** The page kinds as the control panel's navigation names them (never translated). */
const EMS_PAGE_NAMES: Readonly<Record<Exclude<PageKind, 'other'>, string>> = {
  hosting: 'Hosting',
  billing: 'Billing',
  account: 'Account',
  support: 'Support',
};

/** The name of a kind of page as the control panel shows it ("EMS" for the rest of it). */
export function pageKindLabel(kind: PageKind): string {
  return kind === 'other' ? t('page.ems') : EMS_PAGE_NAMES[kind];
}

export function pageLabel(context: PageContext): string {
  const kind = pageKindLabel(context.kind);
  const tab = context.route ? Object.values(PAGES).flatMap((p) => p.routes).find((r) => r.route === context.route) : undefined;
  return tab ? `${kind} · ${tab.label}` : kind;
}
