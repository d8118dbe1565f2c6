// The in-page panel's first state (first-paint-state.ts) as plain DOM, drawn by the panel
// page's first script before React has arrived: element for element what React's first
// render is (InPagePanel's frame-root; Panel.tsx's launcher, or PanelBody.tsx with
// PanelHeader.tsx and one EntryDisclosure.tsx per answer), so that when React replaces it
// (createRoot empties its container at its first commit) nothing moves.
// tests/unit/first-paint.test.tsx holds the two to the same markup. Text goes in through
// textContent only: no markup is ever parsed from a string.

import { plural, t } from '@/lib/i18n';
import { SUGGESTION_COUNT } from '@/lib/suggest/list';
import type { FirstRow } from '@/lib/suggest/first-suggestions';
import type { FirstState } from './first-paint-state';

const SVG = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string>;

function el(doc: Document, tag: string, attributes: Attributes = {}, ...children: Array<Node | string>): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function svg(doc: Document, attributes: Attributes, shapes: Array<[string, Attributes]>): Element {
  const node = doc.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const [tag, shape] of shapes) {
    const child = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(shape)) child.setAttribute(name, value);
    node.append(child);
  }
  return node;
}

const ICON = { width: '16', height: '16', viewBox: '0 0 16 16', 'aria-hidden': 'true' };
const ROUND = { fill: 'none', stroke: 'currentColor', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

function iconButton(doc: Document, label: string, icon: Element, extra: Attributes = {}, title: string = label): HTMLElement {
  return el(doc, 'button', { type: 'button', class: 'icon-button', 'aria-label': label, ...extra, title }, icon);
}

/** PanelHeader.tsx, with the actions InPagePanel gives it. */
function header(doc: Document, state: FirstState, id: string): HTMLElement {
  const other = state.side === 'left' ? 'right' : 'left';
  const moveLabel = other === 'left' ? t('panel.moveLeft') : t('panel.moveRight');
  const settings = t('common.settings');
  const actions = el(
    doc,
    'div',
    { class: 'panel-actions' },
    iconButton(doc, settings, svg(doc, ICON, [
      ['circle', { cx: '8', cy: '8', r: '2.25', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }],
      ['path', {
        d: 'M8 1.75v1.5M8 12.75v1.5M1.75 8h1.5M12.75 8h1.5M3.6 3.6l1.06 1.06M11.34 11.34l1.06 1.06M3.6 12.4l1.06-1.06M11.34 4.66l1.06-1.06',
        stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linecap': 'round',
      }],
    ])),
    iconButton(doc, moveLabel, svg(doc, ICON, [
      ['path', { d: other === 'left' ? 'M2.5 3v10M14 8H5.5M9 4.5 5.5 8 9 11.5' : 'M13.5 3v10M2 8h8.5M7 4.5l3.5 3.5L7 11.5', ...ROUND, 'stroke-width': '1.6' }],
    ])),
  );
  if (state.sidePanel) {
    actions.append(iconButton(doc, t('common.openSidePanel'), svg(doc, ICON, [
      ['rect', { x: '2', y: '2.5', width: '12', height: '11', rx: '2', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }],
      ['path', { d: 'M10 3v10', stroke: 'currentColor', 'stroke-width': '1.5' }],
    ])));
  }
  actions.append(iconButton(
    doc,
    t('panel.hide'),
    svg(doc, ICON, [['path', { d: 'M3 8h10', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' }]]),
    { 'aria-expanded': 'true', 'aria-controls': id },
    t('panel.hideTitle'),
  ));
  const title = el(
    doc,
    'div',
    { class: 'panel-title' },
    el(doc, 'span', { class: 'panel-mark', 'aria-hidden': 'true' }, '?'),
    el(doc, 'div', { class: 'panel-title-text' }, el(doc, 'h2', { class: 'panel-name' }, 'EMS Help'), el(doc, 'p', { class: 'panel-page', title: state.label }, state.label)),
  );
  return el(doc, 'header', { class: 'panel-header' }, title, actions);
}

/** EntryDisclosure.tsx, folded, with its trail (components/results/Location.tsx). */
function entry(doc: Document, row: FirstRow): HTMLElement {
  const title = el(doc, 'span', { class: 'entry-title' }, el(doc, 'span', { lang: row.lang ?? 'en' }, row.title));
  if (row.trail) title.append(el(doc, 'span', { class: 'hit-trail', lang: row.trail.lang }, el(doc, 'span', { class: 'visually-hidden' }, ', '), row.trail.text));
  const chevron = svg(doc, { class: 'chevron', width: '12', height: '12', viewBox: '0 0 12 12', 'aria-hidden': 'true' }, [
    ['path', { d: 'M4 2.5 7.5 6 4 9.5', ...ROUND, 'stroke-width': '1.6' }],
  ]);
  const toggle = el(
    doc,
    'button',
    { type: 'button', class: 'entry-toggle', 'aria-expanded': 'false', 'aria-controls': `answer-${row.id}`, 'data-entry-id': row.id },
    chevron,
    title,
  );
  return el(doc, 'li', { class: 'entry' }, el(doc, 'h4', { class: 'entry-heading' }, toggle));
}

/** PanelBody.tsx before anything is typed, pinned or learned. */
function openPanel(doc: Document, state: FirstState, id: string): HTMLElement {
  const headingId = `${id}-heading`;
  const input = el(doc, 'input', {
    type: 'search',
    class: 'field search-input',
    'aria-label': t('search.label'),
    placeholder: t('panel.searchPlaceholder'),
    autocomplete: 'off',
    spellcheck: 'false',
    value: '',
  });
  const list = el(doc, 'ul', { class: 'entry-list' }, ...state.list.rows.slice(0, SUGGESTION_COUNT).map((row) => entry(doc, row)));
  const section = el(
    doc,
    'section',
    { 'aria-labelledby': headingId },
    el(doc, 'h3', { id: headingId, class: 'list-heading' }, t('panel.suggestedFor', state.label)),
    el(doc, 'p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
    list,
  );
  if (state.list.rows.length > SUGGESTION_COUNT) section.append(el(doc, 'button', { type: 'button', class: 'text-button more-button' }, t('panel.more')));
  const aside = el(
    doc,
    'aside',
    { id, class: 'panel', role: 'complementary', 'aria-label': 'EMS Help' },
    header(doc, state, id),
    el(doc, 'div', { class: 'panel-search', role: 'search' }, input),
    el(doc, 'div', { class: 'panel-list', tabindex: '-1' }, section),
  );
  if (state.maxHeight) aside.style.maxHeight = `${state.maxHeight}px`;
  return aside;
}

/** Panel.tsx's launcher, folded by the person's choice or for want of room. */
function launcher(doc: Document, state: FirstState, id: string): HTMLElement {
  const first = state.list.rows[0]?.title;
  const name = first ? plural('panel.launcherAnswersLabel', state.list.short, first) : t('panel.launcherLabel');
  const why = state.byChoice ? t('panel.launcherFoldedTitle', state.kindLabel) : t('panel.launcherNoRoomTitle');
  return el(
    doc,
    'button',
    { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': name, title: `${name}\n${why}` },
    el(doc, 'span', { class: 'launcher-mark', 'aria-hidden': 'true' }, '?'),
    el(doc, 'span', {}, t('panel.launcherText')),
  );
}

/** InPagePanel's frame-root with the first state in it; `id` stands in for React's useId. */
export function drawFirstState(doc: Document, state: FirstState, id: string): HTMLElement {
  return el(doc, 'div', { class: 'frame-root' }, state.collapsed ? launcher(doc, state, id) : openPanel(doc, state, id));
}
