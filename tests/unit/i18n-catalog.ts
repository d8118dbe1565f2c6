// The catalogs as the browser sees them: locales/<lang>.json turned into messages.json by
// @wxt-dev/i18n's own build functions, and a getMessage that behaves as the browser's does
// ($1…$9 replaced, $$ a dollar sign, names case-insensitive, '' for an unknown name).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export function catalogPath(lang: Language): string {
  return resolve(__dirname, '../../locales', `${lang}.json`);
}

/** The raw catalog (nested keys, plural objects). */
export function readCatalog(lang: Language): Record<string, unknown> {
  return JSON.parse(readFileSync(catalogPath(lang), 'utf8')) as Record<string, unknown>;
}

/** messages.json as the build writes it: name → { message }. */
export function chromeMessages(lang: Language): Record<string, { message: string }> {
  const messages = parseMessagesText(readFileSync(catalogPath(lang), 'utf8'), 'JSON5');
  return generateChromeMessages(messages) as Record<string, { message: string }>;
}

export function fakeGetMessage(lang: Language): (name: string, substitutions?: string | string[]) => string {
  const byName = new Map(Object.entries(chromeMessages(lang)).map(([name, m]) => [name.toLowerCase(), m.message]));
  return (name, substitutions) => {
    const message = byName.get(name.toLowerCase());
    if (message === undefined) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
  };
}
