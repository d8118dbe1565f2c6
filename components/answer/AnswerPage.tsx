// The answer tab: one FAQ answer, or a whole guide page with its table of contents
// (scrolled to the section asked for), with related answers; or the index of the whole
// corpus in the book's order, with a filter. Entry links are `#<id>`, so back and forward
// work as on any site.

import { useEffect, useMemo, useRef, useState } from 'react';
import { entryLang, upstreamLink, type FaqEntry, type IndexNode } from '@/lib/corpus';
import { idToWords, indexHash, parseAnswerHash } from '@/lib/answer-route';
import { plural, t, uiLanguage } from '@/lib/i18n';
import { relatedEntries } from '@/lib/related';
import type { SearchEngine, SearchHit } from '@/lib/search';
import type { HelpContact } from '@/lib/state/managed';
import { AnswerView } from '../AnswerView';
import { EntryMeta } from '../EntryMeta';
import { Highlight } from '../Highlight';
import { NoMatch, NotSure } from '../NoMatch';
import { useSearch } from '../use-search';

export interface AnswerPageProps {
  entries: readonly FaqEntry[];
  /** The browsable index: the FAQ's sections and the guides in the book's order. */
  index: readonly IndexNode[];
  engine: SearchEngine;
  /** The current `location.hash`. */
  hash: string;
  /** Go to another address of this page (`#id`, `#index?q=…`), adding a history entry. */
  navigate: (hash: string) => void;
  copyText: (text: string) => Promise<void>;
  /** A filter for the first index shown, handed over outside the address (see main.tsx). */
  pendingFilter?: string;
  /** The organisation's help, offered instead of EMS support (its policy). */
  contact?: HelpContact | null;
  /** False: nothing is learned from the answer opened after a search. */
  keepLearned?: boolean;
}

/** What the searches of this page may keep, and where they send people for more help. */
interface SearchPolicy {
  contact: HelpContact | null;
  keepLearned: boolean;
}

export function AnswerPage({
  entries,
  index,
  engine,
  hash,
  navigate,
  copyText,
  pendingFilter = '',
  contact = null,
  keepLearned = true,
}: AnswerPageProps) {
  const policy: SearchPolicy = { contact, keepLearned };
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const route = parseAnswerHash(hash, (id) => byId.has(id));
  const current = route.view === 'entry' ? byId.get(route.id) : undefined;

  useEffect(() => {
    document.title =
      route.view === 'entry' && current
        ? t('common.docTitle', current.title)
        : route.view === 'missing'
          ? t('answer.notFoundDocTitle')
          : t('answer.allAnswersDocTitle');
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
        <span className="topbar-note">{t('answer.topbarNote')}</span>
      </header>
      <div className={route.view === 'index' ? 'layout single' : 'layout'}>
        {/* Beside an answer, the whole FAQ to browse; the index page is that list itself. */}
        {route.view !== 'index' ? (
          <nav className="sidebar" aria-label={t('answer.allAnswers')}>
            <SectionIndex index={index} currentId={current?.page ?? current?.id} compact />
          </nav>
        ) : null}
        <main className="content">
          {route.view === 'entry' && current ? (
            <EntryView key={current.page ?? current.id} entry={current} entries={entries} engine={engine} navigate={navigate} copyText={copyText} />
          ) : route.view === 'missing' ? (
            <MissingView key={route.id} id={route.id} engine={engine} policy={policy} />
          ) : (
            <IndexView
              key={hash}
              entries={entries}
              index={index}
              engine={engine}
              policy={policy}
              initialFilter={route.view === 'index' ? route.filter || pendingFilter : ''}
            />
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
  // A guide is read whole: its page entry, then its sections in order.
  const page = useMemo(() => (entry.page === null ? [] : entries.filter((e) => e.page === entry.page)), [entry, entries]);
  const top = page[0] ?? entry;
  const link = upstreamLink(entry);
  const faq = entry.kind === 'faq';

  useEffect(() => {
    if (copyState === 'idle') return;
    const timer = setTimeout(() => setCopyState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [copyState]);

  // Scrolled to the section asked for (the page itself opens at its top).
  useEffect(() => {
    if (entry.kind !== 'section') return;
    const target = document.getElementById(`entry-${entry.id}`);
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [entry]);

  const open = (id: string) => navigate(`#${id}`);
  const sections = page.slice(1);

  return (
    <>
      <nav aria-label={t('answer.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href="#index">{t('answer.allAnswers')}</a>
          </li>
          {top.section.map((part, i) => (
            <li key={i} lang={entryLang(top)}>
              {part}
            </li>
          ))}
        </ol>
      </nav>
      <article className="entry-article" lang={entryLang(top)}>
        <h1 ref={heading} tabIndex={-1}>
          {top.title}
        </h1>
        <p className="entry-kind-line">
          <EntryMeta entry={{ ...top, section: [] }} />
        </p>
        {sections.length > 0 ? (
          <nav className="toc" aria-label={t('answer.onThisPage')} lang={uiLanguage()}>
            <p className="toc-title">{t('answer.onThisPage')}</p>
            <ol>
              {sections.map((s) => (
                <li key={s.id} className={`toc-depth-${Math.min(s.depth, 4)}`}>
                  <a href={`#${s.id}`} aria-current={s.id === entry.id ? 'location' : undefined} lang={entryLang(s)}>
                    {s.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <AnswerView body={top.body} onOpenEntry={open} entryHref={(id) => `#${id}`} lang={entryLang(top)} />
        {sections.map((s) => {
          const Heading = s.depth <= 2 ? 'h2' : s.depth === 3 ? 'h3' : 'h4';
          return (
            <section key={s.id} className="guide-section" aria-labelledby={`entry-${s.id}`}>
              <Heading id={`entry-${s.id}`} tabIndex={-1} className={s.id === entry.id ? 'current-section' : undefined}>
                {s.title}
              </Heading>
              <AnswerView body={s.body} onOpenEntry={open} entryHref={(id) => `#${id}`} lang={entryLang(s)} />
            </section>
          );
        })}
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
          {t('answer.copyLink')}
        </button>
        <a className="text-button" href={link} target="_blank" rel="noopener noreferrer">
          {faq ? t('answer.viewInFaq') : t('answer.viewInDocs')}
        </a>
        <span role="status" className="copy-status">
          {copyState === 'copied'
            ? faq
              ? t('answer.copiedFaq')
              : t('answer.copiedDocs')
            : copyState === 'failed'
              ? t('answer.copyFailed')
              : ''}
        </span>
      </div>
      {related.length > 0 ? (
        <section className="related no-print" aria-labelledby="related-heading">
          <h2 id="related-heading">{t('answer.related')}</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <a href={`#${r.id}`} lang={entryLang(r)}>
                  {r.title}
                </a>
                <EntryMeta entry={r} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function IndexView({
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
  const { query: filter, setQuery: setFilter, searched: trimmed, hits, remember } = useSearch({
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
      {trimmed ? <HitList hits={hits} query={trimmed} onOpen={remember} contact={policy.contact} /> : <SectionIndex index={index} />}
    </>
  );
}

function MissingView({ id, engine, policy }: { id: string; engine: SearchEngine; policy: SearchPolicy }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { query, setQuery, searched: trimmed, hits, remember } = useSearch({
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
      {trimmed ? <HitList hits={hits} query={trimmed} onOpen={remember} contact={policy.contact} /> : null}
      <p className="back-to-index">
        <a href={indexHash()}>{t('answer.browseAll')}</a>
      </p>
    </>
  );
}

function HitList({
  hits,
  query,
  onOpen,
  contact,
}: {
  hits: readonly SearchHit[];
  query: string;
  onOpen: (id: string) => void;
  contact: HelpContact | null;
}) {
  if (hits.length === 0) {
    return <NoMatch query={query} contact={contact} />;
  }
  return (
    <>
      {hits[0]?.sure === false ? <NotSure contact={contact} /> : null}
      <ul className="hit-list">
        {hits.map((hit) => (
          <li key={hit.entry.id}>
            <a href={`#${hit.entry.id}`} onClick={() => onOpen(hit.entry.id)} lang={entryLang(hit.entry)}>
              <Highlight text={hit.entry.title} ranges={hit.matches.title} />
            </a>
            <EntryMeta entry={hit.entry} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The index tree: FAQ sections and the book's groups as headings, entries as links. */
function SectionIndex({ index, currentId, compact = false }: { index: readonly IndexNode[]; currentId?: string; compact?: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  // Beside a guide far down the index, the index shows where the reader is.
  useEffect(() => {
    if (compact) root.current?.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'center' });
  }, [compact, currentId]);
  return (
    <div ref={root} className={compact ? 'section-index compact' : 'section-index'}>
      {index.map((node, i) => (
        <section key={i} aria-label={compact ? undefined : node.title}>
          <h2 className="section-title">{node.entry ? <a href={`#${node.entry}`}>{node.title}</a> : node.title}</h2>
          <IndexList nodes={node.children} currentId={currentId} />
        </section>
      ))}
    </div>
  );
}

function IndexList({ nodes, currentId }: { nodes: readonly IndexNode[]; currentId?: string }) {
  if (nodes.length === 0) return null;
  return (
    <ul>
      {nodes.map((node, i) => (
        <li key={node.entry ?? `group-${i}`}>
          {node.entry ? (
            <a href={`#${node.entry}`} aria-current={node.entry === currentId ? 'page' : undefined}>
              {node.title}
            </a>
          ) : (
            <span className="index-group">{node.title}</span>
          )}
          <IndexList nodes={node.children} currentId={currentId} />
        </li>
      ))}
    </ul>
  );
}
