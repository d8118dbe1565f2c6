// The real-browser suite in Firefox: the scenarios every browser shares (scenarios.ts) and
// Firefox's own (restart, update). `npm run test:e2e:firefox` builds the Firefox add-on first.
import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.ts';

// The same timeouts and one-browser-at-a-time as the Chromium suite; only the files differ.
export default defineConfig({ test: { ...e2e.test, include: ['tests/e2e/**/*.firefox.ts'] } });
