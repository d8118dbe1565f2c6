// The corpus, parsed at build time by lib/corpus/build/vite-plugin.ts.
declare module 'virtual:ems-corpus' {
  import type { Corpus } from './types';
  const corpus: Corpus;
  export default corpus;
}
