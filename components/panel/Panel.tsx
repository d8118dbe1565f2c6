// The side panel on EMS pages: the answers this page most likely needs, expandable in
// place, and a search over the whole FAQ. Folds to a launcher, remembered per page kind.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { FaqEntry } from '../../lib/corpus';
import type { PageContext } from '../../lib/page/detect';
import { pageLabel } from '../../lib/page/labels';
import type { PanelSearch } from '../../lib/panel-search';
import type { SearchHit } from '../../lib/search';
import { promotedFor, recordOpen as rememberOpen, type LearnedStore } from '../../lib/state/learned';
import type { PanelPrefsStore } from '../../lib/state/panel-prefs';
import { suggestForPage, SUGGESTION_COUNT, type Suggestion } from '../../lib/suggest/suggest';
import { NoMatch } from '../NoMatch';
import { EntryDisclosure } from './EntryDisclosure';

const MORE_SUGGESTIONS = 8;
const RESULT_LIMIT = 10;

/** Something asked of the panel from outside it: the keyboard command, the context menu. */
export type PanelRequest = { seq: number } & ({ type: 'toggle' } | { type: 'search'; query: string });

export interface PanelProps {
  context: PageContext;
  entries: readonly FaqEntry[];
  /** Search and suggestions (answered by the background in the content script). */
  search: PanelSearch;
  prefs: PanelPrefsStore;
  /** Answers opened before on each kind of page; promoted in the suggestions. */
  learned: LearnedStore;
  /** Open an answer in its own tab; `active: false` for a background tab (modified click). */
  openInTab: (id: string, active: boolean) => void;
  /** Folded to the launcher until the user opens it (the "launcher only" setting). */
  defaultCollapsed?: boolean;
  request?: PanelRequest | null;
}

export function Panel({ context, entries, search, prefs, learned, openInTab, defaultCollapsed = false, request }: PanelProps) {
  const hydrated = useStore(prefs, (s) => s.hydrated);
  const collapsed = useStore(prefs, (s) => s.value.collapsed[context.kind] ?? defaultCollapsed);
  const panelId = useId();
  const launcherRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Where focus goes after the next render that changes the panel's state.
  const focusNext = useRef<'launcher' | 'search' | null>(null);
  const [seed, setSeed] = useState<{ query: string; seq: number } | null>(null);

  const setCollapsed = (value: boolean) => {
    focusNext.current = value ? 'launcher' : 'search';
    prefs.getState().update((p) => ({ collapsed: { ...p.collapsed, [context.kind]: value } }));
  };

  useEffect(() => {
    if (focusNext.current === 'launcher') launcherRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.focus();
    focusNext.current = null;
  }, [collapsed, seed]);

  useEffect(() => {
    if (!request) return;
    if (request.type === 'toggle') {
      setCollapsed(!collapsed);
    } else {
      focusNext.current = 'search';
      setSeed({ query: request.query, seq: request.seq });
      if (collapsed) setCollapsed(false);
    }
    // Only a new request acts; the state it reads is the state at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.seq]);

  // Nothing is drawn until the stored state is known, so a folded panel never flashes open.
  if (!hydrated) return null;

  if (collapsed) {
    return (
      <button
        ref={launcherRef}
        type="button"
        className="launcher"
        aria-expanded="false"
        aria-controls={panelId}
        aria-label="Open EMS Help"
        title="EMS Help: answers for this page"
        onClick={() => setCollapsed(false)}
      >
        <span className="launcher-mark" aria-hidden="true">
          ?
        </span>
        <span>Help</span>
      </button>
    );
  }

  return (
    <PanelBody
      id={panelId}
      context={context}
      entries={entries}
      search={search}
      openInTab={openInTab}
      learned={learned}
      seed={seed}
      searchRef={searchRef}
      onCollapse={() => setCollapsed(true)}
    />
  );
}

interface PanelBodyProps extends Omit<PanelProps, 'prefs' | 'request' | 'defaultCollapsed'> {
  id: string;
  seed: { query: string; seq: number } | null;
  searchRef: React.RefObject<HTMLInputElement | null>;
  onCollapse: () => void;
}

function PanelBody({ id, context, entries, search, openInTab, learned, seed, searchRef, onCollapse }: PanelBodyProps) {
  const [query, setQuery] = useState(seed?.query ?? '');
  const [expanded, setExpanded] = useState<string | null>(null);
  // An entry reached through a link in an answer that is not in the list: shown on top.
  const [linked, setLinked] = useState<string | null>(null);
  const [showMore, setShowMore] = useState(false);
  const focusEntry = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const label = pageLabel(context);

  // A new page of the app: start from its suggestions, keep what the user typed.
  const pageKey = `${context.kind}${context.route ?? ''}`;
  useEffect(() => {
    setExpanded(null);
    setLinked(null);
    setShowMore(false);
  }, [pageKey]);

  useEffect(() => {
    if (seed) setQuery(seed.query);
  }, [seed]);

  // Read once per page: promoting what was opened a moment ago would reorder the list
  // under the user's pointer.
  const learnedLoaded = useStore(learned, (s) => s.hydrated);
  const promoted = useMemo(
    () => promotedFor(learned.getState().value, context.kind, Date.now()),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pageKey, learned, learnedLoaded],
  );
  // The curated suggestions at once (they need no engine, so the list never starts empty),
  // then the background's full list, which only adds to their end (sections and topics).
  const curated = useMemo(
    () => suggestForPage(context, entries, null, MORE_SUGGESTIONS, promoted),
    // The context object changes identity on every navigation; its kind and route matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pageKey, entries, promoted],
  );
  const suggestKey = `${pageKey}|${promoted.join(',')}`;
  const [full, setFull] = useState<{ key: string; list: Suggestion[] } | null>(null);
  useEffect(() => {
    let live = true;
    void search.suggest(context, MORE_SUGGESTIONS, promoted).then((list) => {
      if (live) setFull({ key: suggestKey, list });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, suggestKey]);
  const suggestions = full?.key === suggestKey && full.list.length > 0 ? full.list : curated;

  const recordOpen = (entryId: string) =>
    learned.getState().update((l) => rememberOpen(l, context.kind, entryId, Date.now()));

  // Results for the latest query; the previous list stays on screen until they arrive.
  const wanted = query.trim();
  const [results, setResults] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  useEffect(() => {
    if (!wanted) {
      setResults(null);
      return;
    }
    let live = true;
    void search.search(wanted, RESULT_LIMIT).then((hits) => {
      if (live) setResults({ query: wanted, hits });
    });
    return () => {
      live = false;
    };
  }, [search, wanted]);
  const searching = wanted.length > 0 && results !== null;
  const hits = results?.hits ?? [];

  const listed: Array<{ entry: FaqEntry; hit?: SearchHit; learned?: boolean }> = searching
    ? hits.map((hit) => ({ entry: hit.entry, hit }))
    : suggestions
        .slice(0, showMore ? MORE_SUGGESTIONS : SUGGESTION_COUNT)
        .map((s) => ({ entry: s.entry, learned: s.reason === 'learned' }));
  const linkedEntry = linked ? entries.find((e) => e.id === linked) : undefined;
  const items =
    linkedEntry && !listed.some((item) => item.entry.id === linkedEntry.id)
      ? [{ entry: linkedEntry }, ...listed]
      : listed;

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
    onCollapse();
  };

  const headingId = `${id}-heading`;
  return (
    <aside id={id} className="panel" role="complementary" aria-label="EMS Help" onKeyDown={onKeyDown}>
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
        <button
          type="button"
          className="icon-button"
          aria-label="Hide EMS Help"
          aria-expanded="true"
          aria-controls={id}
          title="Hide (Esc)"
          onClick={onCollapse}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </header>

      <div className="panel-search" role="search">
        <input
          ref={searchRef}
          type="search"
          className="field search-input"
          aria-label="Search the EMS FAQ"
          placeholder="Search the FAQ…"
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
          {searching ? 'Answers from the whole FAQ' : `Suggested for ${label}`}
        </h3>
        <p className="visually-hidden" role="status" aria-live="polite">
          {searching ? (hits.length === 0 ? 'No answers found' : `${hits.length} answers found`) : ''}
        </p>
        {searching && hits.length === 0 ? (
          <NoMatch query={results?.query ?? ''} />
        ) : (
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
            More for this page
          </button>
        ) : null}
      </section>
    </aside>
  );
}
