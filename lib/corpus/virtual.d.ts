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
