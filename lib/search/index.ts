// The FAQ search engine: one implementation for the panel, the popup, the answer page and
// the omnibox. Build it once per surface: `createSearchEngine(entries, searchData)`.

export {
  createSearchEngine,
  NO_CURATED_TERMS,
  MAX_QUERY_LENGTH,
  type MatchRange,
  type QueryExplanation,
  type SearchEngine,
  type SearchHit,
  type SearchOptions,
} from './engine';
export { snippet, type Snippet } from './snippet';
