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

import type { PageCues } from './detect';

/** Each cue is at most this long: a message's first sentences say what it is about. */
export const MAX_CUE_CHARS = 200;
/** At most this many alerts and this many notices: a page showing more is mostly noise. */
export const MAX_MESSAGES = 3;

// Which elements are cues. Browsers answer a query for one class or one tag name from an
// index, and walk the whole document for anything else (an attribute, a list of selectors):
// on a page of 10,000 nodes a walk costs about as much as the rest of a reading. So each
// class is its own query, and one walk collects every element with a `role`.

/** Messages that interrupt (errors and warnings): they may open a folded panel. */
const ALERT_ROLES = new Set(['alert']);
/** The alert boxes of common UI kits (the control panel is built with one of them). */
const ALERT_CLASSES = ['alert-danger', 'alert-error', 'alert-warning', 'is-danger', 'is-warning', 'warning', 'error', 'danger'];
/** Messages that inform: shown to the panel, never a reason to open it. */
const NOTICE_ROLES = new Set(['status']);
const NOTICE_CLASSES = ['alert', 'notification', 'notice', 'callout', 'banner'];
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
const DIALOG_SELECTOR = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const TAB_SELECTOR = '[role="tab"][aria-selected="true"], a[aria-selected="true"], button[aria-selected="true"]';
const HEADING_TAGS = ['h1', 'h2', 'h3'];

/** `lists` merged into one list in document order, each element once. */
function inDocumentOrder(...lists: Iterable<Element>[]): Element[] {
  const all = [...new Set(lists.flatMap((list) => [...list]))];
  return all.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * Controls a person operates: a `.is-danger` button ("Delete server") or an error-styled
 * field is not a message, and neither is anything inside one.
 */
const CONTROL_SELECTOR = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="option"], [role="row"], [role="gridcell"]';

function byClass(doc: Document, classes: readonly string[]): Element[] {
  return classes.flatMap((name) => [...doc.getElementsByClassName(name)]).filter((el) => !el.closest(CONTROL_SELECTOR));
}

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
 * word there).
 */
function visibleText(element: Element, max: number = MAX_CUE_CHARS): string {
  let text = '';
  const walk = (node: Node) => {
    if (text.length > max * 2) return;
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

/** Distinct non-empty texts of the shown `elements` (in document order), outermost first. */
function messages(elements: readonly Element[], skip: (el: Element) => boolean, limit: number): string[] {
  const out: string[] = [];
  const taken: Element[] = [];
  for (const el of elements) {
    if (out.length >= limit) break;
    // An alert inside an alert box is the same message once.
    if (taken.some((t) => t.contains(el)) || skip(el) || !isShown(el)) continue;
    const text = visibleText(el);
    if (text.length < 2 || out.includes(text)) continue;
    taken.push(el);
    out.push(text);
  }
  return out;
}

/** An open dialog's title: what labels it, else its first heading. */
function dialogTitle(doc: Document, candidates: readonly Element[], skip: (el: Element) => boolean): string | undefined {
  const dialogs = candidates.filter((d) => !skip(d) && isShown(d));
  // The last in the document: apps append the dialog opened last, which is on top.
  const dialog = dialogs.at(-1);
  if (!dialog) return undefined;
  const labelIds = dialog.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
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
 */
function headingInView(doc: Document, headings: readonly Element[], skip: (el: Element) => boolean): string | undefined {
  const line = (doc.defaultView?.innerHeight ?? 0) / 3;
  let best: Element | undefined;
  for (const h of headings) {
    if (skip(h) || h.closest(DIALOG_SELECTOR) || !isShown(h)) continue;
    if (!best) best = h;
    if (h.getBoundingClientRect().top <= line) best = h;
    else break;
  }
  const text = best ? visibleText(best, 120) : '';
  return text || undefined;
}

/**
 * The cues on `doc` now. `skip` leaves out elements that are not the page's own (the
 * extension's host). Empty fields are left out, so two readings compare as JSON.
 */
export function readCues(doc: Document, skip: (el: Element) => boolean = () => false): PageCues {
  const cues: PageCues = {};
  const withRole = [...doc.querySelectorAll('[role]')];
  const role = (roles: ReadonlySet<string>) => withRole.filter((el) => roles.has(el.getAttribute('role') ?? ''));
  const found = {
    alert: inDocumentOrder(role(ALERT_ROLES), byClass(doc, ALERT_CLASSES)),
    notice: inDocumentOrder(role(NOTICE_ROLES), byClass(doc, NOTICE_CLASSES)),
    dialog: inDocumentOrder(role(DIALOG_ROLES), doc.querySelectorAll('dialog[open]'), doc.querySelectorAll('[aria-modal="true"]')),
    heading: inDocumentOrder(...HEADING_TAGS.map((tag) => doc.getElementsByTagName(tag))),
  };
  const alerts = messages(found.alert, skip, MAX_MESSAGES);
  // A notice that is also an alert (a `.alert.alert-warning` box) counts once, as the alert.
  const notices = messages(found.notice, skip, MAX_MESSAGES + alerts.length).filter((n) => !alerts.includes(n)).slice(0, MAX_MESSAGES);
  const dialog = dialogTitle(doc, found.dialog, skip);
  const heading = headingInView(doc, found.heading, skip);
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
