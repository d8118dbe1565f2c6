// The in-page panel's first state, drawn by the panel page's first script (a plain script at
// the top of panel.html's head, entrypoints/panel-first.ts) as soon as the first storage
// reads answer: before React, the catalogue and the rest of the page's modules have arrived
// (issue 21, "Fast to appear": they arrive ~70 ms after the page, and React's render and the
// stores follow). It draws only where the state is certain (first-paint-state.ts), exactly as
// React's first render will (first-paint-dom.ts), tells the content script its size over the
// panel's one port (panel-port.ts) so the frame is shown, and leaves the rest to React.

import { localizeDocument, t } from '@/lib/i18n';
import { hasSidePanel } from '@/lib/extension-pages';
import { peekEarly, POLICY_COPY_KEY } from '@/lib/state/first-reads';
import type { FirstSuggestions } from '@/lib/suggest/first-suggestions';
import firstLists from 'virtual:ems-first-suggestions';
import { drawFirstState } from './first-paint-dom';
import { mayDrawFirst, noteClicks } from './first-paint-handover';
import { firstState, type FirstState } from './first-paint-state';
import { panelHostFromUrl } from './host-url';
import { send } from './panel-page';
import { openEarlyPort, type OpenedPort } from './panel-port';
import { POLICY_WAIT_MS } from './policy-wait';

/** Stands in for React's useId in the drawing; React's render replaces it. */
const FIRST_ID = 'ems-help-first';

/** Resolves once the document is parsed (its modules may still be arriving). */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('readystatechange', () => resolve(), { once: true }));
}

/** Resolves once the page's style sheets are in: only then has the drawing its size. */
function stylesLoaded(doc: Document): Promise<void> {
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  return Promise.all(
    pending.map(
      (link) =>
        new Promise<void>((resolve) => {
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => resolve(), { once: true });
        }),
    ),
  ).then(() => undefined);
}

/**
 * The policy as stored: the background's copy this session where it has one, else the
 * policy's own read (Firefox's throws where no policy is installed, which is no policy, as
 * lib/state/managed.ts reads it). Right after the browser starts the background has made no
 * copy yet, and that read can take seconds (policy-wait.ts): after `waitMs` none is known,
 * and the first state is drawn with the person's settings, as React draws after the same
 * wait and then applies the policy when it comes: a new browser's first EMS page need not
 * wait for React to arrive and wait again.
 */
export async function policyOf(
  session: Promise<Record<string, unknown>> | undefined,
  managed: Promise<Record<string, unknown>> | undefined,
  waitMs: number = POLICY_WAIT_MS,
): Promise<unknown> {
  const waited = new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), waitMs));
  const copy = session ? (await session)[POLICY_COPY_KEY] : undefined;
  if (copy !== undefined || !managed) return copy;
  return Promise.race([managed.catch(() => ({})), waited]);
}

/** The page's look for the state: what main.tsx sets once React is there, set now. */
function dressDocument(doc: Document, state: FirstState): void {
  localizeDocument(t('extName'), doc);
  doc.documentElement.classList.add('theme', 'in-page');
  if (state.theme !== 'system') doc.documentElement.dataset.theme = state.theme;
}

/** Draws the first state where it is certain; returns whether it drew. */
export async function paintFirstState(doc: Document = document): Promise<boolean> {
  const host = panelHostFromUrl(doc.location.search);
  const local = peekEarly('local');
  const session = peekEarly('session');
  const managed = peekEarly('managed');
  if (host.in !== 'page' || !host.initial || !local) return false;
  let state: FirstState | null;
  try {
    const [localAnswer, policy] = await Promise.all([local, policyOf(session, managed)]);
    state = firstState(host, { local: localAnswer, policy }, firstLists as FirstSuggestions, Date.now(), hasSidePanel());
  } catch {
    // Storage did not answer: React reads it again and decides.
    return false;
  }
  if (!state) return false;
  await parsed(doc);
  const root = doc.getElementById('root');
  if (!root || root.firstChild || !mayDrawFirst()) return false;
  // Drawn at once: the browser shows nothing of the page before its style sheets are in
  // (they are in its head), so this is never seen unstyled.
  dressDocument(doc, state);
  const frameRoot = drawFirstState(doc, state, FIRST_ID);
  noteClicks(frameRoot);
  root.append(frameRoot);
  // For the bench's breakdown (scripts/bench-panel.ts) and the no-jump test: when it went in.
  performance.mark('ems-help:first-paint');
  // The port opens while the style sheets arrive; the size is said once they are in.
  void Promise.all([openEarlyPort(), stylesLoaded(doc)]).then(([opened]) => reportSize(frameRoot, opened));
  return true;
}

/** Says the drawing's size over the panel's port, as InPagePanel's report does. */
function reportSize(frameRoot: HTMLElement, opened: OpenedPort | null): void {
  const shown = frameRoot.firstElementChild;
  // React has taken over meanwhile: it reports its own size.
  if (!opened || !shown || !frameRoot.isConnected) return;
  const box = shown.getBoundingClientRect();
  if (box.width === 0) return;
  send(opened.port, {
    type: 'size',
    shape: shown.classList.contains('launcher') ? 'launcher' : 'panel',
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
  });
}
