// What a result is and where it stands, beside its title in every list of results:
// "FAQ" or "Guide", and its breadcrumb ("Integrations › EMS bridges › Telegram Bridge").

import { kindLabel, type FaqEntry } from '../lib/corpus';

export function EntryMeta({ entry }: { entry: FaqEntry }) {
  return (
    <span className="entry-meta">
      <span className={`entry-kind entry-kind-${entry.kind === 'faq' ? 'faq' : 'guide'}`}>{kindLabel(entry)}</span>
      {entry.section.length > 0 ? <span className="entry-crumb">{entry.section.join(' › ')}</span> : null}
    </span>
  );
}
