// One question in the panel's list: a button that expands its answer in place.

import type { MouseEvent, ReactNode } from 'react';
import type { FaqEntry } from '@/lib/corpus';
import { entryLang } from '@/lib/corpus/entry-info';
import { t } from '@/lib/i18n';
import { AnswerView } from '../AnswerView';
import type { Range } from '../Highlight';
import { RowTitle, rowTitleLang } from '../results/Location';

export interface EntryDisclosureProps {
  entry: FaqEntry;
  titleRanges: readonly Range[];
  /** Under the title: where the entry lives (components/results/Location.tsx). */
  trail?: ReactNode;
  /** A guide page listed under its own group's heading: its row reads "Overview" (Location.tsx isGroupPage). */
  overview?: boolean;
  /** Promoted because this person opened it on this kind of page before. */
  openedBefore: boolean;
  expanded: boolean;
  onToggle: () => void;
  onOpenEntry: (id: string) => void;
  onOpenInTab: (active: boolean) => void;
}

export function EntryDisclosure({
  entry,
  titleRanges,
  trail,
  overview = false,
  openedBefore,
  expanded,
  onToggle,
  onOpenEntry,
  onOpenInTab,
}: EntryDisclosureProps) {
  const answerId = `answer-${entry.id}`;
  const openInTab = (event: MouseEvent) => {
    // Ctrl/Cmd-click or a middle click opens the tab in the background, as links do.
    onOpenInTab(!(event.ctrlKey || event.metaKey || event.button === 1));
  };
  return (
    <li className={expanded ? 'entry expanded' : 'entry'}>
      <h4 className="entry-heading">
        <button
          type="button"
          className="entry-toggle"
          aria-expanded={expanded}
          aria-controls={answerId}
          data-entry-id={entry.id}
          onClick={onToggle}
        >
          <svg className="chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="entry-title">
            <span lang={rowTitleLang(entry, overview)}>
              <RowTitle entry={entry} ranges={titleRanges} overview={overview} />
            </span>
            {trail}
            {openedBefore ? <span className="opened-before">{t('panel.openedBefore')}</span> : null}
          </span>
        </button>
      </h4>
      {expanded ? (
        <div id={answerId} className="entry-answer" role="region" aria-label={entry.title}>
          <p className="entry-section" lang={entryLang(entry)}>
            {entry.section.join(' › ')}
          </p>
          <AnswerView body={entry.body} onOpenEntry={onOpenEntry} lang={entryLang(entry)} />
          <div className="entry-actions">
            <button type="button" className="text-button" onClick={openInTab} onAuxClick={openInTab}>
              {t('panel.openInTab')}
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                <path d="M4.5 2H10v5.5M10 2 3 9" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
              </svg>
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
