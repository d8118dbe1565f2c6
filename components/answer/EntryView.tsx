// The answer tab's view of one entry: an FAQ answer, or a whole guide page with its table of
// contents (scrolled to the section asked for), "Copy link" to the public original, and
// related answers.

import { useEffect, useMemo, useState } from 'react';
import { entryLang, upstreamLink, type FaqEntry } from '@/lib/corpus';
import { t, uiLanguage } from '@/lib/i18n';
import { relatedEntries } from '@/lib/related';
import type { SearchEngine } from '@/lib/search';
import { AnswerView } from '../AnswerView';
import { EntryMeta } from '../EntryMeta';
import { useFocusOnMount } from './use-focus-on-mount';

interface EntryViewProps {
  entry: FaqEntry;
  entries: readonly FaqEntry[];
  engine: SearchEngine;
  navigate: (hash: string) => void;
  copyText: (text: string) => Promise<void>;
}

export function EntryView({ entry, entries, engine, navigate, copyText }: EntryViewProps) {
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
