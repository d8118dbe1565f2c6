// What every surface says when a search finds no sure answer: plainly, with what to try next,
// and where to look further (FallbackActions: the online EMS documentation's search, and the
// organisation's own help when its policy names one, else EMS support).

import type { HelpContact } from '@/lib/state/managed';
import type { SearchNotice } from './use-search';

import { t } from '@/lib/i18n';
import { FallbackActions, quoteOf } from './results/FallbackActions';

export { SUPPORT_URL } from '@/lib/help-links';

export function NoMatch({ query, contact }: { query: string; contact?: HelpContact | null }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{t('help.noMatchTitle', quoteOf(query.trim()))}</p>
      <p>{t('help.noMatchHint')}</p>
      <FallbackActions query={query} contact={contact} />
    </div>
  );
}

/**
 * The line above a search's results: what they are, or, when none of them is a sure answer,
 * that they are the closest matches. It is there from the first result on and only its words
 * change when the query settles (use-search.ts), so nothing moves the list under the pointer.
 */
export function resultsHeading(notice: SearchNotice): string {
  return notice === 'not-sure' ? t('help.notSureTitle') : t('panel.resultsHeading');
}

/** That line where it is no heading of its own section (the popup's and the answer tab's list). */
export function ResultsHeading({ notice }: { notice: SearchNotice }) {
  return <p className={notice === 'not-sure' ? 'list-heading results-heading not-sure-heading not-sure-title' : 'list-heading results-heading'}>{resultsHeading(notice)}</p>;
}

/**
 * Below the closest weak matches of a query nothing answered with confidence: says so, and
 * where to look instead. Below, so that it moves nothing when it appears; its title is the
 * results' heading (resultsHeading).
 */
export function NotSure({ query, contact }: { query: string; contact?: HelpContact | null }) {
  return (
    <div className="not-sure">
      <p>{t('help.notSureBody')}</p>
      <FallbackActions query={query} contact={contact} />
    </div>
  );
}
