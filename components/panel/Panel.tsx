// The help panel: the answers this page most likely needs, expandable in place, and a
// search over the whole FAQ. In the EMS page it folds to a launcher (remembered per page
// kind) and stays folded where the page leaves it no room; in the browser's side panel it
// fills the side panel.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { FaqEntry } from '@/lib/corpus';
import { plural, t } from '@/lib/i18n';
import type { PanelUiState } from '@/lib/messages';
import type { PageContext } from '@/lib/page/detect';
import { pageLabel } from '@/lib/page/labels';
import type { SearchEngine, SearchHit } from '@/lib/search';
import { promotedFor, recordOpen as rememberOpen, type LearnedStore } from '@/lib/state/learned';
import type { PanelPrefsStore } from '@/lib/state/panel-prefs';
import { suggestForPage, SUGGESTION_COUNT } from '@/lib/suggest/suggest';
import type { HelpContact } from '@/lib/state/managed';
import { NoMatch, NotSure } from '../NoMatch';
import { useSearch } from '../use-search';
import { EntryDisclosure } from './EntryDisclosure';

const MORE_SUGGESTIONS = 8;
const RESULT_LIMIT = 10;

/** Where the panel starts from: a restored state after its frame was re-mounted, or a request. */
export interface PanelStart extends Partial<PanelUiState> {
  /** Move focus here once drawn (a request from the keyboard command or the context menu). */
  focus?: 'launcher' | 'search';
}

export interface PanelProps {
  context: PageContext;
  entries: readonly FaqEntry[];
  /**
   * Null for the first paint, while the panel page builds it: the curated suggestions show
   * at once, and the engine's ranking and the search arrive a moment later.
   */
  engine: SearchEngine | null;
  prefs: PanelPrefsStore;
  /** Answers opened before on each kind of page; promoted in the suggestions. */
  learned: LearnedStore;
  /** Open an answer in its own tab; `active: false` for a background tab (modified click). */
  openInTab: (id: string, active: boolean) => void;
  /** Folded to the launcher until the user opens it (the "launcher only" setting). */
  defaultCollapsed?: boolean;
  /** 'page': in the EMS page, can fold; 'side': the browser's side panel, always open. */
  host?: 'page' | 'side';
  /** False where the page leaves no room beside its controls: the launcher, unless the user opens it. */
  room?: boolean;
  /** The tallest the open panel may be (px); by default its container's height. */
  maxHeight?: number;
  start?: PanelStart;
  /** Told every change of what a re-mount should restore. */
  onUiChange?: (state: PanelUiState) => void;
  /** Shown as "Open in side panel" where the browser has one. */
  onOpenSidePanel?: () => void;
  /** The organisation's help, offered instead of EMS support (its policy). */
  contact?: HelpContact | null;
  /** False: nothing is learned from what is opened (the "Keep learned suggestions" setting). */
  keepLearned?: boolean;
}

const pageKeyOf = (context: PageContext) => `${context.kind}${context.route ?? ''}`;

export function Panel({
  context,
  entries,
  engine,
  prefs,
  learned,
  openInTab,
  defaultCollapsed = false,
  host = 'page',
  room = true,
  maxHeight,
  start,
  onUiChange,
  onOpenSidePanel,
  contact = null,
  keepLearned = true,
}: PanelProps) {
  const hydrated = useStore(prefs, (s) => s.hydrated);
  const learnedLoaded = useStore(learned, (s) => s.hydrated);
  const collapsedPref = useStore(prefs, (s) => s.value.collapsed[context.kind] ?? defaultCollapsed);
  const [forceOpen, setForceOpen] = useState(start?.forceOpen ?? false);
  const collapsed = host === 'page' && (collapsedPref || (!room && !forceOpen));
  const search = useSearch({ engine, limit: RESULT_LIMIT, initialQuery: start?.query, ...(keepLearned ? {} : { learning: null }) });
  const pageKey = pageKeyOf(context);
  // The answer expanded in place, with the page it belongs to: on another page it is none.
  const [expanded, setExpanded] = useState({ pageKey: start?.pageKey ?? pageKey, id: start?.expanded ?? null });
  const expandedHere = expanded.pageKey === pageKey ? expanded.id : null;
  const panelId = useId();
  const launcherRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Where focus goes after the next render that folds or opens the panel.
  const focusNext = useRef<'launcher' | 'search' | null>(start?.focus ?? null);

  const setCollapsed = (value: boolean) => {
    focusNext.current = value ? 'launcher' : 'search';
    setForceOpen(!value && !room);
    prefs.getState().update((p) => ({ collapsed: { ...p.collapsed, [context.kind]: value } }));
  };

  const ready = hydrated && learnedLoaded;
  useEffect(() => {
    if (!ready) return;
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'launcher') launcherRef.current?.focus();
    if (target === 'search') searchRef.current?.focus();
  }, [collapsed, ready]);

  useEffect(() => {
    onUiChange?.({ query: search.query, expanded: expandedHere, pageKey, forceOpen });
  }, [onUiChange, search.query, expandedHere, pageKey, forceOpen]);

  // Nothing is drawn until the stored state is known, so a folded panel never flashes open.
  if (!ready) return null;

  if (collapsed) {
    return (
      <button
        ref={launcherRef}
        type="button"
        className="launcher"
        aria-expanded="false"
        aria-controls={panelId}
        aria-label={t('panel.launcherLabel')}
        title={t('panel.launcherTitle')}
        onClick={() => setCollapsed(false)}
      >
        <span className="launcher-mark" aria-hidden="true">
          ?
        </span>
        <span>{t('panel.launcherText')}</span>
      </button>
    );
  }

  return (
    <PanelBody
      // A new page of the app starts from its own suggestions (the typed search stays).
      key={pageKey}
      id={panelId}
      context={context}
      entries={entries}
      engine={engine}
      openInTab={openInTab}
      learned={learned}
      contact={contact}
      keepLearned={keepLearned}
      search={search}
      searchRef={searchRef}
      host={host}
      maxHeight={maxHeight}
      expanded={expandedHere}
      setExpanded={(id) => setExpanded({ pageKey, id })}
      onCollapse={host === 'page' ? () => setCollapsed(true) : undefined}
      onOpenSidePanel={onOpenSidePanel}
    />
  );
}

interface PanelBodyProps {
  id: string;
  context: PageContext;
  entries: readonly FaqEntry[];
  engine: SearchEngine | null;
  openInTab: (id: string, active: boolean) => void;
  learned: LearnedStore;
  search: ReturnType<typeof useSearch>;
  searchRef: React.RefObject<HTMLInputElement | null>;
  host: 'page' | 'side';
  maxHeight?: number;
  expanded: string | null;
  setExpanded: (id: string | null) => void;
  onCollapse?: () => void;
  onOpenSidePanel?: () => void;
  contact: HelpContact | null;
  keepLearned: boolean;
}

function PanelBody({
  id,
  context,
  entries,
  engine,
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
  contact,
  keepLearned,
}: PanelBodyProps) {
  // An entry reached through a link in an answer that is not in the list: shown on top.
  const [linked, setLinked] = useState<string | null>(null);
  const [showMore, setShowMore] = useState(false);
  const focusEntry = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const label = pageLabel(context);
  const { kind, route } = context;

  // Read once per page (this body is re-mounted per page): promoting what was opened a
  // moment ago would reorder the list under the user's pointer.
  const [promoted] = useState(() => (keepLearned ? promotedFor(learned.getState().value, kind, Date.now()) : []));
  const suggestions = useMemo(
    () => suggestForPage({ kind, route }, entries, engine, MORE_SUGGESTIONS, promoted),
    [kind, route, entries, engine, promoted],
  );

  const { query, setQuery, searched, searching, hits, sure, remember } = search;
  // Opening an answer teaches both kinds of learning: this page kind's suggestions, and
  // (after a search) the search that found it.
  const recordOpen = (entryId: string) => {
    if (keepLearned) learned.getState().update((l) => rememberOpen(l, kind, entryId, Date.now()));
    if (searching) remember(entryId);
  };
  const listed: Array<{ entry: FaqEntry; hit?: SearchHit; learned?: boolean }> = searching
    ? hits.map((hit) => ({ entry: hit.entry, hit }))
    : suggestions
        .slice(0, showMore ? MORE_SUGGESTIONS : SUGGESTION_COUNT)
        .map((s) => ({ entry: s.entry, learned: s.reason === 'learned' }));
  const linkedEntry = linked ? entries.find((e) => e.id === linked) : undefined;
  const items =
    linkedEntry && !listed.some((item) => item.entry.id === linkedEntry.id) ? [{ entry: linkedEntry }, ...listed] : listed;

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
    if (!items.some((item) => item.entry.id === target)) setLinked(target);
    setExpanded(target);
    focusEntry.current = target;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    // Esc first clears a search typed in the box, then folds the panel away.
    if (event.target === searchRef.current && query) {
      setQuery('');
      return;
    }
    onCollapse?.();
  };

  const headingId = `${id}-heading`;
  return (
    <aside
      id={id}
      className={host === 'side' ? 'panel panel-side' : 'panel'}
      style={maxHeight ? { maxHeight: `${maxHeight}px` } : undefined}
      role="complementary"
      aria-label="EMS Help"
      onKeyDown={onKeyDown}
    >
      <header className="panel-header">
        <div className="panel-title">
          <span className="panel-mark" aria-hidden="true">
            ?
          </span>
          <div>
            <h2 className="panel-name">EMS Help</h2>
            <p className="panel-page">{label}</p>
          </div>
        </div>
        <div className="panel-actions">
          {onOpenSidePanel ? (
            <button type="button" className="icon-button" aria-label={t('common.openSidePanel')} title={t('common.openSidePanel')} onClick={onOpenSidePanel}>
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <rect x="2" y="2.5" width="12" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <path d="M10 3v10" stroke="currentColor" strokeWidth="1.5" />
              </svg>
            </button>
          ) : null}
          {onCollapse ? (
            <button
              type="button"
              className="icon-button"
              aria-label={t('panel.hide')}
              aria-expanded="true"
              aria-controls={id}
              title={t('panel.hideTitle')}
              onClick={onCollapse}
            >
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          ) : null}
        </div>
      </header>

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
      </div>

      <section className="panel-list" aria-labelledby={headingId}>
        <h3 id={headingId} className="list-heading">
          {searching ? t('panel.resultsHeading') : t('panel.suggestedFor', label)}
        </h3>
        <p className="visually-hidden" role="status" aria-live="polite">
          {searching ? (hits.length === 0 ? t('search.noneFound') : plural('search.answersFound', hits.length)) : ''}
        </p>
        {searching && hits.length === 0 ? <NoMatch query={searched} contact={contact} /> : null}
        {searching && hits.length > 0 && !sure ? <NotSure contact={contact} /> : null}
        {searching && hits.length === 0 ? null : (
          <ul ref={listRef} className="entry-list">
            {items.map(({ entry, hit, learned: openedBefore }) => (
              <EntryDisclosure
                key={entry.id}
                entry={entry}
                titleRanges={hit?.matches.title ?? []}
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
            ))}
          </ul>
        )}
        {!searching && !showMore && suggestions.length > SUGGESTION_COUNT ? (
          <button type="button" className="text-button more-button" onClick={() => setShowMore(true)}>
            {t('panel.more')}
          </button>
        ) : null}
      </section>
    </aside>
  );
}
