// One option of the popup's list: a group header where a group starts, then an answer (its
// title and a snippet, highlighted) or a recent search (with its remove button).

import { useEffect, useRef, type MouseEvent } from 'react';
import { entryLang, type FaqEntry } from '@/lib/corpus';
import { t } from '@/lib/i18n';
import { snippet, type SearchHit } from '@/lib/search';
import { EntryMeta } from '../EntryMeta';
import { Highlight } from '../Highlight';
import { GroupHeading, isGroupPage, RowTitle, rowTitleLang, Trail } from '../results/Location';
import type { Option, OptionLocation } from './popup-options';

const SNIPPET_CHARS = 110;

interface OptionRowProps {
  id: string;
  option: Option;
  header: string | null;
  selected: boolean;
  onHover: () => void;
  onChoose: (event: MouseEvent) => void;
  onRemove?: () => void;
}

export function OptionRow({ id, option, header, selected, onHover, onChoose, onRemove }: OptionRowProps) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <>
      {header && option.kind === 'entry' && option.location ? (
        <li role="presentation">
          <GroupHeading group={option.location.group} id={`${id}-group`} />
        </li>
      ) : header ? (
        <li role="presentation" className="group-header">
          {header}
        </li>
      ) : null}
      <li
        ref={ref}
        id={id}
        role="option"
        aria-selected={selected}
        className={selected ? 'option selected' : 'option'}
        onMouseMove={onHover}
        onMouseDown={(event) => event.preventDefault() /* keep focus in the search box */}
        onClick={onChoose}
        onAuxClick={onChoose}
      >
        {option.kind === 'recent' ? (
          <div className="option-recent">
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <circle cx="7" cy="7" r="5.25" fill="none" stroke="currentColor" strokeWidth="1.4" />
              <path d="M7 4v3.2l2 1.3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
            </svg>
            <span className="option-title">{option.query}</span>
            {onRemove ? (
              <button
                type="button"
                className="remove-recent"
                // Focus stays in the search box; the keyboard way is Delete on the highlighted search.
                tabIndex={-1}
                aria-label={t('popup.removeRecent', option.query)}
                onClick={(event) => {
                  event.stopPropagation();
                  onRemove();
                }}
              >
                ×
              </button>
            ) : null}
          </div>
        ) : (
          <EntryOption entry={option.entry} hit={option.hit} location={option.location} />
        )}
      </li>
    </>
  );
}

function EntryOption({ entry, hit, location }: { entry: FaqEntry; hit?: SearchHit; location?: OptionLocation }) {
  const excerpt = snippet(entry.text, hit?.matches.text ?? [], SNIPPET_CHARS);
  const overview = location !== undefined && isGroupPage(location.group, entry);
  return (
    <div className="option-entry">
      <span className="option-title" lang={rowTitleLang(entry, overview)}>
        <RowTitle entry={entry} ranges={hit?.matches.title ?? []} overview={overview} />
      </span>
      {location ? <Trail group={location.group} path={location.path} repeat={location.repeat} inGroup kind={entry.kind} /> : null}
      <span className="option-snippet" lang={entryLang(entry)}>
        <Highlight text={excerpt.text} ranges={excerpt.ranges} />
      </span>
      {/* A result's group says what it is and where; a suggestion says it here. */}
      {location ? null : <EntryMeta entry={entry} />}
    </div>
  );
}
