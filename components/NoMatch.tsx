// What every surface says when a search finds nothing: plainly, with what to try next and
// where a person can still get help: the organisation's own help when its policy names one
// (lib/state/managed.ts, already checked to be https: or mailto:), else EMS support.

import type { HelpContact } from '@/lib/state/managed';

import { t } from '@/lib/i18n';

export const SUPPORT_URL = 'https://ems.element.io/support';

/** The link to help: the organisation's contact, or EMS support. */
export function ContactLink({ contact }: { contact?: HelpContact | null }) {
  return contact ? (
    <a href={contact.url} target="_blank" rel="noopener noreferrer">
      {contact.label ?? t('help.orgContactFallback')}
    </a>
  ) : (
    <a href={SUPPORT_URL} target="_blank" rel="noopener noreferrer">
      {t('help.contactEms')}
    </a>
  );
}

export function NoMatch({ query, contact }: { query: string; contact?: HelpContact | null }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{t('help.noMatchTitle', query.trim().slice(0, 80))}</p>
      <p>{t('help.noMatchHint')}</p>
      <p>
        {t('help.stillStuck')} <ContactLink contact={contact} />
      </p>
    </div>
  );
}

/**
 * Above the closest weak matches of a query nothing answered with confidence: says so,
 * and where to ask instead.
 */
export function NotSure({ contact }: { contact?: HelpContact | null }) {
  return (
    <div className="not-sure">
      <p className="not-sure-title">{t('help.notSureTitle')}</p>
      <p>
        {t('help.notSureBody')} <ContactLink contact={contact} />
      </p>
    </div>
  );
}
