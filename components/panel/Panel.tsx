// The help panel: the answers this page most likely needs, expandable in place, and a
// search over the FAQ and the guides. In the EMS page it folds to a launcher (remembered per
// page kind) and stays folded where the page leaves it no room; a warning or error on the
// screen that an answer clearly speaks to opens it once (PanelBody.tsx shows that answer
// first). In the browser's side panel it fills the side panel.

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { FaqEntry } from '@/lib/corpus';
import { plural, t } from '@/lib/i18n';
import type { PanelUiState } from '@/lib/messages';
import { sameCues } from '@/lib/page/cues';
import type { PageContext } from '@/lib/page/detect';
import { pageKindLabel } from '@/lib/page/labels';
import type { SearchEngine } from '@/lib/search';
import type { LearnedStore } from '@/lib/state/learned';
import type { HelpContact } from '@/lib/state/managed';
import type { PanelPrefsStore } from '@/lib/state/panel-prefs';
import { pageKeyOf, SUGGESTION_COUNT } from '@/lib/suggest/list';
import { useSearch } from '../use-search';
import { PanelBody } from './PanelBody';
import { pageSuggestions, useScreenAnswers, type AskScreen, type LocalScreen } from './screen-answers';

const RESULT_LIMIT = 10;
/** How long after arriving on a page its room counts as measured (ms): see `roomSeen`. */
const PAGE_SETTLE_MS = 1000;

/** Where the panel starts from: a restored state after its frame was re-mounted, or a request. */
export interface PanelStart extends Partial<PanelUiState> {
  /** Move focus here once drawn (a request from the keyboard command or the context menu). */
  focus?: 'launcher' | 'search';
}

export interface PanelProps {
  context: PageContext;
  entries: readonly FaqEntry[];
  /**
   * Null until the person starts using the panel (the panel page then loads it): the
   * suggestions need none (the build ranked each page's topics; `askScreen` answers for the
   * screen), the search does.
   */
  engine: SearchEngine | null;
  /** Asks for the engine now: called while a search is in the box and there is none yet. */
  needAnswers?: () => void;
  /** The engine's answers to what the screen shows, by the panel's own engine once loaded. */
  screenOf?: LocalScreen | null;
  /** Until then, asks the background's engine for them. */
  askScreen?: AskScreen;
  prefs: PanelPrefsStore;
  /** Answers opened before on each kind of page; promoted in the suggestions. */
  learned: LearnedStore;
  /** Open an answer in its own tab; `active: false` for a background tab (modified click). */
  openInTab: (id: string, active: boolean) => void;
  /** Folded to the launcher until the user opens it (the "launcher only" setting). */
  defaultCollapsed?: boolean;
  /** 'page': in the EMS page, can fold; 'side': the browser's side panel, always open. */
  host?: 'page' | 'side';
  /** False where the page leaves no room beside its controls: the launcher, unless the user opens it. */
  room?: boolean;
  /** The tallest the open panel may be (px); by default its container's height. */
  maxHeight?: number;
  start?: PanelStart;
  /** Told every change of what a re-mount should restore. */
  onUiChange?: (state: PanelUiState) => void;
  /** Shown as "Open in side panel" where the browser has one. */
  onOpenSidePanel?: () => void;
  /** The in-page panel's edge of the window now; with `onMove`, a button moves it to the other. */
  side?: 'left' | 'right';
  onMove?: (to: 'left' | 'right') => void;
  /** The organisation's help, offered instead of EMS support (its policy). */
  contact?: HelpContact | null;
  /** False: nothing is learned from what is opened (the "Keep learned suggestions" setting). */
  keepLearned?: boolean;
  /**
   * Which warning's answer has already opened the panel (or found it open), kept by the host
   * across re-mounts of the panel, so a warning opens it only once.
   */
  cueMemory?: CueMemory;
}

export interface CueMemory {
  /** The entry id of the answer pinned for that warning. */
  handled: string | null;
}

export function Panel({
  context,
  entries,
  engine,
  needAnswers,
  screenOf = null,
  askScreen,
  prefs,
  learned,
  openInTab,
  defaultCollapsed = false,
  host = 'page',
  room = true,
  maxHeight,
  start,
  onUiChange,
  onOpenSidePanel,
  side,
  onMove,
  contact = null,
  keepLearned = true,
  cueMemory,
}: PanelProps) {
  const hydrated = useStore(prefs, (s) => s.hydrated);
  const learnedLoaded = useStore(learned, (s) => s.hydrated);
  const collapsedPref = useStore(prefs, (s) => s.value.collapsed[context.kind] ?? defaultCollapsed);
  const [forceOpen, setForceOpen] = useState(start?.forceOpen ?? false);
  // Opened for a warning on the screen: for this tab only, never written as the person's own
  // choice (which holds for every tab of this kind of page).
  const [warningOpen, setWarningOpen] = useState(start?.warningOpen ?? false);

  // The page's room can go while the panel is open on it: a warning appears, a card grows.
  // The no-room rule is for arriving on a page; an open panel does not fold itself under the
  // person (they can fold it, or move it to the other side). Right after the page changed the
  // room is still being measured for the new page (the content script looks again 150 ms
  // later), so there the rule still applies.
  const pageKey = pageKeyOf(context);
  const pageShown = useRef({ pageKey, at: Date.now() });
  if (pageShown.current.pageKey !== pageKey) pageShown.current = { pageKey, at: Date.now() };
  const [roomSeen, setRoomSeen] = useState(room);
  if (roomSeen !== room) {
    setRoomSeen(room);
    const settled = Date.now() - pageShown.current.at >= PAGE_SETTLE_MS;
    if (!room && host === 'page' && (!collapsedPref || warningOpen) && !forceOpen && settled) setForceOpen(true);
  }
  const collapsed = host === 'page' && ((collapsedPref && !warningOpen) || (!room && !forceOpen));
  // Every message from the content script (a resize, a route) brings its cues as a new
  // object: keep the one the panel has while they say the same, so the answers pinned for
  // them are worked out again only when the screen really changed.
  const [cues, setCues] = useState(context.cues);
  if (!sameCues(cues, context.cues)) setCues(context.cues);
  const { kind, route, guide } = context;
  const page = useMemo<PageContext>(
    () => ({ kind, route, ...(guide ? { guide } : {}), ...(cues ? { cues } : {}) }),
    [kind, route, guide, cues],
  );
  // The answer to a warning or error on the screen (a strong match only, lib/suggest/cues.ts).
  const screen = useScreenAnswers(page, entries, screenOf, askScreen);
  const warning = screen.pins.find((p) => p.cue === 'alert')?.entry.id ?? null;
  const ownMemory = useRef<CueMemory>({ handled: null });
  const memory = cueMemory ?? ownMemory.current;
  const search = useSearch({ engine, limit: RESULT_LIMIT, initialQuery: start?.query, ...(keepLearned ? {} : { learning: null }) });
  // The answer expanded in place, with the page it belongs to: on another page it is none.
  const [expanded, setExpanded] = useState({ pageKey: start?.pageKey ?? pageKey, id: start?.expanded ?? null });
  const expandedHere = expanded.pageKey === pageKey ? expanded.id : null;
  // A search in the box, or an answer open, drawn again after the page replaced the panel:
  // they need the answers and the engine, though the person has not touched this frame yet.
  const wantsAnswers = engine === null && (search.searched !== '' || expandedHere !== null);
  useEffect(() => {
    if (wantsAnswers) needAnswers?.();
  }, [wantsAnswers, needAnswers]);
  const panelId = useId();
  const launcherRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Where focus goes after the next render that folds or opens the panel.
  const focusNext = useRef<'launcher' | 'search' | null>(start?.focus ?? null);
  // A new page re-mounts the panel's body (below), search box included: a person typing
  // there keeps the focus. (The first word from the content script can be such a change:
  // the route is unknown until then.) Read while the old box is still in the document.
  const shownPageKey = useRef(pageKey);
  if (shownPageKey.current !== pageKey) {
    shownPageKey.current = pageKey;
    const doc = searchRef.current?.ownerDocument;
    // (hasFocus: not when the person has since moved on to the page around the frame.)
    if (doc !== undefined && doc.hasFocus() && doc.activeElement === searchRef.current) focusNext.current = 'search';
  }

  const setCollapsed = (value: boolean) => {
    focusNext.current = value ? 'launcher' : 'search';
    setForceOpen(!value && !room);
    setWarningOpen(false);
    prefs.getState().update((p) => ({ collapsed: { ...p.collapsed, [context.kind]: value } }));
  };

  const ready = hydrated && learnedLoaded;

  // A warning opens a folded panel, once per warning, in this tab only (the person's fold
  // stays stored as it was), and folded again it stays folded for that warning. Which warning
  // was handled goes to the content script with the rest of the state to restore, so a
  // reload of the frame (the page removing it) does not make the same warning open it again. Where the page leaves no room (the panel would cover its controls, the warning's
  // own buttons among them) the launcher says there is help for the warning instead, and the
  // panel opens once there is room. Focus stays in the page.
  useEffect(() => {
    if (host !== 'page' || !ready || warning === null || memory.handled === warning || !room) return;
    memory.handled = warning;
    if (collapsedPref) setWarningOpen(true);
  }, [host, ready, warning, room, collapsedPref, memory]);
  // Focus moves as the new elements go in (a layout effect: in the same task), so no key
  // pressed meanwhile lands nowhere: typing begun in the first script's drawing, which this
  // render replaced (first-paint-handover.ts), carries on in this search box.
  useLayoutEffect(() => {
    if (!ready) return;
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'launcher') launcherRef.current?.focus();
    if (target === 'search') searchRef.current?.focus();
  }, [collapsed, ready, pageKey]);

  // (After the warning's effect above, which may just have noted the warning as handled.)
  useEffect(() => {
    onUiChange?.({ query: search.query, expanded: expandedHere, pageKey, forceOpen, warningOpen, warningHandled: memory.handled });
  }, [onUiChange, search.query, expandedHere, pageKey, forceOpen, warningOpen, warning, memory]);

  // The answers the open panel would show first, for the folded launcher to name.
  const launcherAnswers = useMemo(
    () => (collapsed ? pageSuggestions(page, entries, SUGGESTION_COUNT, [], screen) : []),
    [collapsed, page, entries, screen],
  );

  // Nothing is drawn until the stored state is known, so a folded panel never flashes open.
  if (!ready) return null;

  if (collapsed) {
    // What is inside, said before it is opened: how many answers, and the first one.
    const first = launcherAnswers[0]?.entry.title;
    const name = warning
      ? t('panel.launcherWarningLabel')
      : first
        ? plural('panel.launcherAnswersLabel', launcherAnswers.length, first)
        : t('panel.launcherLabel');
    const why = collapsedPref && !warningOpen ? t('panel.launcherFoldedTitle', pageKindLabel(context.kind)) : t('panel.launcherNoRoomTitle');
    return (
      <button
        ref={launcherRef}
        type="button"
        className={warning ? 'launcher launcher-warning' : 'launcher'}
        aria-expanded="false"
        aria-controls={panelId}
        aria-label={name}
        title={`${name}\n${why}`}
        onClick={() => setCollapsed(false)}
      >
        <span className="launcher-mark" aria-hidden="true">
          ?
        </span>
        <span>{warning ? t('panel.launcherWarning') : t('panel.launcherText')}</span>
      </button>
    );
  }

  return (
    <PanelBody
      // A new page of the app starts from its own suggestions (the typed search stays).
      key={pageKey}
      id={panelId}
      context={page}
      entries={entries}
      screenOf={screenOf}
      askScreen={askScreen}
      openInTab={openInTab}
      learned={learned}
      contact={contact}
      keepLearned={keepLearned}
      search={search}
      searchRef={searchRef}
      host={host}
      maxHeight={maxHeight}
      expanded={expandedHere}
      setExpanded={(id) => setExpanded({ pageKey, id })}
      onCollapse={host === 'page' ? () => setCollapsed(true) : undefined}
      onOpenSidePanel={onOpenSidePanel}
      side={side}
      onMove={
        host === 'page' && onMove
          ? (to) => {
              // Moved by the person to get it out of the way: it stays open there, room or not.
              setForceOpen(true);
              onMove(to);
            }
          : undefined
      }
    />
  );
}

