// What the surfaces say about an entry (its label, language, upstream page), without the
// corpus itself: modules that import only these stay out of the corpus's chunk (the panel
// page loads the answers after its first paint, lib/corpus/catalogue.ts).

import { t } from '../i18n';
import type { FaqEntry } from './types';

/** "FAQ" or "Guide": what a result is, for the label beside it. */
export function kindLabel(entry: Pick<FaqEntry, 'kind'>): string {
  return entry.kind === 'faq' ? t('common.faq') : t('common.guide');
}

/** The language an entry is written in (BCP 47): its own, else the corpus's English. */
export function entryLang(entry: Pick<FaqEntry, 'lang'>): string {
  return entry.lang ?? 'en';
}

/** Where an entry is published upstream: the FAQ's anchor, or the guide page's file. */
const UPSTREAM_FAQ_URL = 'https://github.com/element-hq/ems-docs/blob/HEAD/src/Frequently-Asked-Questions.md';
const UPSTREAM_DOCS_URL = 'https://github.com/element-hq/ems-docs/blob/HEAD/src/';

export function upstreamLink(entry: Pick<FaqEntry, 'kind' | 'id' | 'source'>): string {
  if (entry.kind === 'faq') return `${UPSTREAM_FAQ_URL}#${entry.id}`;
  const file = entry.source.file.split('/').map(encodeURIComponent).join('/');
  return `${UPSTREAM_DOCS_URL}${file}${entry.kind === 'section' && entry.source.anchor ? `#${entry.source.anchor}` : ''}`;
}
