// @vitest-environment node
// An organisation's policy (lib/state/managed.ts, managed-checks.ts, managed-merge.ts): checked like any other input, and merged
// with the person's own choices and the defaults. Also: the schema Chrome reads, and the
// README's example policies.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_KINDS } from '@/lib/page/detect';
import {
  EMPTY_POLICY,
  LOCKABLE_SETTINGS,
  MANAGEABLE_DEFAULTS,
  MAX_WARNINGS,
  parseManaged,
  POLICY_KEYS,
  readManagedPolicy,
  type ManageableSettings,
} from '@/lib/state/managed';
import { checkContactUrl } from '@/lib/state/managed-checks';
import { mergeSettings, userChoices } from '@/lib/state/managed-merge';
import { createManagedPolicyStore, POLICY_COPY_KEY } from '@/lib/state/managed-store';
import { DEFAULT_SETTINGS } from '@/lib/state/settings';

const ROOT = resolve(__dirname, '../..');
const DEFAULTS: ManageableSettings = { ...DEFAULT_SETTINGS, ...MANAGEABLE_DEFAULTS };

describe('parseManaged', () => {
  it('keeps every valid value, without a warning', () => {
    const { policy, warnings } = parseManaged({
      helpContactUrl: 'https://helpdesk.example.org/ems',
      helpContactLabel: '  IT   helpdesk ',
      placement: 'sidepanel',
      panelSide: 'left',
      theme: 'dark',
      arrival: { hosting: 'launcher', billing: 'off' },
      keepRecentSearches: false,
      keepLearnedSuggestions: true,
      locked: ['placement', 'keepRecentSearches'],
    });
    expect(warnings).toEqual([]);
    expect(policy).toEqual({
      contact: { url: 'https://helpdesk.example.org/ems', label: 'IT helpdesk' },
      values: {
        placement: 'sidepanel',
        panelSide: 'left',
        theme: 'dark',
        arrival: { hosting: 'launcher', billing: 'off' },
        keepRecentSearches: false,
        keepLearnedSuggestions: true,
      },
      locked: ['placement', 'keepRecentSearches'],
    });
  });

  it('nothing, or an empty object, is the empty policy', () => {
    expect(parseManaged(undefined)).toEqual({ policy: EMPTY_POLICY, warnings: [] });
    expect(parseManaged({})).toEqual({ policy: EMPTY_POLICY, warnings: [] });
  });

  it('something other than an object is ignored with one warning', () => {
    for (const raw of ['x', 3, [], true]) {
      const { policy, warnings } = parseManaged(raw);
      expect(policy).toEqual(EMPTY_POLICY);
      expect(warnings).toHaveLength(1);
    }
  });

  it('an unknown key is ignored with a warning naming it, the rest still applies', () => {
    const { policy, warnings } = parseManaged({ helpContactURL: 'https://x.example', theme: 'light' });
    expect(policy.values).toEqual({ theme: 'light' });
    expect(policy.contact).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"helpContactURL"');
    expect(warnings[0]).toContain('unknown key');
  });

  it('a wrong type or value is ignored with one warning each', () => {
    const { policy, warnings } = parseManaged({
      placement: 'popup',
      panelSide: 1,
      theme: null,
      keepRecentSearches: 'false',
      keepLearnedSuggestions: 0,
      arrival: 'open',
      locked: 'placement',
      helpContactLabel: 42,
    });
    expect(policy).toEqual(EMPTY_POLICY);
    expect(warnings).toHaveLength(8);
    for (const key of ['placement', 'panelSide', 'theme', 'keepRecentSearches', 'keepLearnedSuggestions', 'arrival', 'locked', 'helpContactLabel']) {
      expect(warnings.some((w) => w.includes(`"${key}"`)), key).toBe(true);
    }
  });

  it('checks each kind of page in arrival, and each name in locked', () => {
    const { policy, warnings } = parseManaged({
      arrival: { hosting: 'off', billing: 'closed', invoices: 'open', support: 3 },
      locked: ['arrival', 'colour', 7, 'arrival', 'theme'],
    });
    expect(policy.values.arrival).toEqual({ hosting: 'off' });
    expect(policy.locked).toEqual(['arrival', 'theme']);
    expect(warnings).toHaveLength(5);
  });

  it('never keeps a warning’s echo of a value long', () => {
    const { warnings } = parseManaged({ placement: 'x'.repeat(10_000) });
    expect(warnings[0]!.length).toBeLessThan(300);
  });

  it('survives a value that refers to itself', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => parseManaged({ arrival: cyclic, locked: [cyclic] })).not.toThrow();
  });
});

describe('the help contact', () => {
  it('takes one mailto: address: ?to=, ?cc= and ?bcc= add others (issue 22)', () => {
    for (const url of ['mailto:it@example.org?to=boss@example.org', 'mailto:it@example.org?subject=EMS&cc=a@example.org', 'mailto:it@example.org?BCC=a@example.org']) {
      expect(checkContactUrl(url), url).toHaveProperty('error');
    }
    expect(checkContactUrl('mailto:it@example.org?subject=EMS&body=Hello')).toEqual({ value: 'mailto:it@example.org?subject=EMS&body=Hello' });
  });

  it('gives a bounded number of warnings however many entries are wrong', () => {
    const { warnings } = parseManaged({ locked: Array.from({ length: 500 }, (_, i) => `nope${i}`), ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown${i}`, 1])) });
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)).toBe(`…and ${1000 - MAX_WARNINGS} more warnings about the managed settings.`);
  });

  it('accepts https: and mailto: only', () => {
    expect(checkContactUrl('https://helpdesk.example.org/ems?from=ems-help')).toEqual({ value: 'https://helpdesk.example.org/ems?from=ems-help' });
    expect(checkContactUrl('mailto:it@example.org')).toEqual({ value: 'mailto:it@example.org' });
    expect(checkContactUrl('mailto:it@example.org?subject=EMS')).toEqual({ value: 'mailto:it@example.org?subject=EMS' });
    for (const bad of [
      'http://helpdesk.example.org',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'chrome://settings',
      'ftp://example.org',
      'helpdesk.example.org',
      '//helpdesk.example.org',
      'mailto:',
      'mailto:not-an-address',
      'mailto:a@example.org,b@example.org',
      '',
    ]) {
      expect(checkContactUrl(bad), bad).toHaveProperty('error');
    }
  });

  it('rejects control characters, credentials and overlong addresses', () => {
    expect(checkContactUrl('https://example.org/\u0000x')).toHaveProperty('error');
    expect(checkContactUrl('https://example.org/\u202Egnp.exe')).toHaveProperty('error');
    expect(checkContactUrl('https://ems.element.io@evil.example/')).toHaveProperty('error');
    expect(checkContactUrl(`https://example.org/${'a'.repeat(3000)}`)).toHaveProperty('error');
  });

  it('a bad address never becomes the contact; a label without an address is dropped', () => {
    const { policy, warnings } = parseManaged({ helpContactUrl: 'javascript:alert(1)', helpContactLabel: 'IT helpdesk' });
    expect(policy.contact).toBeNull();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('javascript:');
  });

  it('an address without a label keeps the address (the surface supplies the words)', () => {
    expect(parseManaged({ helpContactUrl: 'mailto:it@example.org' }).policy.contact).toEqual({ url: 'mailto:it@example.org', label: null });
  });

  it('a label that is empty, too long or has control characters is dropped, the address kept', () => {
    for (const label of ['   ', 'x'.repeat(81), 'IT\u0007helpdesk', 'IT\nhelpdesk', 'IT\u202Ehelpdesk']) {
      const { policy, warnings } = parseManaged({ helpContactUrl: 'https://example.org', helpContactLabel: label });
      expect(policy.contact, JSON.stringify(label)).toEqual({ url: 'https://example.org/', label: null });
      expect(warnings).toHaveLength(1);
    }
  });
});

describe('mergeSettings', () => {
  const policy = (raw: unknown) => parseManaged(raw).policy;

  it('without a policy: the person’s choices over the defaults, nothing locked', () => {
    const merged = mergeSettings(DEFAULTS, { theme: 'dark', arrival: { billing: 'off' } }, EMPTY_POLICY);
    expect(merged.settings).toEqual({ ...DEFAULTS, theme: 'dark', arrival: { ...DEFAULTS.arrival, billing: 'off' } });
    expect([...merged.locked]).toEqual([]);
    expect([...merged.managedDefaults]).toEqual([]);
    expect(merged.contact).toBeNull();
  });

  it('an unlocked managed value is the organisation’s default: it applies until the person chooses', () => {
    const p = policy({ theme: 'dark', keepRecentSearches: false, arrival: { other: 'off' } });
    expect(mergeSettings(DEFAULTS, {}, p).settings).toMatchObject({ theme: 'dark', keepRecentSearches: false, arrival: { other: 'off', hosting: 'open' } });
    const chosen = mergeSettings(DEFAULTS, { theme: 'light', keepRecentSearches: true, arrival: { other: 'launcher' } }, p);
    expect(chosen.settings).toMatchObject({ theme: 'light', keepRecentSearches: true, arrival: { other: 'launcher' } });
    expect([...chosen.locked]).toEqual([]);
    expect([...chosen.managedDefaults].sort()).toEqual(['arrival', 'keepRecentSearches', 'theme']);
  });

  it('a locked setting takes the managed value whatever the person chose', () => {
    const p = policy({ placement: 'sidepanel', keepLearnedSuggestions: false, locked: ['placement', 'keepLearnedSuggestions'] });
    const merged = mergeSettings(DEFAULTS, { placement: 'page', keepLearnedSuggestions: true, theme: 'dark' }, p);
    expect(merged.settings).toMatchObject({ placement: 'sidepanel', keepLearnedSuggestions: false, theme: 'dark' });
    expect([...merged.locked].sort()).toEqual(['keepLearnedSuggestions', 'placement']);
  });

  it('a locked setting without a managed value is fixed at the built-in default', () => {
    const merged = mergeSettings(DEFAULTS, { panelSide: 'left' }, policy({ locked: ['panelSide'] }));
    expect(merged.settings.panelSide).toBe('right');
    expect(merged.locked.has('panelSide')).toBe(true);
  });

  it('locked arrival: the managed kinds as given, the others at their default, the person’s ignored', () => {
    const p = policy({ arrival: { hosting: 'off' }, locked: ['arrival'] });
    const merged = mergeSettings(DEFAULTS, { arrival: { hosting: 'open', billing: 'off' } }, p);
    expect(merged.settings.arrival).toEqual({ ...DEFAULTS.arrival, hosting: 'off' });
  });

  it('does not change its inputs', () => {
    const defaults = structuredClone(DEFAULTS);
    const user = { arrival: { billing: 'off' as const } };
    mergeSettings(defaults, user, policy({ arrival: { hosting: 'off' }, locked: ['arrival'] }));
    expect(defaults).toEqual(DEFAULTS);
    expect(user).toEqual({ arrival: { billing: 'off' } });
  });

  it('passes the contact through', () => {
    expect(mergeSettings(DEFAULTS, {}, policy({ helpContactUrl: 'mailto:it@example.org' })).contact).toEqual({ url: 'mailto:it@example.org', label: null });
  });

  it('userChoices: what a whole stored settings object chose, against the defaults', () => {
    const stored = { ...DEFAULTS, theme: 'dark' as const, arrival: { ...DEFAULTS.arrival, other: 'off' as const } };
    expect(userChoices(stored, DEFAULTS)).toEqual({ theme: 'dark', arrival: { other: 'off' } });
    expect(userChoices(DEFAULTS, DEFAULTS)).toEqual({});
  });
});

describe('readManagedPolicy', () => {
  it('Chrome without a policy answers {}: the empty policy, no warning', async () => {
    const warn = vi.fn();
    expect(await readManagedPolicy({ get: async () => ({}) }, { warn })).toEqual(EMPTY_POLICY);
    expect(warn).not.toHaveBeenCalled();
  });

  it('Firefox without a policy throws: the empty policy, no warning', async () => {
    const warn = vi.fn();
    const area = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(area, { warn })).toEqual(EMPTY_POLICY);
    expect(warn).not.toHaveBeenCalled();
  });

  it('no managed storage at all: the empty policy', async () => {
    expect(await readManagedPolicy(undefined)).toEqual(EMPTY_POLICY);
  });

  it('logs each warning with console.warn by default', async () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const policy = await readManagedPolicy({ get: async () => ({ theme: 'dark', colour: 'red', helpContactUrl: 'http://x.example' }) });
    expect(policy.values).toEqual({ theme: 'dark' });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(String(spy.mock.calls[0]![0])).toMatch(/^\[EMS Help\] /);
    spy.mockRestore();
  });

  it('the store reads the policy once loaded, quietly unless asked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createManagedPolicyStore({ area: { get: async () => ({ keepRecentSearches: false, nonsense: 1 }) } });
    expect(store.getState().loaded).toBe(false);
    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
    expect(store.getState().policy.values).toEqual({ keepRecentSearches: false });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  /** A storage.session stand-in. */
  const sessionStub = (items: Record<string, unknown> = {}) => ({
    items,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (more: Record<string, unknown>) => void Object.assign(items, more),
  });
  /** A managed area whose read answers only when `answer` is called. */
  const slowArea = (raw: Record<string, unknown>) => {
    let answer = () => {};
    const area = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = () => resolve(raw))) };
    return { area, answer: () => answer() };
  };

  it('a page starts from the copy of the policy kept this session, and its own read replaces it', async () => {
    const session = sessionStub({ [POLICY_COPY_KEY]: { panelSide: 'left', nonsense: 1 } });
    const { area, answer } = slowArea({ panelSide: 'right' });
    const store = createManagedPolicyStore({ area, startFrom: session });
    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
    expect(store.getState().policy.values).toEqual({ panelSide: 'left' });
    answer();
    await vi.waitFor(() => expect(store.getState().policy.values).toEqual({ panelSide: 'right' }));
  });

  it('without a copy a page waits for its own read', async () => {
    const { area, answer } = slowArea({ theme: 'dark' });
    const store = createManagedPolicyStore({ area, startFrom: sessionStub() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().loaded).toBe(false);
    answer();
    await vi.waitFor(() => expect(store.getState().policy.values).toEqual({ theme: 'dark' }));
  });

  it('a copy that comes after the read does not replace it', async () => {
    let giveCopy = () => {};
    const lateSession = {
      get: () => new Promise<Record<string, unknown>>((resolve) => (giveCopy = () => resolve({ [POLICY_COPY_KEY]: { theme: 'light' } }))),
      set: async () => undefined,
    };
    const store = createManagedPolicyStore({ area: { get: async () => ({ theme: 'dark' }) }, startFrom: lateSession });
    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
    giveCopy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().policy.values).toEqual({ theme: 'dark' });
  });

  it('the background keeps a copy of each read, an empty one where there is no policy', async () => {
    const session = sessionStub();
    createManagedPolicyStore({ area: { get: async () => ({ theme: 'dark' }) }, keepCopyIn: session });
    await vi.waitFor(() => expect(session.items[POLICY_COPY_KEY]).toEqual({ theme: 'dark' }));
    const none = sessionStub();
    // Firefox throws where no policy is installed.
    createManagedPolicyStore({ area: { get: () => Promise.reject(new Error('no managed storage')) }, keepCopyIn: none });
    await vi.waitFor(() => expect(none.items[POLICY_COPY_KEY]).toEqual({}));
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(resolve(ROOT, 'assets/public/managed_schema.json'), 'utf8')) as {
    type: string;
    properties: Record<string, Record<string, unknown>>;
  };

  // What Chrome's policy schema parser accepts per type (components/policy/core/common/schema.cc);
  // anything else makes Chrome refuse to load the extension.
  const ALLOWED: Record<string, string[]> = {
    object: ['type', 'title', 'description', 'id', 'properties', 'additionalProperties', 'patternProperties', 'required', 'sensitiveValue'],
    array: ['type', 'title', 'description', 'id', 'items', 'sensitiveValue'],
    string: ['type', 'title', 'description', 'id', 'enum', 'pattern', 'sensitiveValue'],
    boolean: ['type', 'title', 'description', 'id', 'sensitiveValue'],
    integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum', 'sensitiveValue'],
    number: ['type', 'title', 'description', 'id', 'sensitiveValue'],
  };

  function check(node: Record<string, unknown>, path: string) {
    const type = node.type as string;
    expect(Object.keys(ALLOWED), path).toContain(type);
    for (const key of Object.keys(node)) expect(ALLOWED[type], `${path}.${key}`).toContain(key);
    if (node.properties) {
      for (const [name, child] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) check(child, `${path}.${name}`);
    }
    if (node.items) check(node.items as Record<string, unknown>, `${path}[]`);
  }

  it('uses only what Chrome accepts, with an object at the top and no additionalProperties there', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    check(schema, 'schema');
  });

  it('names in each description only the values its enum allows (a "sidePanel" in the text is not a value)', () => {
    for (const [key, node] of Object.entries(schema.properties)) {
      if (!Array.isArray(node.enum)) continue;
      const quoted = [...String(node.description).matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      for (const value of quoted) expect(node.enum, `${key}: "${value}"`).toContain(value);
    }
  });

  it('declares exactly the keys the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('lists the same kinds of page and lockable settings as the code', () => {
    expect(Object.keys((schema.properties.arrival as { properties: object }).properties)).toEqual([...PAGE_KINDS]);
    expect((schema.properties.locked as { items: { enum: string[] } }).items.enum.sort()).toEqual([...LOCKABLE_SETTINGS].sort());
  });
});

describe('README examples for administrators', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## For administrators');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

  it('has a Chrome policy file and a Firefox policies.json', () => {
    expect(readme).toContain('## For administrators');
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it('every example policy is valid: no warning', () => {
    for (const block of blocks) {
      // Firefox: policies → 3rdparty → Extensions → id; Chrome on Linux: 3rdparty → extensions → id.
      const firefox = (block.policies as Record<string, { Extensions: Record<string, unknown> }> | undefined)?.['3rdparty'];
      const chrome = (block['3rdparty'] as { extensions: Record<string, unknown> } | undefined)?.extensions;
      const raw = firefox ? firefox.Extensions['ems-help@ems-help.github.io'] : chrome ? Object.values(chrome)[0] : block;
      expect(parseManaged(raw).warnings).toEqual([]);
      expect(parseManaged(raw).policy.contact).not.toBeNull();
    }
  });
});
