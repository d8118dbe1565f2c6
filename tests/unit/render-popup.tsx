// Test helpers for the toolbar popup: render it over the real corpus as the popup page does,
// and read its result list the way a person does.

import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { PopupSearch, type PopupSearchProps } from '@/components/popup/PopupSearch';
import { entries, searchData } from '@/lib/corpus';
import { createSearchEngine, type SearchEngine } from '@/lib/search';
import { createRecentSearchesStore } from '@/lib/state/stores';

let sharedEngine: SearchEngine | undefined;

/** One engine over the real corpus for every popup a test file renders (building it is the slow part). */
export function realEngine(): SearchEngine {
  sharedEngine ??= createSearchEngine(entries, searchData);
  return sharedEngine;
}

/**
 * Renders the popup with the real corpus and engine; `props` overrides any of its inputs.
 * Returns the recent-searches store it uses and its callbacks as mocks (a test that passes
 * its own callback keeps its own handle on it).
 */
export function renderPopup(props: Partial<PopupSearchProps> = {}) {
  const openAnswer = vi.fn<PopupSearchProps['openAnswer']>();
  const close = vi.fn<PopupSearchProps['close']>();
  const recent = props.recent ?? createRecentSearchesStore();
  render(
    <PopupSearch
      entries={entries}
      engine={realEngine()}
      getActiveTabUrl={() => Promise.resolve(undefined)}
      openAnswer={openAnswer}
      close={close}
      {...props}
      recent={recent}
    />,
  );
  return { openAnswer, close, recent };
}

/**
 * The heading a popup result stands under (its guide page or FAQ section), the way a person
 * reads the list: the nearest group heading above the option.
 */
export function groupHeadingOf(option: HTMLElement): HTMLElement {
  for (let row = option.previousElementSibling; row; row = row.previousElementSibling) {
    const heading = row.querySelector<HTMLElement>('.hit-group-heading');
    if (heading) return heading;
  }
  throw new Error(`no group heading above "${option.textContent}"`);
}
