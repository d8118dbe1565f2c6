// The interface text in English and German: both catalogs say the same things (same keys,
// same placeholders, same plural forms), every key the code uses exists in both, and the
// helpers pick plural forms and write numbers as each language does.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate, formatNumber, messageName, plural, t, uiLanguage } from '@/lib/i18n';
import { chromeMessages, fakeGetMessage, LANGUAGES, readCatalog, type Language } from './i18n-catalog';

const ROOT = resolve(__dirname, '../..');

type Leaf = { kind: 'simple'; forms: string[] } | { kind: 'plural'; forms: string[]; counts: string[] };

const isPlural = (value: object) => Object.keys(value).every((k) => k === 'n' || Number.isFinite(Number(k)));

/** Every message of a catalog by its dotted key. */
function leaves(lang: Language): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      out.set(path.join('.'), { kind: 'simple', forms: [value] });
    } else if (typeof value === 'object' && value !== null && isPlural(value)) {
      const entries = Object.entries(value as Record<string, string>);
      out.set(path.join('.'), { kind: 'plural', counts: entries.map(([k]) => k), forms: entries.map(([, v]) => v) });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else {
      throw new Error(`${lang}: ${path.join('.')} is neither a message nor a group`);
    }
  };
  walk(readCatalog(lang), []);
  return out;
}

/** $1…$9 and Chrome's %s (omnibox, context menu), with how often each appears. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\$[1-9]|%s/g)].map((m) => m[0]).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** `t('key'` and `plural('key'` in components/, entrypoints/ and lib/. */
function keysUsedInCode(): Array<{ key: string; kind: Leaf['kind']; file: string }> {
  const used: Array<{ key: string; kind: Leaf['kind']; file: string }> = [];
  for (const dir of ['components', 'entrypoints', 'lib']) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\b(t|plural)\(\s*(['"`])([^'"`]+)\2/g)) {
        used.push({ key: match[3]!, kind: match[1] === 't' ? 'simple' : 'plural', file: relative(ROOT, file) });
      }
    }
  }
  return used;
}

describe('catalogs', () => {
  const en = leaves('en');
  const de = leaves('de');

  it('English and German have exactly the same keys', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('a key is a plural in both or in neither, with the same forms', () => {
    for (const [key, leaf] of en) {
      const other = de.get(key);
      expect(other?.kind, key).toBe(leaf.kind);
      if (leaf.kind === 'plural' && other?.kind === 'plural') expect(other.counts, key).toEqual(leaf.counts);
    }
  });

  it('every placeholder of a message appears in the other language too', () => {
    for (const [key, leaf] of en) {
      const other = de.get(key)!;
      leaf.forms.forEach((form, i) => {
        expect(placeholders(other.forms[i] ?? ''), `${key} [${i}]: "${form}" / "${other.forms[i]}"`).toEqual(placeholders(form));
      });
    }
  });

  it('every plural form but the one for 1 (and 0) shows the count', () => {
    for (const lang of LANGUAGES) {
      for (const [key, leaf] of leaves(lang)) {
        if (leaf.kind !== 'plural') continue;
        expect(leaf.counts.at(-1), `${lang} ${key}`).toBe('n');
        expect(leaf.forms.at(-1), `${lang} ${key}`).toContain('$1');
      }
    }
  });

  it('no message is empty, none carries a stray $ and none reads " | " (the plural separator)', () => {
    for (const lang of LANGUAGES) {
      for (const [key, leaf] of leaves(lang)) {
        for (const form of leaf.forms) {
          expect(form.trim(), `${lang} ${key}`).not.toBe('');
          expect(form.replace(/\$[1-9]/g, ''), `${lang} ${key}`).not.toContain('$');
          expect(form, `${lang} ${key}`).not.toContain(' | ');
        }
      }
    }
  });

  it('message names are valid for the browser and distinct ignoring case', () => {
    for (const lang of LANGUAGES) {
      const names = Object.keys(chromeMessages(lang));
      for (const name of names) expect(name, lang).toMatch(/^[A-Za-z0-9_]+$/);
      expect(new Set(names.map((n) => n.toLowerCase())).size, lang).toBe(names.length);
      expect(names.sort()).toEqual([...leaves(lang).keys()].map(messageName).sort());
    }
  });

  it('the manifest’s __MSG_…__ names exist in both catalogs', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const names = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const lang of LANGUAGES) {
      const messages = chromeMessages(lang);
      for (const name of names) expect(messages[name]?.message, `${lang} ${name}`).toBeTruthy();
    }
    // Chrome's limits for the manifest's name and description.
    for (const lang of LANGUAGES) {
      expect(chromeMessages(lang).extName!.message.length).toBeLessThanOrEqual(75);
      expect(chromeMessages(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('every key used in code (t(…), plural(…)) exists in both catalogs, as the right kind', () => {
    for (const { key, kind, file } of keysUsedInCode()) {
      for (const [lang, catalog] of [['en', en], ['de', de]] as const) {
        expect(catalog.get(key)?.kind, `${file}: ${kind === 'simple' ? 't' : 'plural'}('${key}') in ${lang}`).toBe(kind);
      }
    }
  });

  it('the German catalog addresses the reader formally (Sie, never du)', () => {
    for (const [key, leaf] of de) {
      for (const form of leaf.forms) expect(form, key).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    }
  });
});

describe('t and plural', () => {
  const useLanguage = (lang: Language) => {
    fakeBrowser.i18n.getMessage = fakeGetMessage(lang) as typeof fakeBrowser.i18n.getMessage;
  };
  afterEach(() => useLanguage('en'));

  it('reads the catalog of the browser’s language, with substitutions', () => {
    expect(t('settings.setByOrg')).toBe('Set by your organisation');
    expect(t('help.noMatchTitle', 'custom domain')).toBe('No answers match “custom domain”.');
    useLanguage('de');
    expect(uiLanguage()).toBe('de');
    expect(t('settings.setByOrg')).toBe('Von Ihrer Organisation festgelegt');
    expect(t('help.noMatchTitle', 'eigene Domain')).toBe('Keine Antworten zu „eigene Domain“ gefunden.');
    expect(t('page.billing')).toBe('Abrechnung');
  });

  it('picks the plural form and writes the count as the language does', () => {
    expect(plural('search.answers', 0)).toBe('0 answers');
    expect(plural('search.answers', 1)).toBe('1 answer');
    expect(plural('search.answers', 2)).toBe('2 answers');
    expect(plural('search.answers', 1000)).toBe('1,000 answers');
    useLanguage('de');
    expect(plural('search.answers', 0)).toBe('0 Antworten');
    expect(plural('search.answers', 1)).toBe('1 Antwort');
    expect(plural('search.answers', 2)).toBe('2 Antworten');
    expect(plural('search.answers', 1000)).toBe('1.000 Antworten');
    expect(plural('settings.searchCount', 1)).toBe('1 Suche');
    expect(plural('settings.rememberedCount', 3)).toBe('3 Antworten gemerkt');
  });

  it('writes numbers and dates in the interface language', () => {
    const day = new Date(Date.UTC(2026, 10, 28, 12));
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatDate(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('November 28, 2026');
    useLanguage('de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('28. November 2026');
  });

  it('a missing message shows its key rather than nothing, and never throws', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    expect(t('settings.title')).toBe('settings.title');
    expect(plural('search.answers', 2)).toBe('search.answers');
    fakeBrowser.i18n.getMessage = (() => {
      throw new Error('not implemented');
    }) as typeof fakeBrowser.i18n.getMessage;
    expect(t('settings.title')).toBe('settings.title');
    expect(uiLanguage()).toBe('en');
  });
});
