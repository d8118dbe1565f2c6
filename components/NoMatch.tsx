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
