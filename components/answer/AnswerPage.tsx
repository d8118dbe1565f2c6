// The answer tab: one answer with its section and related answers, or the whole FAQ as an
// index with a filter. Entry links are `#<id>`, so back and forward work as on any site.

import { useEffect, useMemo, useRef, useState } from 'react';
import { upstreamLink, type FaqEntry } from '../../lib/corpus';
import { idToWords, indexHash, parseAnswerHash } from '../../lib/answer-route';
import { relatedEntries } from '../../lib/related';
import type { SearchEngine, SearchHit } from '../../lib/search';
import { AnswerView } from '../AnswerView';
import { Highlight } from '../Highlight';
import { NoMatch } from '../NoMatch';
import { useSearch } from '../use-search';

export interface AnswerPageProps {
  entries: readonly FaqEntry[];
  engine: SearchEngine;
  /** The current `location.hash`. */
  hash: string;
  /** Go to another address of this page (`#id`, `#index?q=…`), adding a history entry. */
  navigate: (hash: string) => void;
  copyText: (text: string) => Promise<void>;
  /** A filter for the first index shown, handed over outside the address (see main.tsx). */
  pendingFilter?: string;
}

export function AnswerPage({ entries, engine, hash, navigate, copyText, pendingFilter = '' }: AnswerPageProps) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const route = parseAnswerHash(hash, (id) => byId.has(id));
  const current = route.view === 'entry' ? byId.get(route.id) : undefined;

  useEffect(() => {
    document.title =
      route.view === 'entry' && current
        ? `${current.title} · EMS Help`
        : route.view === 'missing'
          ? 'Answer not found · EMS Help'
          : 'All answers · EMS Help';
  }, [route.view, current]);

  return (
    <div className="answer-app">
      <header className="topbar">
        <a className="brand" href="#index">
          <span className="brand-mark" aria-hidden="true">
            ?
          </span>
          EMS Help
        </a>
        <span className="topbar-note">Element Matrix Services FAQ · works offline</span>
      </header>
      <div className={route.view === 'index' ? 'layout single' : 'layout'}>
        {/* Beside an answer, the whole FAQ to browse; the index page is that list itself. */}
        {route.view !== 'index' ? (
          <nav className="sidebar" aria-label="All answers">
            <SectionIndex entries={entries} currentId={current?.id} compact />
          </nav>
        ) : null}
        <main className="content">
          {route.view === 'entry' && current ? (
            <EntryView key={current.id} entry={current} entries={entries} engine={engine} navigate={navigate} copyText={copyText} />
          ) : route.view === 'missing' ? (
            <MissingView key={route.id} id={route.id} engine={engine} />
          ) : (
            <IndexView key={hash} entries={entries} engine={engine} initialFilter={route.view === 'index' ? route.filter || pendingFilter : ''} />
          )}
        </main>
      </div>
    </div>
  );
}

/** Moves focus to the page's heading when the view changes, as a new page load would. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, []);
  return ref;
}

interface EntryViewProps {
  entry: FaqEntry;
  entries: readonly FaqEntry[];
  engine: SearchEngine;
  navigate: (hash: string) => void;
  copyText: (text: string) => Promise<void>;
}

function EntryView({ entry, entries, engine, navigate, copyText }: EntryViewProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const related = useMemo(() => relatedEntries(entry, entries, engine), [entry, entries, engine]);
  const link = upstreamLink(entry);

  useEffect(() => {
    if (copyState === 'idle') return;
    const timer = setTimeout(() => setCopyState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [copyState]);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <a href="#index">All answers</a>
          </li>
          {entry.section.map((part, i) => (
            <li key={i}>{part}</li>
          ))}
        </ol>
      </nav>
      <article className="entry-article">
        <h1 ref={heading} tabIndex={-1}>
          {entry.title}
        </h1>
        <AnswerView body={entry.body} onOpenEntry={(id) => navigate(`#${id}`)} entryHref={(id) => `#${id}`} />
      </article>
      <div className="entry-actions no-print">
        <button
          type="button"
          className="text-button"
          onClick={() => {
            copyText(link).then(
              () => setCopyState('copied'),
              () => setCopyState('failed'),
            );
          }}
        >
          Copy link
        </button>
        <a className="text-button" href={link} target="_blank" rel="noopener noreferrer">
          View in the public FAQ
        </a>
        <span role="status" className="copy-status">
          {copyState === 'copied' ? 'Link to the public FAQ copied' : copyState === 'failed' ? 'Could not copy the link' : ''}
        </span>
      </div>
      {related.length > 0 ? (
        <section className="related no-print" aria-labelledby="related-heading">
          <h2 id="related-heading">Related answers</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <a href={`#${r.id}`}>{r.title}</a>
                <span className="related-section">{r.section.join(' › ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function IndexView({ entries, engine, initialFilter }: { entries: readonly FaqEntry[]; engine: SearchEngine; initialFilter: string }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { query: filter, setQuery: setFilter, searched: trimmed, hits } = useSearch({
    engine,
    limit: entries.length,
    initialQuery: initialFilter,
  });

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        All answers
      </h1>
      <p className="lede">Every question in the EMS FAQ, by section. Type to filter.</p>
      <input
        className="field filter-input no-print"
        type="search"
        aria-label="Filter answers"
        placeholder="Filter answers…"
        autoComplete="off"
        spellCheck={false}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {trimmed ? `${hits.length} answers` : ''}
      </p>
      {trimmed ? <HitList hits={hits} query={trimmed} /> : <SectionIndex entries={entries} />}
    </>
  );
}

function MissingView({ id, engine }: { id: string; engine: SearchEngine }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { query, setQuery, searched: trimmed, hits } = useSearch({ engine, limit: 8, initialQuery: idToWords(id) });
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        This answer was not found
      </h1>
      <p className="lede">The link may be old, or the question was reworded. These answers come closest:</p>
      <input
        className="field filter-input"
        type="search"
        aria-label="Search the EMS FAQ"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {trimmed ? <HitList hits={hits} query={trimmed} /> : null}
      <p className="back-to-index">
        <a href={indexHash()}>Browse all answers</a>
      </p>
    </>
  );
}

function HitList({ hits, query }: { hits: readonly SearchHit[]; query: string }) {
  if (hits.length === 0) {
    return <NoMatch query={query} />;
  }
  return (
    <ul className="hit-list">
      {hits.map((hit) => (
        <li key={hit.entry.id}>
          <a href={`#${hit.entry.id}`}>
            <Highlight text={hit.entry.title} ranges={hit.matches.title} />
          </a>
          <span className="related-section">{hit.entry.section.join(' › ')}</span>
        </li>
      ))}
    </ul>
  );
}

/** The whole FAQ grouped by section, in the FAQ's own order. */
function SectionIndex({ entries, currentId, compact = false }: { entries: readonly FaqEntry[]; currentId?: string; compact?: boolean }) {
  const groups = useMemo(() => {
    const map = new Map<string, FaqEntry[]>();
    for (const entry of entries) {
      const key = entry.section.join(' › ') || 'General';
      map.set(key, [...(map.get(key) ?? []), entry]);
    }
    return [...map.entries()];
  }, [entries]);
  return (
    <div className={compact ? 'section-index compact' : 'section-index'}>
      {groups.map(([section, list]) => (
        <section key={section} aria-label={compact ? undefined : section}>
          <h2 className="section-title">{section}</h2>
          <ul>
            {list.map((entry) => (
              <li key={entry.id}>
                <a href={`#${entry.id}`} aria-current={entry.id === currentId ? 'page' : undefined}>
                  {entry.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
