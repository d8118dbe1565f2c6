// What the screen shows besides its address: the few things on an EMS page that say what the
// person is dealing with right now. The content script reads them on ems.element.io only,
// keeps them in memory, and hands them to the panel as plain strings; nothing here is stored
// or sent anywhere else.
//
// Read:  the visible text of alerts and warnings (role="alert"/"status", and the control
//        panel's alert boxes), the title of an open dialog, and the heading of the section
//        in view (and, for the route only, the selected tab's label).
// Never: what is typed into the page's fields (no input, textarea, select or editable
//        element is read), anything hidden, or more than a few short strings.

import { AttributeQueries } from './attribute-queries';
import type { PageCues } from './detect';

/** Each cue is at most this long: a message's first sentences say what it is about. */
export const MAX_CUE_CHARS = 200;
/** At most this many alerts and this many notices: a page showing more is mostly noise. */
export const MAX_MESSAGES = 3;

// Which elements are cues. Reading must cost the page about a millisecond whatever its size
// (an audit log of 5,000 rows with a status badge each, 20,000 hidden alert boxes). So each
// source of candidates is a query the browser answers cheaply and already in document
// order: a class or tag name from its index (a live collection, read only as far as it is
// needed), one exact attribute value otherwise (a list of selectors, or `[role]`, costs the
// browser several times more; and as any attribute's is answered by looking at every element,
// those lists are kept between readings: attribute-queries.ts). Of each source at most MAX_EXAMINED elements are looked at,
// and only until the few messages kept are found; only those few are put in document order.
// A message past that many candidates of its kind is not read: a page that shows more is
// mostly noise, and the first ones are what the person sees first.

/** At most this many candidates of each source are looked at per reading. */
export const MAX_EXAMINED = 24;
/** At most this many nodes of one element are walked for its text. */
const MAX_TEXT_NODES = 400;

type Source = ArrayLike<Element>;
const byClass = (doc: Document, names: readonly string[]): Source[] => names.map((name) => doc.getElementsByClassName(name));

/** Messages that interrupt (errors and warnings): they may open a folded panel. The control panel's alert boxes come from a UI kit. */
const alertSources = (doc: Document, queries: AttributeQueries): Source[] => [
  queries.all('[role="alert"]'),
  ...byClass(doc, ['alert-danger', 'alert-error', 'alert-warning', 'is-danger', 'is-warning', 'warning', 'error', 'danger']),
];
/** Messages that inform: shown to the panel, never a reason to open it. */
const noticeSources = (doc: Document, queries: AttributeQueries): Source[] => [
  queries.all('[role="status"]'),
  ...byClass(doc, ['alert', 'notification', 'notice', 'callout', 'banner']),
];
const dialogSources = (doc: Document, queries: AttributeQueries): Source[] => [
  doc.getElementsByTagName('dialog'), // open ones only: see isOpenDialog
  queries.all('[role="dialog"]'),
  queries.all('[role="alertdialog"]'),
  queries.all('[aria-modal="true"]'),
];
const DIALOG_SELECTOR = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const TAB_SELECTOR = '[role="tab"][aria-selected="true"], a[aria-selected="true"], button[aria-selected="true"]';
const HEADING_TAGS = ['h1', 'h2', 'h3'];

/** Whether `a` comes before `b` in the document. */
const before = (a: Node, b: Node) => a !== b && (a.compareDocumentPosition(b) & 4) !== 0;

/**
 * Controls a person operates: a `.is-danger` button ("Delete server") or an error-styled
 * field is not a message, and neither is anything inside one.
 */
const CONTROL_SELECTOR = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="option"], [role="row"], [role="gridcell"]';

/** Elements whose text is the person's own (typed or chosen), or not text at all. */
const UNREAD = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * Shown to a person: not hidden by attribute or an ancestor's, nor by style (checkVisibility
 * looks at the ancestors' styles too; without it — older browsers, jsdom — the element's own).
 */
function isShown(element: Element): boolean {
  return !element.closest('[hidden], [aria-hidden="true"], [inert]') && shownItself(element);
}

/** Not hidden by its own style (`display: none`, `visibility: hidden`, `opacity: 0`). */
function shownItself(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(element, { visibilityProperty: true, opacityProperty: true });
  const view = element.ownerDocument.defaultView ?? (typeof window === 'undefined' ? null : window);
  const style = view?.getComputedStyle(element);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/**
 * The text a person reads in `element`: its text nodes, without form fields, editable
 * regions, scripts or hidden parts, whitespace collapsed, cut at MAX_CUE_CHARS (and at a
 * word there). At most MAX_TEXT_NODES nodes are walked: a message's text comes first.
 */
function visibleText(element: Element, max: number = MAX_CUE_CHARS): string {
  let text = '';
  let budget = MAX_TEXT_NODES;
  const walk = (node: Node) => {
    if (text.length > max * 2 || budget-- <= 0) return;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (UNREAD.has(el.tagName.toUpperCase()) || (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') !== null) return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || !shownItself(el)) return;
    // A block boundary is a word boundary: "Error<p>Retry" is two words.
    text += ' ';
    for (const child of el.childNodes) walk(child);
    text += ' ';
  };
  walk(element);
  return clip(text.replace(/\s+/g, ' ').trim(), max);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * Distinct non-empty texts of the shown candidates, in document order and outermost first,
 * up to `limit`. Controls (a `.is-danger` button) and anything inside one are not messages.
 */
function messages(sources: readonly Source[], skip: (el: Element) => boolean, limit: number, read: Map<Element, string | null>): string[] {
  // Each source's first few readable elements (it is in document order already)...
  const found = new Map<Element, string>();
  for (const source of sources) {
    let kept = 0;
    for (let i = 0; i < MAX_EXAMINED && kept < limit; i++) {
      const el = source[i];
      if (!el) break;
      if (found.has(el) || !el.isConnected) continue;
      // An element in several sources (`.alert.alert-warning[role=alert]`) is looked at once per reading.
      let text = read.get(el);
      if (text === undefined) {
        text = skip(el) || el.closest(CONTROL_SELECTOR) || !isShown(el) ? null : visibleText(el);
        read.set(el, text);
      }
      if (text === null || text.length < 2) continue;
      found.set(el, text);
      kept += 1;
    }
  }
  // ...then only those few put in document order: an alert inside an alert box comes after
  // it, and is the same message once.
  const ordered = [...found.keys()].sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1));
  const out: string[] = [];
  const taken: Element[] = [];
  for (const el of ordered) {
    const text = found.get(el)!;
    if (out.length >= limit) break;
    if (taken.some((t) => t.contains(el)) || out.includes(text)) continue;
    taken.push(el);
    out.push(text);
  }
  return out;
}

const isOpenDialog = (el: Element) => el.tagName.toUpperCase() !== 'DIALOG' || el.hasAttribute('open') || el.getAttribute('role') !== null || el.getAttribute('aria-modal') === 'true';

/** An open dialog's title: what labels it, else its first heading. */
function dialogTitle(doc: Document, skip: (el: Element) => boolean, queries: AttributeQueries): string | undefined {
  // The last shown in the document: apps append the dialog opened last, which is on top.
  let dialog: Element | undefined;
  for (const source of dialogSources(doc, queries)) {
    for (let i = source.length - 1; i >= 0 && i >= source.length - MAX_EXAMINED; i--) {
      const d = source[i]!;
      if (!d.isConnected || !isOpenDialog(d) || skip(d) || !isShown(d)) continue;
      if (!dialog || before(dialog, d)) dialog = d;
      break;
    }
  }
  if (!dialog) return undefined;
  const labelIds = dialog.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean).slice(0, 4) ?? [];
  const labelled = labelIds.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const title =
    clip(labelled.map((el) => visibleText(el)).join(' ').trim(), MAX_CUE_CHARS) ||
    clip((dialog.getAttribute('aria-label') ?? '').trim(), MAX_CUE_CHARS) ||
    visibleText(dialog.querySelector('h1, h2, h3, h4, [role="heading"]') ?? doc.createElement('span'));
  return title || undefined;
}

/**
 * The selected tab's label, where the app marks one: only for working out the route (it is
 * not a cue the panel gets). A tab, or a link or button marked selected (tabs drawn without
 * `role="tab"`); never a selected row, option or cell, whose text is the person's data.
 */
export function selectedTab(doc: Document): string | undefined {
  const selected = doc.querySelector(TAB_SELECTOR);
  // No visibility check: it says which route this is, and a tab drawn but not yet laid out
  // (or a bar collapsed on a narrow screen) is still the route the page shows.
  const label = selected ? visibleText(selected, 60) : '';
  return label || undefined;
}

/**
 * The heading of the section in view: the last heading that starts above the top third of
 * the window (the one whose section the person is reading), else the first one shown.
 * Each tag's headings come in document order, so from top to bottom: a binary search finds
 * the last one above the line in a few measurements, however long the page; from there at
 * most MAX_EXAMINED are looked at for one that is shown.
 */
function headingInView(doc: Document, skip: (el: Element) => boolean): string | undefined {
  const line = (doc.defaultView?.innerHeight ?? 0) / 3;
  const usable = (h: Element) => !skip(h) && !h.closest(DIALOG_SELECTOR) && isShown(h);
  let above: Element | undefined; // the last usable heading above the line, of any tag
  let first: Element | undefined; // the first usable heading, of any tag
  for (const tag of HEADING_TAGS) {
    const headings = doc.getElementsByTagName(tag);
    let low = 0;
    let high = headings.length; // the first heading below the line is in [low, high]
    while (low < high) {
      const middle = (low + high) >> 1;
      if (headings[middle]!.getBoundingClientRect().top <= line) low = middle + 1;
      else high = middle;
    }
    for (let i = low - 1; i >= 0 && i >= low - MAX_EXAMINED; i--) {
      if (!usable(headings[i]!)) continue;
      if (!above || before(above, headings[i]!)) above = headings[i];
      break;
    }
    for (let i = 0; i < headings.length && i < MAX_EXAMINED; i++) {
      if (!usable(headings[i]!)) continue;
      if (!first || before(headings[i]!, first)) first = headings[i];
      break;
    }
  }
  const best = above ?? first;
  const text = best ? visibleText(best, 120) : '';
  return text || undefined;
}

/**
 * The cues on `doc` now. `skip` leaves out elements that are not the page's own (the
 * extension's host). `queries` carries the attribute lists over from the last reading (a
 * watch keeps one: attribute-queries.ts); without it they are looked up afresh. Empty fields
 * are left out, so two readings compare as JSON.
 */
export function readCues(doc: Document, skip: (el: Element) => boolean = () => false, queries: AttributeQueries = new AttributeQueries(doc)): PageCues {
  const cues: PageCues = {};
  const read = new Map<Element, string | null>();
  const alerts = messages(alertSources(doc, queries), skip, MAX_MESSAGES, read);
  // A notice that is also an alert (a `.alert.alert-warning` box) counts once, as the alert.
  const notices = messages(noticeSources(doc, queries), skip, MAX_MESSAGES + alerts.length, read)
    .filter((n) => !alerts.includes(n))
    .slice(0, MAX_MESSAGES);
  const dialog = dialogTitle(doc, skip, queries);
  const heading = headingInView(doc, skip);
  if (alerts.length > 0) cues.alerts = alerts;
  if (notices.length > 0) cues.notices = notices;
  if (dialog) cues.dialog = dialog;
  if (heading) cues.heading = heading;
  return cues;
}

/** Whether two readings say the same. */
export function sameCues(a: PageCues | undefined, b: PageCues | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}
