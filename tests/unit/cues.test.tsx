// What the screen shows (lib/page/cues.ts, entrypoints/content/cue-watch.ts), the answers it
// pins (lib/suggest/cues.ts), and how the panel shows them (components/panel).

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel, type CueMemory } from '@/components/panel/Panel';
import { watchCues } from '@/entrypoints/content/cue-watch';
import { entries, searchData } from '@/lib/corpus';
import { catalogue } from '@/lib/corpus/catalogue';
import { parseHostToPanel, parseScreenAnswersReply } from '@/lib/messages';
import { MAX_CUE_CHARS, MAX_EXAMINED, MAX_MESSAGES, readCues, selectedTab } from '@/lib/page/cues';
import type { PageContext, PageCues } from '@/lib/page/detect';
import { createSearchEngine } from '@/lib/search';
import { createLearnedStore, createPanelPrefsStore } from '@/lib/state/stores';
import { panelPrefsItem } from '@/lib/state/items';
import { pinsForCues } from '@/lib/suggest/cues';
import { screenAnswers } from '@/lib/suggest/engine-answers';
import { toReply } from '@/lib/suggest/screen-answers';
import { suggestForPage } from '@/lib/suggest/suggest';

const engine = createSearchEngine(entries, searchData);
/** The panel's own engine's answers to a screen (the panel page's, once it has loaded one). */
const screenOf = (context: PageContext) => screenAnswers(context, entries, engine);
const pinned = (cues: PageCues) => pinsForCues(cues, entries, engine).map((p) => `${p.cue}:${p.entry.id}`);

type Child = Node | string;
/** Builds an element of a test page (no HTML strings anywhere, tests included). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A page of the control panel holding `children`. */
function page(...children: Child[]): Document {
  const doc = document.implementation.createHTMLDocument('EMS');
  doc.body.append(...children.map((c) => (typeof c === 'string' ? c : doc.importNode(c, true))));
  return doc;
}

describe('reading the screen', () => {
  it('reads alerts, notices, an open dialog’s title and the heading', () => {
    const doc = page(
      h('nav', {}, h('a', { role: 'tab', 'aria-selected': 'false' }, 'Hosts'), h('a', { role: 'tab', 'aria-selected': 'true' }, 'Server Admin')),
      h('h1', {}, 'Hosting'),
      h('h2', {}, 'Rooms'),
      h('div', { role: 'alert' }, 'This is a system room that ', h('b', {}, 'cannot'), ' be deleted.'),
      h('div', { class: 'alert alert-warning' }, h('span', {}, 'DNS not verified'), h('button', {}, 'Dismiss')),
      h('p', { role: 'status' }, 'Saved 2 minutes ago'),
      h('div', { role: 'dialog', 'aria-labelledby': 't' }, h('h2', { id: 't' }, 'Purchase Telegram Bridge'), h('input', { value: 'typed' })),
    );
    expect(readCues(doc)).toEqual({
      alerts: ['This is a system room that cannot be deleted.', 'DNS not verified Dismiss'],
      notices: ['Saved 2 minutes ago'],
      dialog: 'Purchase Telegram Bridge',
      heading: 'Rooms',
    });
    // The selected tab only says which route this is (it is not sent as a cue).
    expect(selectedTab(doc)).toBe('Server Admin');
  });

  it('takes a tab’s label, never a selected row’s or option’s text', () => {
    const doc = page(
      h('div', { role: 'row', 'aria-selected': 'true' }, 'alice@example.org'),
      h('div', { role: 'option', 'aria-selected': 'true' }, 'bob@example.org'),
      h('a', { 'aria-selected': 'true' }, 'Hosts', h('span', { hidden: '' }, 'secret')),
    );
    expect(selectedTab(doc)).toBe('Hosts');
  });

  it('keeps a dialog’s title short whatever labels it, and takes no button for a message', () => {
    const doc = page(
      h('div', { role: 'dialog', 'aria-labelledby': 'a b' }, h('p', { id: 'a' }, 'first '.repeat(40)), h('p', { id: 'b' }, 'second '.repeat(40))),
      h('button', { class: 'button is-danger' }, 'Delete server example.org'),
      h('div', { class: 'warning' }, 'Quota almost used', h('span', { style: 'display: none' }, 'secret')),
    );
    const cues = readCues(doc);
    expect(cues.dialog!.length).toBeLessThanOrEqual(MAX_CUE_CHARS);
    expect(cues.alerts).toEqual(['Quota almost used']);
  });

  it('never reads what is typed into the page: fields, editable regions, hidden text', () => {
    const doc = page(
      h(
        'div',
        { role: 'alert' },
        'Could not save ',
        h('input', { value: 'secret one' }),
        h('textarea', {}, 'secret two'),
        h('span', { contenteditable: 'true' }, 'secret three'),
        h('span', { hidden: '' }, 'secret four'),
        h('span', { 'aria-hidden': 'true' }, 'secret five'),
        h('select', {}, h('option', {}, 'secret six')),
      ),
      h('div', { role: 'alert', hidden: '' }, 'secret seven'),
      h('div', { role: 'alert', style: 'display: none' }, 'secret eight'),
    );
    const cues = readCues(doc);
    expect(cues.alerts).toEqual(['Could not save']);
    expect(JSON.stringify(cues)).not.toContain('secret');
  });

  it('stays bounded on a page full of long messages, and leaves out what is ours', () => {
    const long = 'word '.repeat(500);
    const doc = page(
      h('div', { role: 'alert' }, long),
      ...[1, 2, 3, 4, 5, 6].map((i) => h('div', { role: 'alert' }, `message ${i}`)),
      h('div', { id: 'ours', role: 'alert' }, 'the extension’s own text'),
    );
    const ours = doc.getElementById('ours')!;
    const cues = readCues(doc, (el) => el === ours);
    expect(cues.alerts).toHaveLength(MAX_MESSAGES);
    expect(cues.alerts![0]!.length).toBeLessThanOrEqual(MAX_CUE_CHARS);
    expect(JSON.stringify(cues)).not.toContain('extension');
  });

  // Reading cost the page in proportion to its size (issue 22): every badge of a 5,000-row
  // table, every hidden alert box, was looked at and sorted. Counted here in calls, not time
  // (1,500 of each: jsdom is slow to build more; the bound does not depend on the count).
  it('looks at a bounded number of elements however many the page has', () => {
    const table = h('div', { role: 'grid' });
    for (let i = 0; i < 1500; i++) table.append(h('div', { role: 'row' }, h('span', { role: 'gridcell' }, `user${i}`), h('span', { class: 'badge warning' }, i % 2 ? 'Pending' : 'Active')));
    const hiddenBoxes = Array.from({ length: 1500 }, (_, i) => h('div', { class: 'alert alert-warning', hidden: '' }, `old ${i}`));
    const doc = page(h('h1', {}, 'Audit log'), h('div', { role: 'alert' }, 'Your DNS is not set up'), h('p', { class: 'notice' }, 'Exported'), table, ...hiddenBoxes);
    const closest = vi.spyOn(Element.prototype, 'closest');
    try {
      expect(readCues(doc)).toEqual({ alerts: ['Your DNS is not set up'], notices: ['Exported'], heading: 'Audit log' });
      // Each kind: at most MAX_EXAMINED candidates, each asked a few `closest` questions.
      expect(closest.mock.calls.length).toBeLessThanOrEqual(4 * MAX_EXAMINED * 3);
    } finally {
      closest.mockRestore();
    }
  }, 30_000);

  // Each layout or style question on an element that changed makes the browser lay out the
  // page before answering: one per row of a 3,000-row table is 3,000 layouts of the table.
  it('asks for layout or style far fewer times than the page has rows', () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      h('section', {}, h('h3', {}, `Host ${i}`), h('span', { role: 'status', class: 'badge warning' }, i % 2 ? 'Active' : 'Pending')),
    );
    const doc = page(h('h1', {}, 'Hosts'), ...rows);
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const styles = vi.spyOn(doc.defaultView ?? window, 'getComputedStyle');
    try {
      expect(readCues(doc).alerts).toEqual(['Pending', 'Active']);
      expect(rects.mock.calls.length).toBeGreaterThan(0); // the heading in view is found by measuring
      expect(rects.mock.calls.length + styles.mock.calls.length).toBeLessThan(rows.length / 10);
    } finally {
      rects.mockRestore();
      styles.mockRestore();
    }
  }, 30_000);

  it('reads nothing from an empty page', () => {
    expect(readCues(page(h('p', {}, 'Welcome')))).toEqual({});
  });
});

describe('watching the screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a new alert once for a render’s many changes, and not the extension’s own changes', async () => {
    const doc = page(h('h1', {}, 'Hosting'), h('div', { id: 'ours' }));
    const ours = doc.getElementById('ours')!;
    const seen: PageCues[] = [];
    const watch = watchCues(doc, (node) => ours === node || ours.contains(node), (cues) => seen.push(cues));

    ours.append(doc.createElement('span'));
    ours.setAttribute('class', 'changed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([]);

    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Your DNS is not set up';
    doc.body.append(alert);
    alert.append(' yet'); // the same render, another mutation
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([{ alerts: ['Your DNS is not set up yet'], heading: 'Hosting' }]);

    alert.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.at(-1)).toEqual({ heading: 'Hosting' });

    watch.stop();
    doc.body.append(alert);
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(2);
  });
});

/** The real screen reader, counting its readings. */
function countingReader() {
  const counter = {
    readings: 0,
    read: ((d, ours, queries) => {
      counter.readings += 1;
      return readCues(d, ours, queries);
    }) as typeof readCues,
  };
  return counter;
}

describe('watching a page that never stops changing', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('reads it less often while nothing new shows, and a change as soon as it is read', async () => {
    const doc = page(h('h1', {}, 'Audit log'), h('p', { id: 'clock' }, '0'));
    const clock = doc.getElementById('clock')!;
    const seen: PageCues[] = [];
    const counter = countingReader();
    const watch = watchCues(doc, () => false, (cues) => seen.push(cues), { readScreen: counter.read });
    const tick = async (ms: number) => {
      for (let t = 0; t < ms; t += 100) {
        clock.textContent = String(t); // the page changes ten times a second, never a cue
        await vi.advanceTimersByTimeAsync(100);
      }
    };
    counter.readings = 0;
    await tick(10_000);
    // 250, 500, 1000, 2000, 2000, 2000 ms apart: six, where four a second would be forty.
    expect(counter.readings).toBeLessThanOrEqual(8);
    expect(seen).toEqual([]);

    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Backup failed';
    doc.body.append(alert);
    await tick(2_000); // at most the longest interval
    expect(seen).toEqual([{ alerts: ['Backup failed'], heading: 'Audit log' }]);
    watch.stop();
  });

  it('reads a quiet page’s next change within a quarter second again', async () => {
    const doc = page(h('h1', {}, 'Hosting'), h('p', { id: 'clock' }, '0'));
    const clock = doc.getElementById('clock')!;
    const seen: PageCues[] = [];
    const watch = watchCues(doc, () => false, (cues) => seen.push(cues));
    for (let t = 0; t < 5_000; t += 100) {
      clock.textContent = String(t);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(5_000); // quiet
    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Your DNS is not set up';
    doc.body.append(alert);
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([{ alerts: ['Your DNS is not set up'], heading: 'Hosting' }]);
    watch.stop();
  });
});

describe('what a reading of a changing page costs (issue 22)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  // A live table that only changes its text (a status per row) cannot change which elements
  // carry a role; asking the browser again looked at every element of the page each time.
  it('asks for the elements with a role again only after the page added or removed one', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => h('p', {}, h('span', { role: 'status' }, i % 2 ? 'Active' : 'Pending')));
    const doc = page(h('h1', {}, 'Audit log'), ...rows);
    const badges = doc.querySelectorAll('[role="status"]');
    const asked = vi.spyOn(doc, 'querySelectorAll');
    const seen: PageCues[] = [];
    const watch = watchCues(doc, () => false, (cues) => seen.push(cues));
    const firstReading = asked.mock.calls.length;
    expect(firstReading).toBeGreaterThan(0);
    for (let t = 0; t < 5_000; t += 100) {
      const badge = badges[100 + ((t / 100) % 100)]!; // rows below the first few read
      badge.textContent = badge.textContent === 'Active' ? 'Pending' : 'Active';
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(asked.mock.calls.length).toBe(firstReading);

    // A change of the text the reading keeps is still read, from the lists kept.
    badges[0]!.textContent = 'Suspended';
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)?.notices?.[0]).toBe('Suspended');
    expect(asked.mock.calls.length).toBe(firstReading);

    // An element added (or a role given) is found.
    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Export failed';
    doc.body.prepend(alert);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)?.alerts).toEqual(['Export failed']);
    const afterAdding = asked.mock.calls.length;
    expect(afterAdding).toBeGreaterThan(firstReading);
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'new row' }));
    await vi.advanceTimersByTimeAsync(2_000);
    alert.setAttribute('role', 'note');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)?.alerts).toBeUndefined();
    alert.remove();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.at(-1)?.alerts).toBeUndefined();
    watch.stop();
  });

  it('reads nothing while the tab is in the background, and what changed there once it is shown', async () => {
    const doc = page(h('h1', {}, 'Hosting'), h('p', { id: 'clock' }, '0'));
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(doc, 'visibilityState', { get: () => visibility });
    const clock = doc.getElementById('clock')!;
    const seen: PageCues[] = [];
    const counter = countingReader();
    const watch = watchCues(doc, () => false, (cues) => seen.push(cues), { readScreen: counter.read });
    visibility = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    counter.readings = 0;
    for (let t = 0; t < 5_000; t += 100) {
      clock.textContent = String(t);
      await vi.advanceTimersByTimeAsync(100);
    }
    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Backup failed';
    doc.body.append(alert);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(counter.readings).toBe(0);
    expect(seen).toEqual([]);

    visibility = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([{ alerts: ['Backup failed'], heading: 'Hosting' }]);
    watch.stop();
  });

  it('reads only when the browser is idle, so never in the way of the page’s next frame', async () => {
    const doc = page(h('h1', {}, 'Hosting'));
    const idle: Array<() => void> = [];
    const seen: PageCues[] = [];
    const watch = watchCues(doc, () => false, (cues) => seen.push(cues), { whenIdle: (task) => idle.push(task) });
    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Backup failed';
    doc.body.append(alert);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual([]); // due, waiting for an idle moment
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(seen).toEqual([{ alerts: ['Backup failed'], heading: 'Hosting' }]);
    watch.stop();
  });
});

describe('answers pinned for what the screen shows', () => {
  it('pins the answer that quotes a message', () => {
    expect(pinned({ alerts: ['This is a system room that cannot be deleted.'] })[0]).toBe('alert:what-is-a-system-room');
  });

  it('pins the answers a warning’s telling words lead to, a dialog’s guide section', () => {
    expect(pinned({ alerts: ['Your CNAME record on the root of example.org was not recognised.'] })[0]).toMatch(/^alert:.*well-known/);
    expect(pinned({ dialog: 'Purchase Telegram Bridge' })[0]).toBe('dialog:integrations-telegram-bridge--purchase-the-telegram-integration');
  });

  it('pins a dialog’s answer the engine ranks first without being sure of it, when the dialog’s words name it', () => {
    // Two words, both in the answer; typed as a search, "Not sure" (the bot guides' removal
    // sections deactivate an account too).
    expect(engine.search('Deactivate account')[0]).toBeUndefined();
    expect(pinned({ dialog: 'Deactivate account', heading: 'User Info' })[0]).toBe('dialog:how-do-i-delete-users-when-administering-the-server');
  });

  it('pins the answer a message meets only in synonyms of its words, if it is the engine’s first', () => {
    // "Hostname" is met as "server name", "unavailable" as "taken". The engine's second answer,
    // the OpenID guide, has "claims", a synonym of "taken" in another sense: not pinned.
    expect(pinned({ alerts: ['Hostname unavailable: pick a different one.'] })).toEqual(['alert:i-deleted-my-host-now-my-server-name-is-taken-and-i-cannot-rebuild']);
  });

  it('reads a dialog under the section in view: that section’s answer, not another page’s', () => {
    // On its own, the dialog fits both bots' removal sections, the other bot's first.
    expect(pinned({ dialog: 'Remove integration' })).toEqual(['dialog:integrations-admin-bot--removal', 'dialog:integrations-audit-bot--removal']);
    const inView = pinned({ dialog: 'Remove integration', heading: 'Audit Bot' });
    expect(inView[0]).toBe('dialog:integrations-audit-bot--removal');
    expect(inView.join(' ')).not.toContain('admin-bot');
    // A section in view that no answer lies in changes nothing.
    expect(pinned({ dialog: 'Remove integration', heading: 'Discord Bridge' })).toEqual(pinned({ dialog: 'Remove integration' }));
  });

  it('lists a pinned guide section’s page right after the pins', () => {
    const context: PageContext = { kind: 'hosting', route: '#/integrations', cues: { dialog: 'Unbridge room' } };
    const ids = suggestForPage(context, entries, engine).map((s) => `${s.reason}:${s.entry.id}`);
    expect(ids.slice(0, 2)).toEqual(['screen:integrations-discord-bridge--unbridge', 'search:integrations-discord-bridge']);
  });

  it.each([{ dialog: 'Settings' }, { dialog: 'Save' }, { heading: 'Cancel' }, { alerts: ['Error: could not save your changes. Please try again.'] }, { heading: 'Your hosts' }])(
    'pins nothing for a generic cue: %o',
    (cues) => {
      expect(pinned(cues)).toEqual([]);
    },
  );

  it('pins nothing without an engine, and at most two answers', () => {
    expect(pinsForCues({ alerts: ['This is a system room that cannot be deleted.'] }, entries, null)).toEqual([]);
    const many: PageCues = { alerts: ['This is a system room that cannot be deleted.', 'Purchase Telegram Bridge', 'Reset user password'] };
    expect(pinned(many)).toHaveLength(2);
  });
});

describe('cues crossing into the panel', () => {
  const message = (cues: unknown) => ({ type: 'context', context: { kind: 'hosting', route: '#/hosts', cues }, room: true, maxHeight: 600 });

  it('arrive as plain bounded strings; malformed ones are dropped, the page context kept', () => {
    expect(parseHostToPanel(message({ alerts: ['DNS'], dialog: 'Add user' }))?.context.cues).toEqual({ alerts: ['DNS'], dialog: 'Add user' });
    for (const bad of [{ alerts: 'DNS' }, { alerts: ['a', 'b', 'c', 'd'] }, { heading: 'x'.repeat(MAX_CUE_CHARS + 1) }, { dialog: { toString: 'x' } }]) {
      const parsed = parseHostToPanel(message(bad));
      expect(parsed?.context).toEqual({ kind: 'hosting', route: '#/hosts' });
    }
    // The site's own guide page being read comes along too.
    const guide = { type: 'context', context: { kind: 'other', route: null, guide: 'saml2 google' }, room: true, maxHeight: 600 };
    expect(parseHostToPanel(guide)?.context).toEqual({ kind: 'other', route: null, guide: 'saml2 google' });
  });
});

describe('the panel with cues', () => {
  const warning: PageContext = { kind: 'hosting', route: '#/server-admin', cues: { alerts: ['This is a system room that cannot be deleted.'] } };

  async function renderPanel(context: PageContext, options: { folded?: boolean; room?: boolean } = {}) {
    const prefs = createPanelPrefsStore();
    const learned = createLearnedStore();
    await vi.waitFor(() => expect(prefs.getState().hydrated && learned.getState().hydrated).toBe(true));
    if (options.folded) act(() => prefs.getState().update(() => ({ collapsed: { [context.kind]: true } })));
    // Kept by the panel's host across re-mounts (InPagePanel.tsx).
    const cueMemory: CueMemory = { handled: null };
    const props = { entries, engine, screenOf, prefs, learned, openInTab: vi.fn(), room: options.room ?? true, cueMemory };
    const view = render(<Panel key={0} context={context} {...props} />);
    const rerender = (next: PageContext, key = 0) => view.rerender(<Panel key={key} context={next} {...props} />);
    return { ...view, prefs, rerender };
  }

  it('shows the answer about a warning first, under a heading that says why, then the page’s own', async () => {
    await renderPanel(warning);
    const section = screen.getByRole('region', { name: 'About the warning on this page' });
    expect(within(section).getAllByRole('button')[0]!.textContent).toBe('What is a "system" room?');
    const page = screen.getByRole('region', { name: 'Suggested for Hosting · Server Admin' });
    // Five answers in all: the pinned ones and the page's.
    const questions = (el: HTMLElement) => within(el).getAllByRole('button').filter((b) => b.hasAttribute('aria-expanded'));
    expect(questions(section).length + questions(page).length).toBe(5);
  });

  it('without an engine of its own, pins what the background’s engine answers, from the catalogue, and opens for the warning', async () => {
    const prefs = createPanelPrefsStore();
    const learned = createLearnedStore();
    await vi.waitFor(() => expect(prefs.getState().hydrated && learned.getState().hydrated).toBe(true));
    act(() => prefs.getState().update(() => ({ collapsed: { hosting: true } })));
    // The background's reply, through the message's own checks.
    const known = (id: string) => catalogue.some((e) => e.id === id);
    const askScreen = vi.fn(async (context: PageContext) => parseScreenAnswersReply(JSON.parse(JSON.stringify(toReply(screenOf(context)))), known));
    render(<Panel context={warning} entries={catalogue} engine={null} askScreen={askScreen} prefs={prefs} learned={learned} openInTab={vi.fn()} />);
    const section = await screen.findByRole('region', { name: 'About the warning on this page' });
    expect(within(section).getAllByRole('button')[0]!.textContent).toBe('What is a "system" room?');
    expect(askScreen).toHaveBeenCalledWith(expect.objectContaining({ cues: warning.cues }));
  });

  it('opens when folded for a warning, not for a dialog, leaving the focus in the page', async () => {
    const view = await renderPanel({ kind: 'hosting', route: '#/integrations', cues: { dialog: 'Purchase Telegram Bridge' } }, { folded: true });
    expect(screen.getByRole('button', { name: /^Open EMS Help/ }).textContent).toBe('?Help');
    view.rerender(warning);
    expect(await screen.findByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('opens once per warning: folded again, it stays folded, also after a re-mount', async () => {
    const user = userEvent.setup();
    const view = await renderPanel(warning, { folded: true });
    await user.click(await screen.findByRole('button', { name: 'Hide EMS Help' }));
    expect(screen.getByRole('button', { name: 'Open EMS Help: help with this warning' })).toBeTruthy();
    view.rerender(warning, 1); // a request or a restore re-mounts the panel
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary')).toBeNull();
    // Another warning is news: it opens the panel again.
    view.rerender({ ...warning, cues: { alerts: ['Purchase Telegram Bridge: Maximum Telegram users reached'] } }, 1);
    expect(await screen.findByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
  });

  it('opens for a warning in this tab only: the person’s stored fold is not overwritten', async () => {
    const view = await renderPanel({ kind: 'hosting', route: '#/server-admin' }, { folded: true });
    view.rerender(warning);
    expect(await screen.findByRole('complementary', { name: 'EMS Help' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(view.prefs.getState().value.collapsed).toEqual({ hosting: true });
    expect(await panelPrefsItem.getValue()).toEqual({ collapsed: { hosting: true } });
  });

  it('reports the warning it handled with the state to restore, and a restored one does not open it again', async () => {
    const onUiChange = vi.fn();
    const prefs = createPanelPrefsStore();
    const learned = createLearnedStore();
    await vi.waitFor(() => expect(prefs.getState().hydrated && learned.getState().hydrated).toBe(true));
    act(() => prefs.getState().update(() => ({ collapsed: { hosting: true } })));
    const props = { entries, engine, screenOf, prefs, learned, openInTab: vi.fn(), onUiChange };
    const view = render(<Panel context={warning} {...props} cueMemory={{ handled: null }} />);
    await screen.findByRole('complementary', { name: 'EMS Help' });
    expect(onUiChange).toHaveBeenLastCalledWith(expect.objectContaining({ warningOpen: true, warningHandled: 'what-is-a-system-room' }));
    // The frame reloaded (the page removed it): the content script sends the state back, the
    // host takes the handled warning from it (InPagePanel.tsx), the person had folded it.
    view.rerender(<Panel key={1} context={warning} {...props} cueMemory={{ handled: 'what-is-a-system-room' }} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('stays folded where the page leaves no room, its launcher saying there is help for the warning', async () => {
    await renderPanel(warning, { room: false });
    expect(screen.getByRole('button', { name: 'Open EMS Help: help with this warning' }).textContent).toBe('?Help with this warning');
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
