// Build time only: where a link in the corpus may go. A link is resolved first and checked
// after, on what the browser would really open: `new URL` strips tabs, newlines and
// leading control characters, so a check on the raw string alone can be walked around
// (`java&#9;script:`). Problems stop the build with `file:line`.

import { CorpusError } from './errors.ts';

/**
 * Relative links are resolved against this made-up origin, standing for the corpus
 * folder: a link that resolves anywhere else (`/\\evil.example/…` becomes
 * `https://evil.example/…`) has left the corpus and is refused.
 */
const CORPUS_ORIGIN = 'https://corpus.invalid';

/** Control characters, which no honest link contains and which `new URL` silently drops. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export type ResolvedLink =
  /** Inside the corpus: a corpus file (relative to the corpus root) and maybe an anchor. */
  | { kind: 'internal'; file: string; anchor: string | null }
  /** An https: or mailto: URL: a live link. */
  | { kind: 'external'; href: string }
  /** An http: URL (the guides' only ones point at `localhost`): shown as text, not a link. */
  | { kind: 'text' };

/**
 * Decides where a link goes. `fromFile` is the linking file's path relative to the
 * corpus root (`ems-docs/Add-Users.md`); `origin` is what errors cite.
 */
export function resolveLink(url: string, fromFile: string, origin: { file: string; line: number }): ResolvedLink {
  const fail = (reason: string): never => {
    throw new CorpusError(origin.file, origin.line, reason);
  };
  if (CONTROL.test(url)) fail(`The link "${printable(url)}" contains control characters; write the address plainly.`);
  const trimmed = url.trim();
  if (trimmed === '') fail('A link has no target; give it an address or remove it.');

  let resolved: URL;
  try {
    resolved = new URL(trimmed, `${CORPUS_ORIGIN}/${fromFile}`);
  } catch {
    return fail(`The link "${trimmed}" is not a valid address.`);
  }

  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (relative || resolved.origin === CORPUS_ORIGIN) {
    // A relative link must stay relative: `Other-Page.md`, `../Add-Users.md#anchor`, `#anchor`
    // (`//host/x`, `\\host`, `/\host` resolve to another host).
    if (!relative || resolved.origin !== CORPUS_ORIGIN || !isPlainRelative(trimmed)) {
      fail(`The link "${trimmed}" points outside the corpus; write external links with https:.`);
    }
    const anchor = resolved.hash ? safeDecode(resolved.hash.slice(1)) : null;
    return { kind: 'internal', file: safeDecode(resolved.pathname.slice(1)), anchor };
  }
  switch (resolved.protocol) {
    case 'https:':
    case 'mailto:':
      return { kind: 'external', href: resolved.href };
    case 'http:':
      return { kind: 'text' };
    default:
      return fail(
        `The link "${trimmed}" uses the scheme "${resolved.protocol}", which the corpus does not allow; use https: or mailto:.`,
      );
  }
}

/** A relative reference with no scheme and no authority (`//host`, `\\host`, `/\host` are not). */
function isPlainRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/\\]{2}/.test(url) && !/^\/\\/.test(url);
}

function printable(value: string): string {
  return value.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
