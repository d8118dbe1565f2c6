// Unit and component tests (jsdom). The real-browser suite has its own config.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { emsCorpus } from './lib/corpus/build/vite-plugin.ts';

export default defineConfig({
  // WxtVitest() does not include wxt.config's own Vite plugins: add the corpus here too.
  plugins: [WxtVitest(), emsCorpus()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
