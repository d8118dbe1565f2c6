// The corpus, generated at build time by lib/corpus/build/vite-plugin.ts. Its shape is
// `BundledCorpus` (lib/corpus/types.ts); lib/corpus/index.ts reads it as such.
declare module 'virtual:ems-corpus' {
  const corpus: unknown;
  export default corpus;
}

// Every entry without its answer (`CatalogueEntry[]`); lib/corpus/catalogue.ts reads it.
declare module 'virtual:ems-corpus-catalogue' {
  const catalogue: unknown;
  export default catalogue;
}

// Each page's topics ranked by the search engine at build time (`TopicRankings`,
// lib/suggest/topic-ranking.ts); the panel page reads it in lib/suggest/rankings.ts.
declare module 'virtual:ems-topic-rankings' {
  const rankings: unknown;
  export default rankings;
}

// Each page's first suggestions with the words they show (`FirstSuggestions`,
// lib/suggest/first-suggestions.ts), for the panel page's first script.
declare module 'virtual:ems-first-suggestions' {
  const lists: unknown;
  export default lists;
}
