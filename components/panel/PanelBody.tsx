// The open panel: its header, the search box, and the list — what the screen shows first
// (pinned answers under a heading that says why), then the page's suggestions, or, while
// searching, the results. Re-mounted per page of the app (Panel.tsx gives it `key={pageKey}`).

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { FaqEntry } from '@/lib/corpus';
import { groupByLocation, pagesOf } from '@/lib/hit-location';
import { plural, t, type MessageKey } from '@/lib/i18n';
import type { PageContext } from '@/lib/page/detect';
import { pageLabel } from '@/lib/page/labels';
import { isAbout } from '@/lib/page/pages';
import type { SearchHit } from '@/lib/search';
import { promotedFor, recordOpen as rememberOpen, type LearnedStore } from '@/lib/state/learned';
import type { HelpContact } from '@/lib/state/managed';
import type { CueKind } from '@/lib/suggest/cues';
import { MORE_SUGGESTIONS, SUGGESTION_COUNT } from '@/lib/suggest/list';
import { ClearButton } from '../ClearButton';
import { NoMatch, NotSure, resultsHeading } from '../NoMatch';
import { EntryTrail, isGroupPage, ResultGroups, Trail } from '../results/Location';
import type { useSearch } from '../use-search';
import { useSettled } from '../use-settled';
import { EntryDisclosure } from './EntryDisclosure';
import { useFocusTaken } from './focus-taken';
import { PanelHeader } from './PanelHeader';
import { pageSuggestions, useScreenAnswers, type AskScreen, type LocalScreen } from './screen-answers';

/** How long the section in view must stay the same before its answers are pinned (ms). */
const HEADING_SETTLE_MS = 1500;

interface ListItem {
  entry: FaqEntry;
  hit?: SearchHit;
  learned?: boolean;
  /** Where it lives, under its title. */
  trail?: ReactNode;
  /** A guide page under its own group's heading (isGroupPage). */
  overview?: boolean;
}

/** The heading pinned answers stand under: it says which part of the screen they are about. */
const PIN_HEADINGS: Record<CueKind, MessageKey> = {
  alert: 'panel.aboutAlert',
  notice: 'panel.aboutNotice',
  dialog: 'panel.aboutDialog',
  heading: 'panel.aboutHeading',
};

export interface PanelBodyProps {
  id: string;
  context: PageContext;
  entries: readonly FaqEntry[];
  /** The engine's answers to what the screen shows: the panel's own, or asked of the background (Panel.tsx). */
  screenOf: LocalScreen | null;
  askScreen?: AskScreen;
  openInTab: (id: string, active: boolean) => void;
  learned: LearnedStore;
  search: ReturnType<typeof useSearch>;
  searchRef: RefObject<HTMLInputElement | null>;
  host: 'page' | 'side';
  maxHeight?: number;
  expanded: string | null;
  setExpanded: (id: string | null) => void;
  onCollapse?: () => void;
  onOpenSidePanel?: () => void;
  side?: 'left' | 'right';
  onMove?: (to: 'left' | 'right') => void;
  contact: HelpContact | null;
  keepLearned: boolean;
}

export function PanelBody({
  id,
  context,
  entries,
  screenOf,
  askScreen,
  openInTab,
  learned,
  search,
  searchRef,
  host,
  maxHeight,
  expanded,
  setExpanded,
  onCollapse,
  onOpenSidePanel,
  side,
  onMove,
  contact,
  keepLearned,
}: PanelBodyProps) {
  // An entry reached through a link in an answer that is not in the list: shown on top.
  const [linked, setLinked] = useState<string | null>(null);
  const [showMore, setShowMore] = useState(false);
  const focusEntry = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const label = pageLabel(context);
  const { kind, route, cues, guide } = context;

  // Read once per page (this body is re-mounted per page): promoting what was opened a
  // moment ago would reorder the list under the user's pointer.
  // Learned on this tab, or about it (suggestForPage leaves them out under a warning).
  const [promoted] = useState(() => {
    if (!keepLearned) return [];
    const about = (id: string) => entries.some((e) => e.id === id && isAbout(kind, route, e));
    return promotedFor(learned.getState().value, kind, Date.now(), { route, about });
  });
  // The section in view changes as the page scrolls by: only where the person stops counts.
  const heading = useSettled(cues?.heading, HEADING_SETTLE_MS);
  const page = useMemo<PageContext>(() => {
    const screen = cues ? { ...cues, heading } : undefined;
    return { kind, route, ...(guide ? { guide } : {}), ...(screen ? { cues: screen } : {}) };
  }, [kind, route, guide, cues, heading]);
  const screenAnswers = useScreenAnswers(page, entries, screenOf, askScreen);
  const suggestions = useMemo(
    () => pageSuggestions(page, entries, MORE_SUGGESTIONS, promoted, screenAnswers),
    [page, entries, promoted, screenAnswers],
  );
  const { query, setQuery, searched, searching, hits, notice, remember } = search;
  // Something is typed, but the answers and the engine are still loading (they load when the
  // person starts using the panel, PanelApp.tsx): say so, rather than leave the page's
  // suggestions under the query as if it had been ignored. Then its results follow.
  const loading = searched !== '' && !searching;
  // Answers about what the screen shows stand apart, first, under a heading that says why;
  // the page's own suggestions follow, so together they are as many as without a cue.
  const pinned = searching ? [] : suggestions.filter((s) => s.cue);
  // One heading per kind of cue (a warning and a dialog at once), in the order they came.
  const pinGroups = [...new Set(pinned.map((s) => s.cue!.kind))].map((kind) => ({
    kind,
    items: pinned.filter((s) => s.cue!.kind === kind),
  }));

  // Opening an answer teaches both kinds of learning: this page kind's suggestions, and
  // (after a search) the search that found it.
  const recordOpen = (entryId: string) => {
    if (keepLearned) learned.getState().update((l) => rememberOpen(l, kind, entryId, Date.now(), route));
    if (searching) remember(entryId);
  };
  const listed: ListItem[] = searching
    ? hits.map((hit) => ({ entry: hit.entry, hit }))
    : suggestions
        .slice(0, showMore ? MORE_SUGGESTIONS : SUGGESTION_COUNT)
        .filter((s) => !s.cue)
        .map((s) => ({ entry: s.entry, learned: s.reason === 'learned' }));
  const shownIds = new Set([...pinned, ...listed].map((item) => item.entry.id));
  // An answer reached through a link, and the answer open in place, stay in the list even
  // when what the screen shows changes under them (a warning dismissed, a dialog closed).
  const kept = [...new Set([linked, expanded])]
    .filter((id): id is string => id !== null && !shownIds.has(id))
    .flatMap((id) => entries.filter((e) => e.id === id).map((entry) => ({ entry })));
  const items = [...kept, ...listed];
  // Search results are grouped by where they live (a guide page, an FAQ section), as DocSearch
  // does: "Export" alone could be any of the guide's apps. The rest is not a search's result.
  const pageOf = useMemo(() => pagesOf(entries), [entries]);
  const trailed = (list: readonly ListItem[]) => list.map((item) => ({ ...item, trail: <EntryTrail entry={item.entry} pageOf={pageOf} /> }));
  const resultGroups = searching ? groupByLocation(listed, (item) => item.entry, pageOf) : [];

  useEffect(() => {
    if (!focusEntry.current) return;
    const target = focusEntry.current;
    const button = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-entry-id]') ?? [])].find(
      (b) => b.dataset.entryId === target,
    );
    focusEntry.current = null;
    button?.focus();
    button?.scrollIntoView({ block: 'nearest' });
  });

  const openEntryFromLink = (target: string) => {
    if (!shownIds.has(target)) setLinked(target);
    setExpanded(target);
    focusEntry.current = target;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    // Esc closes the innermost thing first: the answer open in place (focus back on its
    // question), then the search typed in the box, and only then the panel itself.
    if (expanded !== null) {
      focusEntry.current = expanded;
      setExpanded(null);
      return;
    }
    if (query) {
      setQuery('');
      searchRef.current?.focus();
      return;
    }
    onCollapse?.();
  };

  const renderItems = (list: readonly ListItem[]) =>
    list.map(({ entry, hit, learned: openedBefore, trail, overview }) => (
      <EntryDisclosure
        key={entry.id}
        entry={entry}
        titleRanges={hit?.matches.title ?? []}
        trail={trail}
        overview={overview}
        openedBefore={openedBefore === true}
        expanded={expanded === entry.id}
        onToggle={() => {
          if (expanded !== entry.id) recordOpen(entry.id);
          setExpanded(expanded === entry.id ? null : entry.id);
        }}
        onOpenEntry={openEntryFromLink}
        onOpenInTab={(active) => {
          recordOpen(entry.id);
          openInTab(entry.id, active);
        }}
      />
    ));
  // The answers kept in the list (above): above a search's results, and while they load.
  const keptList = () => (kept.length > 0 ? <ul className="entry-list">{renderItems(trailed(kept))}</ul> : null);

  // In someone else's page: say so when the page takes the keyboard from the search box.
  const focusTaken = useFocusTaken(searchRef, host === 'page');
  const headingId = `${id}-heading`;
  const pinnedId = `${id}-pinned`;
  return (
    <aside
      id={id}
      className={host === 'side' ? 'panel panel-side' : 'panel'}
      style={panelHeight(host, maxHeight, query)}
      role="complementary"
      aria-label="EMS Help"
      onKeyDown={onKeyDown}
    >
      <PanelHeader id={id} label={label} onCollapse={onCollapse} onOpenSidePanel={onOpenSidePanel} side={side} onMove={onMove} />

      <div className="panel-search" role="search">
        <input
          ref={searchRef}
          type="search"
          className="field search-input"
          aria-label={t('search.label')}
          placeholder={t('panel.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setExpanded(null);
            setLinked(null);
          }}
        />
        <ClearButton query={query} setQuery={setQuery} inputRef={searchRef} />
        {focusTaken ? (
          <p className="focus-taken" role="alert">
            {t('panel.focusTaken')}
          </p>
        ) : null}
      </div>

      {/* Not a Tab stop of its own: Firefox makes a box that scrolls one, with no name and its
          ring cut off by the panel; Tab goes from the search box's × to the first result. */}
      <div className="panel-list" ref={listRef} tabIndex={-1}>
        {pinGroups.map(({ kind: cue, items: group }) => (
          <section key={cue} className="pinned" aria-labelledby={`${pinnedId}-${cue}`}>
            <h3 id={`${pinnedId}-${cue}`} className="list-heading pinned-heading">
              {t(PIN_HEADINGS[cue])}
            </h3>
            <ul className="entry-list">{renderItems(trailed(group))}</ul>
          </section>
        ))}
        <section aria-labelledby={headingId}>
          {/* With no answer at all, the note below says so: a heading that promises answers would not. */}
          <h3 id={headingId} className={`list-heading${notice === 'no-match' ? ' visually-hidden' : notice === 'not-sure' ? ' not-sure-heading' : ''}`}>
            {searching || loading ? resultsHeading(notice) : t('panel.suggestedFor', label)}
          </h3>
          <p className="visually-hidden" role="status" aria-live="polite">
            {searching ? (hits.length === 0 ? t('search.noneFound') : plural('search.answersFound', hits.length)) : loading ? t('panel.loadingAnswers') : ''}
          </p>
          {/* The status above says it to a screen reader; this line is for the eye. */}
          {loading ? (
            <p className="search-loading" aria-hidden="true">
              {t('panel.loadingAnswers')}
            </p>
          ) : null}
          {loading ? keptList() : null}
          {notice === 'no-match' ? <NoMatch query={searched} contact={contact} /> : null}
          {!searching && !loading ? <ul className="entry-list">{renderItems(trailed(items))}</ul> : null}
          {searching && hits.length > 0 ? (
            <>
              {keptList()}
              <ResultGroups
                groups={resultGroups}
                idPrefix={id}
                listClassName="entry-list"
                renderRow={({ item, path, repeat }, group) =>
                  renderItems([
                    { ...item, trail: <Trail group={group} path={path} repeat={repeat} inGroup kind={item.entry.kind} />, overview: isGroupPage(group, item.entry) },
                  ])
                }
              />
              {notice === 'not-sure' ? <NotSure query={searched} contact={contact} /> : null}
            </>
          ) : null}
          {!searching && !loading && !showMore && suggestions.length > SUGGESTION_COUNT ? (
            <button type="button" className="text-button more-button" onClick={() => setShowMore(true)}>
              {t('panel.more')}
            </button>
          ) : null}
        </section>
      </div>
    </aside>
  );
}

/**
 * The open panel's height. In the EMS page, while a search is shown, the panel takes all the
 * height it may have: the frame's size (which the page can watch, keystroke by keystroke)
 * then says only that a search is open, not how many answers each keystroke finds.
 */
export function panelHeight(host: 'page' | 'side', maxHeight: number | undefined, query: string) {
  if (!maxHeight) return undefined;
  return host !== 'side' && query.trim() !== '' ? { maxHeight: `${maxHeight}px`, height: `${maxHeight}px` } : { maxHeight: `${maxHeight}px` };
}
