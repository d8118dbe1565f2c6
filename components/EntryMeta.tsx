// What a result is and where it stands, beside its title in every list of results:
// "FAQ" or "Guide", and its breadcrumb ("Integrations › EMS bridges › Telegram Bridge").

import { entryLang, kindLabel, type FaqEntry } from '@/lib/corpus';
import { uiLanguage } from '@/lib/i18n';

export function EntryMeta({ entry }: { entry: FaqEntry }) {
  return (
    <span className="entry-meta">
      {/* The interface's word, also where the entry around it is in another language. */}
      <span className={`entry-kind entry-kind-${entry.kind === 'faq' ? 'faq' : 'guide'}`} lang={uiLanguage()}>
        {kindLabel(entry)}
      </span>
      {entry.section.length > 0 ? (
        <span className="entry-crumb" lang={entryLang(entry)}>
          {entry.section.join(' › ')}
        </span>
      ) : null}
    </span>
  );
}
