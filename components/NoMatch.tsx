// What every surface says when a search finds no sure answer: plainly, with what to try next,
// and where to look further (FallbackActions: the online EMS documentation's search, and the
// organisation's own help when its policy names one, else EMS support).

import type { HelpContact } from '@/lib/state/managed';

import { t } from '@/lib/i18n';
import { FallbackActions } from './results/FallbackActions';

export { SUPPORT_URL } from '@/lib/help-links';

export function NoMatch({ query, contact }: { query: string; contact?: HelpContact | null }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{t('help.noMatchTitle', query.trim().slice(0, 80))}</p>
      <p>{t('help.noMatchHint')}</p>
      <FallbackActions query={query} contact={contact} />
    </div>
  );
}

/**
 * Above the closest weak matches of a query nothing answered with confidence: says so,
 * and where to look instead.
 */
export function NotSure({ query, contact }: { query: string; contact?: HelpContact | null }) {
  return (
    <div className="not-sure">
      <p className="not-sure-title">{t('help.notSureTitle')}</p>
      <p>{t('help.notSureBody')}</p>
      <FallbackActions query={query} contact={contact} />
    </div>
  );
}
