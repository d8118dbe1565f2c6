// The × beside a search box (popup, panel) that empties it and leaves the focus in it. Drawn
// by us (theme.css .clear-button): a search field's own differs by browser.

import type { RefObject } from 'react';
import { t } from '@/lib/i18n';

export function ClearButton({ query, setQuery, inputRef }: { query: string; setQuery: (query: string) => void; inputRef: RefObject<HTMLInputElement | null> }) {
  if (!query) return null;
  return (
    <button
      type="button"
      className="clear-button"
      aria-label={t('popup.clearSearch')}
      onClick={() => {
        setQuery('');
        inputRef.current?.focus();
      }}
    >
      ×
    </button>
  );
}
