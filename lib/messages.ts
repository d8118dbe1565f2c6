// The one message protocol of the extension: every message any part sends to another is
// declared here, and every receiver checks what arrives with the parser for its channel
// before acting on it. Parsers never throw, read own properties only (a message can carry
// `__proto__`, getters or a `toString: null`), bound every string and number, and return
// a fresh plain object, so nothing of the sender's object survives the boundary.
//
// Channels:
//   panel page ─runtime.sendMessage─▶ background              BackgroundMessage
//   background ─tabs.sendMessage────▶ content script (EMS tab) ContentMessage
//   panel page ─tabs.connect port───▶ content script           PanelToHost / HostToPanel
//   (Firefox gives a panel page framed in a web page no `tabs` API: there it opens a
//   runtime port to the background, which opens the port to the content script for it
//   and passes the messages through unchanged; both ends still parse them.)
//
// No message ever goes through window.postMessage: the EMS page must not read or forge any.
// This module is bundled into the content script, so it stays free of heavy imports.

import { MAX_MESSAGES, MAX_CUE_CHARS } from './page/cues';
import { PAGE_KINDS, type PageContext, type PageCues, type PageKind } from './page/detect';

/** The longest search text any surface keeps (the popup's recent searches use the same). */
export const MAX_QUERY_CHARS = 200;
export const MAX_ID_CHARS = 200;
/**
 * The longest `#/…` route a message carries. The content script cuts a longer one at a `/`
 * (boundedRoute); a panel given a longer one anyway drops the route, not the message.
 */
export const MAX_ROUTE_CHARS = 100;
/** Frame sizes are CSS pixels; nothing on a screen is larger (the content script clamps to it). */
export const MAX_FRAME_PX = 4000;

/**
 * `route` within MAX_ROUTE_CHARS: a deep link with a Matrix ID can be longer. Cut at the
 * last `/` that fits, so what is left is the route's leading, meaningful part (the screen).
 */
export function boundedRoute(route: string | null): string | null {
  if (route === null || route.length <= MAX_ROUTE_CHARS) return route;
  const cut = route.slice(0, MAX_ROUTE_CHARS);
  const slash = cut.lastIndexOf('/');
  return slash >= 2 ? cut.slice(0, slash) : null;
}

/** The name of the port a panel page opens to the content script of its tab. */
export const PANEL_PORT = 'ems-help-panel';
/** The runtime port a framed panel page without the `tabs` API (Firefox) opens to the background. */
export const PANEL_RELAY_PORT = `${PANEL_PORT}:relay`;
/**
 * The name of the port the background opens to a content script for a framed panel page:
 * this prefix, then the panel page's own address as the browser reported it to the
 * background (the content script checks it as it checks a direct port's sender.url).
 */
export const PANEL_RELAYED_PREFIX = `${PANEL_PORT}:page-via-background `;
const PANEL_PAGE_URL = /^(chrome|moz)-extension:\/\/[^/]+\/panel\.html\?in=page&/;
/** Whether `url` is a panel page's address in an EMS page's frame. */
export const isInPagePanelUrl = (url: unknown): url is string => typeof url === 'string' && url.length <= 1000 && PANEL_PAGE_URL.test(url);

// ── panel page → background ────────────────────────────────────────────────────────────

/** Open an answer in a new tab next to the sender's tab; `active: false` is a background tab. */
export interface OpenAnswerMessage {
  type: 'open-answer';
  id: string;
  active: boolean;
}
/** Open the settings page (from a framed panel page that may lack `runtime.openOptionsPage`). */
export interface OpenSettingsMessage {
  type: 'open-settings';
}
/**
 * The answers the background's search engine finds for what the page's screen shows (its
 * warnings, dialog, section in view) and for the site's guide page being read: the panel
 * page builds no engine of its own until the person searches. The page's own words only;
 * never what the person typed.
 */
export interface ScreenAnswersMessage {
  type: 'screen-answers';
  context: PageContext;
}
export type BackgroundMessage = OpenAnswerMessage | OpenSettingsMessage | ScreenAnswersMessage;

/** An answer pinned for a cue (lib/suggest/cues.ts), by id. */
export interface PinReply {
  id: string;
  cue: 'alert' | 'notice' | 'dialog' | 'heading';
  text: string;
}
/** The background's reply to ScreenAnswersMessage: pins for the cues, then answers for the guide page. */
export interface ScreenAnswersReply {
  ok: true;
  pins: PinReply[];
  guide: string[];
}
/** At most this many ids in a reply (pins: 2, guide answers: 2). */
const MAX_REPLY_IDS = 10;
const CUE_KINDS: ReadonlyArray<PinReply['cue']> = ['alert', 'notice', 'dialog', 'heading'];

// ── background → content script ────────────────────────────────────────────────────────

export type ContentMessage =
  /** The keyboard command: show or hide the in-page panel. */
  | { type: 'toggle-panel' }
  /** The context menu: show the panel searching for `query`. */
  | { type: 'search-panel'; query: string };

// ── panel page ⇄ content script (a port per panel page) ───────────────────────────────

/** What the panel keeps across a re-mount of its frame (the page removed it, or re-rendered). */
export interface PanelUiState {
  query: string;
  /** The answer expanded in place, and the page (kind + route) it was expanded on. */
  expanded: string | null;
  pageKey: string;
  /** Opened by the user although the page leaves no room beside its content. */
  forceOpen: boolean;
  /** Opened for a warning on the screen, in this tab only (not the person's stored fold). */
  warningOpen?: boolean;
  /** The answer of the warning that has opened the panel already (it opens it once). */
  warningHandled?: string | null;
}

/** Something asked of the panel from outside it. */
export type PanelRequest = { kind: 'toggle' } | { kind: 'search'; query: string };

export type HostToPanel = {
  type: 'context';
  context: PageContext;
  /** Whether the page leaves room for the open panel beside its controls. */
  room: boolean;
  /** The tallest the open panel may be, in CSS pixels (left out when malformed: the panel's own default applies). */
  maxHeight?: number;
  /** The edge of the window the in-page panel is on now (the setting, or where the person moved it). */
  side?: PanelSide;
  /** The state to start from after a re-mount (sent with the first context only). */
  restore?: PanelUiState;
  request?: PanelRequest;
};

export type PanelToHost =
  /** The size the panel needs: its frame is made exactly this big, so it covers nothing more. */
  | { type: 'size'; shape: 'launcher' | 'panel'; width: number; height: number }
  | { type: 'ui'; state: PanelUiState }
  /** The person moved the open panel to the other edge, out of the way of the page's controls (this tab only). */
  | { type: 'move'; side: PanelSide };

export type PanelSide = 'left' | 'right';

// ── parsing ────────────────────────────────────────────────────────────────────────────

type Fields = Record<string, unknown>;

/** A plain object's own data properties, or null: no getters run, no prototype is read. */
function fields(value: unknown): Fields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Fields = Object.create(null) as Fields;
  let descriptors: PropertyDescriptorMap;
  try {
    descriptors = Object.getOwnPropertyDescriptors(value);
  } catch {
    return null; // a revoked proxy, or an exotic object that throws
  }
  for (const key of Object.keys(descriptors)) {
    const d = descriptors[key];
    if (d && Object.hasOwn(d, 'value')) out[key] = d.value;
  }
  return out;
}

const field = (f: Fields, key: string): unknown => (Object.hasOwn(f, key) ? f[key] : undefined);

function boundedString(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

function isPageKind(value: unknown): value is PageKind {
  return typeof value === 'string' && (PAGE_KINDS as readonly string[]).includes(value);
}

/** A list of at most MAX_MESSAGES bounded strings, or null. */
function boundedStrings(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_MESSAGES) return null;
  const out: string[] = [];
  for (const item of value) {
    const text = boundedString(item, MAX_CUE_CHARS);
    if (text === null) return null;
    out.push(text);
  }
  return out;
}

/** What the screen shows, as plain bounded strings (lib/page/cues.ts); null when malformed. */
function parseCues(value: unknown): PageCues | null {
  const f = fields(value);
  if (!f) return null;
  const cues: PageCues = {};
  for (const key of ['alerts', 'notices'] as const) {
    if (field(f, key) === undefined) continue;
    const list = boundedStrings(field(f, key));
    if (list === null) return null;
    cues[key] = list;
  }
  for (const key of ['dialog', 'tab', 'heading'] as const) {
    if (field(f, key) === undefined) continue;
    const text = boundedString(field(f, key), MAX_CUE_CHARS);
    if (text === null) return null;
    cues[key] = text;
  }
  return cues;
}

function parseContext(value: unknown): PageContext | null {
  const f = fields(value);
  if (!f) return null;
  const kind = field(f, 'kind');
  const route = field(f, 'route');
  if (!isPageKind(kind)) return null;
  // Cues that do not parse are left out, never the whole context: the panel must keep
  // following the page whatever the page's screen says.
  const rawCues = field(f, 'cues');
  const cues = rawCues === undefined ? null : parseCues(rawCues);
  // The site's own guide page being read (`/guides/saml2-google` → "saml2 google").
  const guide = boundedString(field(f, 'guide'), MAX_ROUTE_CHARS);
  const withCues = { ...(guide ? { guide } : {}), ...(cues ? { cues } : {}) };
  // A route that is too long or not a route is left out, never the context.
  const r = boundedString(route, MAX_ROUTE_CHARS);
  return { kind, route: r !== null && r.startsWith('#/') ? r : null, ...withCues };
}

function parseUiState(value: unknown): PanelUiState | null {
  const f = fields(value);
  if (!f) return null;
  const query = boundedString(field(f, 'query'), MAX_QUERY_CHARS);
  const expandedRaw = field(f, 'expanded');
  const expanded = expandedRaw === null ? null : boundedString(expandedRaw, MAX_ID_CHARS);
  const pageKey = boundedString(field(f, 'pageKey'), MAX_ROUTE_CHARS + 20);
  const forceOpen = field(f, 'forceOpen');
  if (query === null || (expandedRaw !== null && expanded === null) || pageKey === null || typeof forceOpen !== 'boolean') return null;
  // Added later, so optional; a bad value is left out, never the whole state.
  const warningOpen = field(f, 'warningOpen');
  const handledRaw = field(f, 'warningHandled');
  const warningHandled = handledRaw === null ? null : boundedString(handledRaw, MAX_ID_CHARS);
  return {
    query,
    expanded,
    pageKey,
    forceOpen,
    ...(typeof warningOpen === 'boolean' ? { warningOpen } : {}),
    ...(handledRaw === null || warningHandled !== null ? { warningHandled } : {}),
  };
}

function parseRequest(value: unknown): PanelRequest | null {
  const f = fields(value);
  if (!f) return null;
  const kind = field(f, 'kind');
  if (kind === 'toggle') return { kind };
  const query = boundedString(field(f, 'query'), MAX_QUERY_CHARS);
  return kind === 'search' && query !== null ? { kind, query } : null;
}

function pixels(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_FRAME_PX ? Math.ceil(value) : null;
}

/**
 * A message for the background, or null. `knownId` is the corpus: an answer that does not
 * exist is never opened.
 */
export function parseBackgroundMessage(value: unknown, knownId: (id: string) => boolean): BackgroundMessage | null {
  const f = fields(value);
  if (f && field(f, 'type') === 'open-settings') return { type: 'open-settings' };
  if (f && field(f, 'type') === 'screen-answers') {
    const context = parseContext(field(f, 'context'));
    return context ? { type: 'screen-answers', context } : null;
  }
  if (!f || field(f, 'type') !== 'open-answer') return null;
  const id = boundedString(field(f, 'id'), MAX_ID_CHARS);
  const active = field(f, 'active');
  if (id === null || typeof active !== 'boolean' || !knownId(id)) return null;
  return { type: 'open-answer', id, active };
}

export function parseContentMessage(value: unknown): ContentMessage | null {
  const f = fields(value);
  if (!f) return null;
  const type = field(f, 'type');
  if (type === 'toggle-panel') return { type };
  const query = boundedString(field(f, 'query'), MAX_QUERY_CHARS);
  return type === 'search-panel' && query !== null && query.trim() !== '' ? { type, query } : null;
}

/**
 * A message for the panel, or null when it is none (not an object, not a context). One bad
 * field drops that field only: the panel keeps following the page, and a request from the
 * keyboard or the context menu (which the background was already told is handled) is always
 * delivered. A context it cannot read is "some other page"; a room it cannot read, none.
 */
export function parseHostToPanel(value: unknown): HostToPanel | null {
  const f = fields(value);
  if (!f || field(f, 'type') !== 'context') return null;
  const context = parseContext(field(f, 'context')) ?? { kind: 'other', route: null };
  const room = field(f, 'room') === true;
  const message: HostToPanel = { type: 'context', context, room };
  const rawHeight = field(f, 'maxHeight');
  // A taller screen than any (a tall one zoomed out) is clamped: it is still a height.
  if (typeof rawHeight === 'number' && Number.isFinite(rawHeight) && rawHeight > 0) message.maxHeight = Math.ceil(Math.min(rawHeight, MAX_FRAME_PX));
  // Optional: a bad side is left out, never the whole message.
  const side = field(f, 'side');
  if (side === 'left' || side === 'right') message.side = side;
  const restore = field(f, 'restore') === undefined ? null : parseUiState(field(f, 'restore'));
  const request = field(f, 'request') === undefined ? null : parseRequest(field(f, 'request'));
  if (restore) message.restore = restore;
  if (request) message.request = request;
  return message;
}

export function parsePanelToHost(value: unknown): PanelToHost | null {
  const f = fields(value);
  if (!f) return null;
  const type = field(f, 'type');
  if (type === 'ui') {
    const state = parseUiState(field(f, 'state'));
    return state ? { type, state } : null;
  }
  if (type === 'move') {
    const side = field(f, 'side');
    return side === 'left' || side === 'right' ? { type, side } : null;
  }
  if (type !== 'size') return null;
  const shape = field(f, 'shape');
  const width = pixels(field(f, 'width'));
  const height = pixels(field(f, 'height'));
  if ((shape !== 'launcher' && shape !== 'panel') || width === null || height === null) return null;
  return { type, shape, width, height };
}

/** Only this extension's own pages and scripts may talk to its parts. */
export function fromThisExtension(sender: { id?: string } | undefined, ownId: string | undefined): boolean {
  return !!ownId && !!sender && typeof sender.id === 'string' && sender.id === ownId;
}

/** The background's ScreenAnswersReply, checked: only answers `knownId` knows; null when malformed. */
export function parseScreenAnswersReply(value: unknown, knownId: (id: string) => boolean): ScreenAnswersReply | null {
  const f = fields(value);
  if (!f || field(f, 'ok') !== true) return null;
  const rawPins = field(f, 'pins');
  const rawGuide = field(f, 'guide');
  if (!Array.isArray(rawPins) || !Array.isArray(rawGuide) || rawPins.length > MAX_REPLY_IDS || rawGuide.length > MAX_REPLY_IDS) return null;
  const pins: PinReply[] = [];
  for (const raw of rawPins) {
    const p = fields(raw);
    const id = p ? boundedString(field(p, 'id'), MAX_ID_CHARS) : null;
    const cue = p ? field(p, 'cue') : undefined;
    const text = p ? boundedString(field(p, 'text'), MAX_CUE_CHARS) : null;
    if (id === null || !knownId(id) || text === null || !CUE_KINDS.includes(cue as PinReply['cue'])) return null;
    pins.push({ id, cue: cue as PinReply['cue'], text });
  }
  const guide: string[] = [];
  for (const raw of rawGuide) {
    const id = boundedString(raw, MAX_ID_CHARS);
    if (id === null || !knownId(id)) return null;
    guide.push(id);
  }
  return { ok: true, pins, guide };
}
