// The real-browser suite: the built extension in Debian's Chromium against the local
// EMS replica. `npm run test:e2e` builds first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A slow or busy machine still passes: expect.poll retries for up to 10 s (default 1 s).
    expect: { poll: { timeout: 10_000 } },
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
