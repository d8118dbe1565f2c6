// Checks for the values of an organisation's policy (managed.ts): the help contact's link
// and words, and one-of and true/false values, each giving a warning that names the key and
// shows (briefly) the rejected value. Pure; no browser API.

export const MAX_URL_CHARS = 2048;
export const MAX_LABEL_CHARS = 80;

// C0 and C1 control characters, and the invisible format characters that can reorder or
// hide text (bidirectional overrides and isolates, zero-width characters).
// eslint-disable-next-line no-control-regex
const CONTROL_OR_FORMAT = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** Short, printable, never the whole of a long or hostile value. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The organisation's help link if it may become a live link: https: (with a host and no
 * user name or password in it) or mailto: (with an address), no control characters,
 * at most MAX_URL_CHARS. Otherwise the reason.
 */
export function checkContactUrl(raw: string): { value: string } | { error: string } {
  const value = raw.trim();
  if (!value) return { error: 'is empty' };
  if (value.length > MAX_URL_CHARS) return { error: `is longer than ${MAX_URL_CHARS} characters` };
  if (CONTROL_OR_FORMAT.test(value)) return { error: 'contains control characters' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: 'is not a URL' };
  }
  if (url.protocol === 'https:') {
    if (!url.hostname) return { error: 'has no host' };
    if (url.username || url.password) return { error: 'contains a user name or password' };
    return { value: url.href };
  }
  if (url.protocol === 'mailto:') {
    const address = decodeURIComponentSafe(url.pathname);
    if (!address || !/^[^\s@,;]+@[^\s@,;]+$/.test(address)) return { error: 'is not a mailto: link with one e-mail address' };
    // `?to=`, `?cc=` and `?bcc=` add addresses: one address means one.
    const recipients = [...url.searchParams.keys()].filter((key) => /^(to|cc|bcc)$/i.test(key));
    if (recipients.length > 0) return { error: `adds addresses with ${recipients.map((k) => `"${k}="`).join(', ')} (one e-mail address only)` };
    return { value: url.href };
  }
  return { error: `uses ${url.protocol} (only https: and mailto: are allowed)` };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/** The link's words, spaces evened, if they are short text with no control characters. */
export function checkLabel(raw: string): { value: string } | { error: string } {
  const label = raw.trim().replace(/\s+/g, ' ');
  if (!label) return { error: 'is empty' };
  if (CONTROL_OR_FORMAT.test(raw)) return { error: 'contains control characters' };
  if (label.length > MAX_LABEL_CHARS) return { error: `is longer than ${MAX_LABEL_CHARS} characters` };
  return { value: label };
}

/** A text setting as `check` cleans it, or undefined with a warning that says why not. */
export function pickText(
  value: unknown,
  key: string,
  check: (raw: string) => { value: string } | { error: string },
  warnings: string[],
): string | undefined {
  if (typeof value !== 'string') {
    warnings.push(`Managed setting "${key}" ignored: expected a string, got ${describe(value)}.`);
    return undefined;
  }
  const checked = check(value);
  if ('error' in checked) {
    warnings.push(`Managed setting "${key}" ignored: ${shown(value)} ${checked.error}.`);
    return undefined;
  }
  return checked.value;
}

export function pickEnum<T extends string>(
  allowed: readonly T[],
  value: unknown,
  key: string,
  warnings: string[],
): T | undefined {
  if (typeof value === 'string' && allowed.includes(value as T)) return value as T;
  warnings.push(`Managed setting "${key}" ignored: ${shown(value)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  return undefined;
}

export function pickBoolean(value: unknown, key: string, warnings: string[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  warnings.push(`Managed setting "${key}" ignored: expected true or false, got ${describe(value)} ${shown(value)}.`);
  return undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
