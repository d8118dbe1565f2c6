// Where to go when the bundled FAQ and guides have no sure answer (under "Not sure" and
// "No answers", on every surface that searches): the official EMS documentation's own
// search for the same words, and support (the organisation's help from its policy, else EMS
// support) with the question ready to paste. Both are plain links that open a new tab:
// nothing is sent anywhere until one is clicked, and then only what README's Privacy says.

import { useState, type FocusEvent } from 'react';
import { docsSearchUrl, handedQuery, MAX_SUPPORT_QUESTION, supportLink } from '@/lib/help-links';
import { t } from '@/lib/i18n';
import type { HelpContact } from '@/lib/state/managed';
import './results.css';

/** How much of a question a line quotes. */
const QUOTED_CHARS = 80;

/** A question as a line quotes it: at most QUOTED_CHARS, with "…" where it was cut. */
export function quoteOf(question: string): string {
  return question.length > QUOTED_CHARS ? `${question.slice(0, QUOTED_CHARS - 1)}…` : question;
}

/** What happened to the question last copied (a note about an earlier question is not shown). */
type CopyState = { question: string; copied: boolean } | null;

/** Whether this document may write to the clipboard (a frame needs its embedder's leave). */
function mayCopy(): boolean {
  // Chromium tells; asking there spares a console error when the answer is no.
  const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  return policy ? policy.allowsFeature('clipboard-write') : true;
}

/** Copies `text`; false where the page may not (no clipboard, or the browser refused). */
async function copyText(text: string): Promise<boolean> {
  if (!mayCopy()) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function NewTabIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M4.5 2H10v5.5M10 2 3 9" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}

export function FallbackActions({ query, contact }: { query: string; contact?: HelpContact | null }) {
  const [lastCopy, setLastCopy] = useState<CopyState>(null);
  // Support gets the whole question; the documentation's search bounds its own (docsSearchUrl).
  const question = handedQuery(query, MAX_SUPPORT_QUESTION);
  const copy = lastCopy?.question === question ? (lastCopy.copied ? 'copied' : 'failed') : 'idle';
  const support = supportLink(contact, question);
  const quoted = quoteOf(question);
  const supportLabel = contact ? (contact.label ?? t('help.orgContactFallback')) : t('help.askEms');

  const onSupportClick = () => {
    // The link opens the page by itself; the question waits on the clipboard for the person to paste.
    if (!support.copy || !question) return;
    void copyText(question).then((copied) => setLastCopy({ question, copied }));
  };

  return (
    <div className="fallback-actions">
      <ul aria-label={t('help.moreHelp')}>
        {question ? (
          <li>
            <a href={docsSearchUrl(question)} target="_blank" rel="noopener noreferrer">
              <NewTabIcon />
              <span>
                {t('help.searchDocs', quoted)}
                <span className="visually-hidden">{` ${t('help.newTab')}`}</span>
              </span>
            </a>
          </li>
        ) : null}
        <li>
          <a href={support.href} target="_blank" rel="noopener noreferrer" onClick={onSupportClick} onAuxClick={onSupportClick}>
            <NewTabIcon />
            <span>
              {supportLabel}
              <span className="visually-hidden">{` ${t('help.newTab')}`}</span>
            </span>
          </a>
        </li>
      </ul>
      <p className="fallback-note" role="status">
        {copy === 'copied' ? t('help.questionCopied') : null}
        {copy === 'failed' ? (
          <label>
            {t('help.copyQuestion')}
            <input
              className="field fallback-question"
              readOnly
              value={question}
              onFocus={(event: FocusEvent<HTMLInputElement>) => event.target.select()}
            />
          </label>
        ) : null}
      </p>
    </div>
  );
}
