// Interface text in the browser's language, through the browser's own i18n: the catalogs are
// locales/en.json and locales/de.json, which @wxt-dev/i18n turns into
// _locales/<lang>/messages.json at build time (so the manifest's __MSG_…__ names work too).
// The browser picks the catalog from its UI language and falls back to English.
//
//   t('panel.hide')                         "Hide EMS Help" / "EMS Help ausblenden"
//   t('panel.suggestedFor', label)          $1 is the first substitution, $2 the second …
//   plural('search.answers', 2)             "2 answers" / "2 Antworten" ($1 is the count)
//
// Keys are typed from the English catalog; tests/unit/i18n.test.ts checks that both
// catalogs have the same keys and placeholders, and that every key used in code exists.

import { browser } from 'wxt/browser';
import type catalog from '../locales/en.json';

type Catalog = typeof catalog;

/** A plural message: a form for exactly 1 (and optionally 0), and `n` for any other count. */
type PluralEntry = { n: string };

type KeysOf<T, Prefix extends string, Want> = {
  [K in keyof T & string]: T[K] extends string
    ? Want extends 'simple'
      ? `${Prefix}${K}`
      : never
    : T[K] extends PluralEntry
      ? Want extends 'plural'
        ? `${Prefix}${K}`
        : never
      : KeysOf<T[K], `${Prefix}${K}.`, Want>;
}[keyof T & string];

/** Keys of plain messages, e.g. `'settings.title'`. */
export type MessageKey = KeysOf<Catalog, '', 'simple'>;
/** Keys of messages with plural forms, e.g. `'search.answers'`. */
export type PluralKey = KeysOf<Catalog, '', 'plural'>;

type Substitutions = string | number | ReadonlyArray<string | number>;

/** The browser's message name for a catalog key (`panel.hide` → `panel_hide`). */
export function messageName(key: string): string {
  return key.replaceAll('.', '_');
}

// WXT types getMessage by the generated catalog; the keys here are checked by MessageKey.
type GetMessage = (this: unknown, name: string, substitutions?: string[]) => string | undefined;

function getMessage(key: string, substitutions: string[]): string {
  try {
    const get = browser.i18n.getMessage as GetMessage;
    return get.call(browser.i18n, messageName(key), substitutions.length > 0 ? substitutions : undefined) ?? '';
  } catch {
    // No i18n API here (a test without a catalog): the key stands in, visibly.
    return '';
  }
}

/**
 * The language of the catalog the browser chose ("en", "de"): the one the text is in, which
 * is not always the browser's own (a French browser gets the English catalog).
 */
export function uiLanguage(): string {
  return getMessage('meta.lang', []) || 'en';
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/** A date as the interface language writes it ("28 November 2026", "28. November 2026"). */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
}

function asList(substitutions: Substitutions | undefined): string[] {
  if (substitutions === undefined) return [];
  const list = Array.isArray(substitutions) ? substitutions : [substitutions as string | number];
  return list.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
}

/** The message for `key` in the interface language, with `$1`, `$2`… replaced. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  return getMessage(key, asList(substitutions)) || key;
}

/**
 * The form of a plural message for `count` ("1 answer", "2 answers"), the count written as
 * the language writes numbers ("1,000" / "1.000"). Further substitutions are `$2`, `$3`…
 */
export function plural(key: PluralKey, count: number, substitutions?: Substitutions): string {
  const message = getMessage(key, [formatNumber(count), ...asList(substitutions)]);
  if (!message) return key;
  const forms = message.split(' | ');
  // As @wxt-dev/i18n writes them: [one, other] or [zero, one, other].
  const one = new Intl.PluralRules(uiLanguage()).select(count) === 'one';
  const form =
    forms.length >= 3 ? (count === 0 ? forms[0] : one ? forms[1] : forms[2]) : forms.length === 2 ? (one ? forms[0] : forms[1]) : forms[0];
  return form ?? message;
}

/**
 * An extension page in the interface language: `<html lang>` (screen readers, hyphenation,
 * the spell checker) and, when given, its title. The static index.html says `en` and the
 * English title until this runs; the corpus text inside carries its own `lang`.
 */
export function localizeDocument(title?: string, doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
  if (title !== undefined) doc.title = title;
}
