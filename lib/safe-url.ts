// The one check every rendered link passes: only http(s) and mailto leave the extension.
// The build already refuses other schemes; this guards the rendering side as well.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function safeExternalUrl(href: string): string | null {
  try {
    const url = new URL(href);
    return ALLOWED.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
