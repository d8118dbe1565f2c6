// Build time only: a Vite plugin that exposes the parsed corpus as `virtual:ems-corpus`.
// It runs on every `wxt build`, `wxt dev` and vitest run, so there is no generated file
// for anyone to forget to regenerate; in dev, editing a FAQ file rebuilds.

import type { Plugin } from 'vite';
import type { BundledCorpus } from '../types';
import { CORPUS_DIR, listCorpusFiles, loadCorpus } from './load-corpus.ts';

const PUBLIC_ID = 'virtual:ems-corpus';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export function emsCorpus(dir: string = CORPUS_DIR): Plugin {
  return {
    name: 'ems-corpus',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of listCorpusFiles(dir)) this.addWatchFile(file);
      const corpus = loadCorpus(dir); // throws `file:line: reason`, which fails the build
      const bundled: BundledCorpus = {
        entries: corpus.entries.map(({ id, title, section, body }) => ({ id, title, section, body })),
      };
      // JSON.parse of a string literal is faster to start than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundled))});`;
    },
  };
}
