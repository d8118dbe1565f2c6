// The answer tab's address: `answer.html#<entry-id>`, or `#index` (optionally `#index?q=…`)
// for the whole FAQ. Parsed here so every surface builds and reads it the same way.

export type AnswerRoute =
  | { view: 'index'; filter: string }
  | { view: 'entry'; id: string }
  | { view: 'missing'; id: string };

export function parseAnswerHash(hash: string, knownId: (id: string) => boolean): AnswerRoute {
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw === 'index' || raw.startsWith('index?')) {
    const query = raw.startsWith('index?') ? new URLSearchParams(raw.slice('index?'.length)).get('q') : null;
    return { view: 'index', filter: query ?? '' };
  }
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape: look the raw text up as it is.
  }
  return knownId(id) ? { view: 'entry', id } : { view: 'missing', id };
}

export function indexHash(filter = ''): string {
  return filter ? `#index?${new URLSearchParams({ q: filter }).toString()}` : '#index';
}

/** Words of an id that was not found, to search for what it probably meant. */
export function idToWords(id: string): string {
  return id.replace(/[-_]+/g, ' ').trim().slice(0, 200);
}
