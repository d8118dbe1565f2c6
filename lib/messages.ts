// Messages that content scripts and extension pages send to the background, and the
// addresses of the extension's own pages.

import { browser } from 'wxt/browser';

/** Ask the background to open an answer in a new tab (only it can do so for a content script). */
export interface OpenAnswerMessage {
  type: 'open-answer';
  id: string;
  /** false opens the tab in the background, as a middle-click on a link would. */
  active: boolean;
}

export type BackgroundMessage = OpenAnswerMessage;

/** Messages the background sends to the content script of an EMS tab. */
export type ContentMessage =
  | { type: 'toggle-panel' }
  /** Show the panel searching for `query` (from the context menu). */
  | { type: 'search-panel'; query: string };

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'toggle-panel' ||
    (message.type === 'search-panel' && typeof message.query === 'string')
  );
}

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'open-answer' &&
    typeof message.id === 'string' &&
    typeof message.active === 'boolean'
  );
}

/** `answer.html#<id>`: the answer tab for one entry (`index` shows the whole FAQ). */
export function answerPageUrl(id?: string): string {
  const base = browser.runtime.getURL('/answer.html');
  return id ? `${base}#${encodeURIComponent(id)}` : base;
}

export function openAnswerInTab(id: string, active = true): Promise<unknown> {
  const message: OpenAnswerMessage = { type: 'open-answer', id, active };
  return browser.runtime.sendMessage(message);
}
