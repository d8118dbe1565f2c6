// What every surface says when a search finds nothing: plainly, with what to try next and
// where a person can still get help: the organisation's own help when its policy names one
// (lib/state/managed.ts, already checked to be https: or mailto:), else EMS support.

import type { HelpContact } from '@/lib/state/managed';

export const SUPPORT_URL = 'https://ems.element.io/support';

/** The link to help: the organisation's contact, or EMS support. */
export function ContactLink({ contact }: { contact?: HelpContact | null }) {
  return contact ? (
    <a href={contact.url} target="_blank" rel="noopener noreferrer">
      {contact.label ?? 'Your organisation’s help'}
    </a>
  ) : (
    <a href={SUPPORT_URL} target="_blank" rel="noopener noreferrer">
      Contact EMS support
    </a>
  );
}

export function NoMatch({ query, contact }: { query: string; contact?: HelpContact | null }) {
  return (
    <div className="empty-state">
      <p className="empty-title">No answers match “{query.trim().slice(0, 80)}”.</p>
      <p>Check the spelling, or try fewer or other words.</p>
      <p>
        Still stuck? <ContactLink contact={contact} />
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
      <p className="not-sure-title">Not sure — closest matches</p>
      <p>
        None of these is a sure answer. <ContactLink contact={contact} />
      </p>
    </div>
  );
}
