// The toolbar popup: search the whole FAQ as you type, keyboard first (a combobox over one
// list of options, as Algolia DocSearch does). Before typing: this page's suggestions,
// recent searches and a few starting points. This module is the search box, its keys and
// the layout; what the list holds is popup-options.ts, how an option is drawn OptionRow.tsx.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FaqEntry } from '@/lib/corpus';
import { plural, t } from '@/lib/i18n';
import { detectPage, type PageContext } from '@/lib/page/detect';
import type { SearchEngine } from '@/lib/search';
import type { HelpContact } from '@/lib/state/managed';
import type { RecentSearchesStore } from '@/lib/state/recent-searches';
import { ClearButton } from '../ClearButton';
import { NoMatch, NotSure, ResultsHeading } from '../NoMatch';
import { useSearch } from '../use-search';
import { OptionRow } from './OptionRow';
import { SettingsButton } from '../SettingsButton';
import { resultOptions, suggestionOptions, type Option } from './popup-options';

const RESULT_LIMIT = 8;

export interface PopupSearchProps {
  entries: readonly FaqEntry[];
  engine: SearchEngine;
  recent: RecentSearchesStore;
  /** The active tab's address, when the extension may read it (EMS pages). */
  getActiveTabUrl: () => Promise<string | undefined>;
  /** Open an answer's tab; `active: false` keeps the popup's window where it is. */
  openAnswer: (id: string, active: boolean) => void;
  /** Close the popup (Esc on an empty box). */
  close: () => void;
  /** Shown as "Open in side panel" where the browser has one (call it in the click). */
  openSidePanel?: () => void;
  /** The organisation's help, offered instead of EMS support (its policy). */
  contact?: HelpContact | null;
  /** False: searches are not kept as recent searches (the "Keep recent searches" setting). */
  keepRecent?: boolean;
  /** False: nothing is learned from the answer opened after a search. */
  keepLearned?: boolean;
}

export function PopupSearch({
  entries,
  engine,
  recent,
  getActiveTabUrl,
  openAnswer,
  close,
  openSidePanel,
  contact = null,
  keepRecent = true,
  keepLearned = true,
}: PopupSearchProps) {
  const search = useSearch({
    engine,
    limit: RESULT_LIMIT,
    ...(keepRecent ? { recent } : {}),
    ...(keepLearned ? {} : { learning: null }),
  });
  const { query, setQuery, searched, searching, hits, notice, recent: recentSearches, remember, forget: removeRecent, clearRecent } = search;
  const [active, setActive] = useState(0);
  const [page, setPage] = useState<PageContext | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    let live = true;
    getActiveTabUrl()
      .then((url) => live && setPage(url ? detectPage(url) : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [getActiveTabUrl]);

  const options: Option[] = useMemo(
    () => (searching ? resultOptions(hits, entries) : suggestionOptions(page, entries, engine, recentSearches)),
    [searching, hits, page, entries, engine, recentSearches],
  );

  // A new list starts at its first option.
  useEffect(() => setActive(0), [searched, options.length]);

  const choose = (option: Option, background: boolean) => {
    if (option.kind === 'recent') {
      setQuery(option.query);
      inputRef.current?.focus();
      return;
    }
    if (searching) remember(option.entry.id);
    openAnswer(option.entry.id, !background);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (options.length) setActive((i) => (i + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (options.length) setActive((i) => (i - 1 + options.length) % options.length);
        break;
      case 'Enter': {
        const option = options[active];
        if (!option) return;
        event.preventDefault();
        choose(option, event.ctrlKey || event.metaKey);
        break;
      }
      case 'Delete': {
        // Removes the highlighted recent search, as in DocSearch.
        const option = options[active];
        if (option?.kind !== 'recent' || query) return;
        event.preventDefault();
        removeRecent(option.query);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (query) setQuery('');
        else close();
        break;
    }
  };

  const activeOption = options[active];
  const optionId = (option: Option) => `${listId}-${option.key}`;
  let lastGroup = '';

  return (
    <div className="popup">
      <div className="popup-search">
        <svg className="search-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          className="field popup-input"
          type="text"
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          placeholder={t('search.label')}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <ClearButton query={query} setQuery={setQuery} inputRef={inputRef} />
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {searching ? (hits.length ? plural('search.answers', hits.length) : t('search.noneFound')) : ''}
      </p>

      {/* A tab stop, so a long list can also be scrolled from the keyboard without the mouse. */}
      <div className="popup-body" tabIndex={0} role="region" aria-label={searching ? t('popup.resultsRegion') : t('popup.suggestions')}>
        {searching && hits.length > 0 ? <ResultsHeading notice={notice} /> : null}
        {notice === 'no-match' ? <NoMatch query={searched} contact={contact} /> : null}

        <ul id={listId} role="listbox" aria-label={searching ? t('popup.groupAnswers') : t('popup.suggestions')} className="options">
          {options.map((option, index) => {
            const header = option.group !== lastGroup ? option.group : null;
            lastGroup = option.group;
            return (
              <OptionRow
                key={option.key}
                id={optionId(option)}
                option={option}
                header={header}
                selected={index === active}
                onHover={() => setActive(index)}
                onChoose={(event) => choose(option, event.ctrlKey || event.metaKey || event.button === 1)}
                onRemove={option.kind === 'recent' ? () => removeRecent(option.query) : undefined}
              />
            );
          })}
        </ul>
        {notice === 'not-sure' ? <NotSure query={searched} contact={contact} /> : null}

        {!searching && recentSearches.length > 0 ? (
          <button type="button" className="text-button clear-recent" onClick={clearRecent}>
            {t('popup.clearRecent')}
          </button>
        ) : null}
        <div className="popup-actions">
          {openSidePanel ? (
            <button type="button" className="text-button open-side" onClick={openSidePanel}>
              {t('common.openSidePanel')}
            </button>
          ) : null}
          <SettingsButton variant="text" onOpened={close} />
        </div>
      </div>

      <footer className="popup-footer" aria-hidden="true">
        {/* The keys that move and open only where there is something to move to and open. */}
        {options.length > 0 ? (
          <>
            <span>
              <kbd>↑</kbd>
              <kbd>↓</kbd> {t('popup.hintMove')}
            </span>
            <span>
              <kbd>Enter</kbd> {t('popup.hintOpen')}
            </span>
          </>
        ) : null}
        <span>
          <kbd>Esc</kbd> {query ? t('popup.hintClear') : t('popup.hintClose')}
        </span>
      </footer>
    </div>
  );
}
