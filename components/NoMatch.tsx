// What every surface says when a search finds nothing: plainly, with what to try next and
// where a person can still get help.

import { t } from '../lib/i18n';

export const SUPPORT_URL = 'https://ems.element.io/support';

export function NoMatch({ query }: { query: string }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{t('help.noMatchTitle', query.trim().slice(0, 80))}</p>
      <p>{t('help.noMatchHint')}</p>
      <p>
        {t('help.stillStuck')}{' '}
        <a href={SUPPORT_URL} target="_blank" rel="noopener noreferrer">
          {t('help.contactEms')}
        </a>
      </p>
    </div>
  );
}

/**
 * Above the closest weak matches of a query nothing answered with confidence: says so,
 * and where to ask instead.
 */
export function NotSure() {
  return (
    <div className="not-sure">
      <p className="not-sure-title">{t('help.notSureTitle')}</p>
      <p>
        {t('help.notSureBody')}{' '}
        <a href={SUPPORT_URL} target="_blank" rel="noopener noreferrer">
          {t('help.contactEms')}
        </a>
      </p>
    </div>
  );
}
