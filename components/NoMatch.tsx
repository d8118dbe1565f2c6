// What every surface says when a search finds nothing: plainly, with what to try next and
// where a person can still get help.

export const SUPPORT_URL = 'https://ems.element.io/support';

export function NoMatch({ query }: { query: string }) {
  return (
    <div className="empty-state">
      <p className="empty-title">No answers match “{query.trim().slice(0, 80)}”.</p>
      <p>Check the spelling, or try fewer or other words.</p>
      <p>
        Still stuck?{' '}
        <a href={SUPPORT_URL} target="_blank" rel="noopener noreferrer">
          Contact EMS support
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
      <p className="not-sure-title">Not sure — closest matches</p>
      <p>
        None of these is a sure answer.{' '}
        <a href={SUPPORT_URL} target="_blank" rel="noopener noreferrer">
          Contact EMS support
        </a>
      </p>
    </div>
  );
}
