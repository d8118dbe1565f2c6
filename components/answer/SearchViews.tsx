// The answer tab's views that search: the index of the whole corpus with its filter, and
// "not found" (an address whose answer no longer exists), which searches its words.

import { useId } from 'react';
import type { FaqEntry, IndexNode } from '@/lib/corpus';
import { idToWords, indexHash } from '@/lib/answer-route';
import { groupByLocation, pagesOf } from '@/lib/hit-location';
import { plural, t } from '@/lib/i18n';
import type { SearchEngine, SearchHit } from '@/lib/search';
import type { HelpContact } from '@/lib/state/managed';
import { NoMatch, NotSure, ResultsHeading } from '../NoMatch';
import { isGroupPage, ResultGroups, RowTitle, rowTitleLang, Trail } from '../results/Location';
import { useSearch, type SearchNotice } from '../use-search';
import { SectionIndex } from './SectionIndex';
import { useFocusOnMount } from './use-focus-on-mount';

/** What the searches of this page may keep, and where they send people for more help. */
export interface SearchPolicy {
  contact: HelpContact | null;
  keepLearned: boolean;
}

export function IndexView({
  entries,
  index,
  engine,
  initialFilter,
  policy,
}: {
  entries: readonly FaqEntry[];
  index: readonly IndexNode[];
  engine: SearchEngine;
  initialFilter: string;
  policy: SearchPolicy;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { query: filter, setQuery: setFilter, searched: trimmed, hits, notice, remember } = useSearch({
    engine,
    limit: entries.length,
    initialQuery: initialFilter,
    ...(policy.keepLearned ? {} : { learning: null }),
  });

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('answer.allAnswers')}
      </h1>
      <p className="lede">{t('answer.indexLede')}</p>
      <input
        className="field filter-input no-print"
        type="search"
        aria-label={t('answer.filterLabel')}
        placeholder={t('answer.filterPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {trimmed ? plural('search.answers', hits.length) : ''}
      </p>
      {trimmed ? (
        <HitList entries={entries} hits={hits} query={trimmed} notice={notice} onOpen={remember} contact={policy.contact} />
      ) : (
        <SectionIndex index={index} />
      )}
    </>
  );
}

export function MissingView({
  id,
  entries,
  engine,
  policy,
}: {
  id: string;
  entries: readonly FaqEntry[];
  engine: SearchEngine;
  policy: SearchPolicy;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { query, setQuery, searched: trimmed, hits, notice, remember } = useSearch({
    engine,
    limit: 8,
    initialQuery: idToWords(id),
    ...(policy.keepLearned ? {} : { learning: null }),
  });
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('answer.missingTitle')}
      </h1>
      <p className="lede">{t('answer.missingLede')}</p>
      <input
        className="field filter-input"
        type="search"
        aria-label={t('search.label')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {trimmed ? <HitList entries={entries} hits={hits} query={trimmed} notice={notice} onOpen={remember} contact={policy.contact} /> : null}
      <p className="back-to-index">
        <a href={indexHash()}>{t('answer.browseAll')}</a>
      </p>
    </>
  );
}

/** The results, grouped under the guide page or FAQ section each lives in (lib/hit-location.ts). */
function HitList({
  entries,
  hits,
  query,
  notice,
  onOpen,
  contact,
}: {
  entries: readonly FaqEntry[];
  hits: readonly SearchHit[];
  query: string;
  notice: SearchNotice;
  onOpen: (id: string) => void;
  contact: HelpContact | null;
}) {
  const idPrefix = useId();
  if (hits.length === 0) {
    return notice === 'no-match' ? <NoMatch query={query} contact={contact} /> : null;
  }
  return (
    <>
      <ResultsHeading notice={notice} />
      <ResultGroups
        groups={groupByLocation(hits, (hit) => hit.entry, pagesOf(entries))}
        idPrefix={idPrefix}
        level={2}
        listClassName="hit-list"
        renderRow={({ item: hit, path, repeat }, group) => (
          <li key={hit.entry.id}>
            <a href={`#${hit.entry.id}`} onClick={() => onOpen(hit.entry.id)} lang={rowTitleLang(hit.entry, isGroupPage(group, hit.entry))}>
              <RowTitle entry={hit.entry} ranges={hit.matches.title} overview={isGroupPage(group, hit.entry)} />
            </a>
            <Trail group={group} path={path} repeat={repeat} inGroup kind={hit.entry.kind} />
          </li>
        )}
      />
      {notice === 'not-sure' ? <NotSure query={query} contact={contact} /> : null}
    </>
  );
}
