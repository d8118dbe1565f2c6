// The answer tab: one FAQ answer, or a whole guide page with its table of contents
// (scrolled to the section asked for), with related answers; or the index of the whole
// corpus in the book's order, with a filter. Entry links are `#<id>`, so back and forward
// work as on any site. This module is the page's frame and its routing; the views are
// EntryView.tsx (an answer or guide), SearchViews.tsx (the index and "not found") and
// SectionIndex.tsx (the index tree).

import { useEffect, useMemo } from 'react';
import type { FaqEntry, IndexNode } from '@/lib/corpus';
import { parseAnswerHash } from '@/lib/answer-route';
import { t } from '@/lib/i18n';
import type { SearchEngine } from '@/lib/search';
import type { HelpContact } from '@/lib/state/managed';
import { SettingsButton } from '../SettingsButton';
import { EntryView } from './EntryView';
import { IndexView, MissingView, type SearchPolicy } from './SearchViews';
import { SectionIndex } from './SectionIndex';

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
        <SettingsButton variant="text" />
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
            <MissingView key={route.id} id={route.id} entries={entries} engine={engine} policy={policy} />
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
