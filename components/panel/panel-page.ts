// What the panel page's two hosts (InPagePanel.tsx, SidePanel.tsx) and PanelApp.tsx share:
// the app's props and the one way to message the content script.

import type { Browser } from 'wxt/browser';
import type { FaqEntry } from '@/lib/corpus';
import type { HostToPanel, PanelToHost } from '@/lib/messages';
import type { SearchEngine } from '@/lib/search';
import type { LearnedStore } from '@/lib/state/learned';
import type { ManagedPolicyStore } from '@/lib/state/managed-store';
import type { PanelPrefsStore } from '@/lib/state/panel-prefs';
import type { SettingsStore } from '@/lib/state/settings';
import type { AskScreen, LocalScreen } from './screen-answers';

/** Where the user is, as the content script last said (without the one-off parts). */
export type HostState = Omit<HostToPanel, 'restore' | 'request'>;

/**
 * How panel.html was opened: `?in=page` in the EMS page (with where the user is, so the
 * first paint needs no round trip; `wait=1`: wait for the port, a state is to be restored),
 * else the side panel (`?tab=<id>` pins one tab).
 */
export type PanelHost = { in: 'page'; initial: HostState | null } | { in: 'side'; tabId?: number };

export interface PanelAppProps {
  host: PanelHost;
  /**
   * The entries to list before `loadAnswers` has given the full ones: the catalogue, whose
   * answers are empty (lib/corpus/catalogue.ts), or the full entries where they are at hand.
   */
  entries: readonly FaqEntry[];
  /** Loads the answers and builds the search engine; called once, when the person starts using the panel. */
  loadAnswers: () => Promise<LoadedAnswers>;
  /** Until then, the engine's answers to what the screen shows come from here (the background). */
  askScreen?: AskScreen;
  prefs: PanelPrefsStore;
  learned: LearnedStore;
  settings: SettingsStore;
  /** The organisation's policy, merged into the settings; none: no policy. */
  managed?: ManagedPolicyStore;
  openInTab: (id: string, active: boolean) => void;
}

/** The full entries (same ids, same order as the catalogue) and the engine over them. */
export interface LoadedAnswers {
  entries: readonly FaqEntry[];
  engine: SearchEngine;
  /** That engine's answers to what a screen shows (lib/suggest/screen-answers.ts). */
  screen: LocalScreen;
}

export type WithEngine = {
  engine: SearchEngine | null;
  screenOf: LocalScreen | null;
  /** Load the answers and the engine now (a search is in the box), not at the next interaction. */
  needAnswers?: () => void;
};

export type Port = Browser.runtime.Port;

/** Sends a message to the content script, ignoring a port that has just closed. */
export function send(port: Port | null, message: PanelToHost) {
  try {
    port?.postMessage(message);
  } catch {
    // The page went away; a new frame will connect.
  }
}

