// Human names of the control panel's pages and tabs, for headings like "For Hosting · Integrations".

import { t } from '../i18n';
import type { PageContext } from './detect';
import { PAGES } from './pages';

export function pageLabel(context: PageContext): string {
  const kind = context.kind === 'other' ? t('page.ems') : PAGES[context.kind].name;
  const tab = context.route ? Object.values(PAGES).flatMap((p) => p.routes).find((r) => r.route === context.route) : undefined;
  return tab ? `${kind} · ${tab.label}` : kind;
}
