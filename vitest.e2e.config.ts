// The real-browser suite: the built extension in Debian's Chromium against the local
// EMS replica. `npm run test:e2e` builds first.
import { defineConfig } from 'vitest/config';

// The policy test writes a Chromium policy into /etc: collected only in CI or when asked for.
const policyTest = process.env.CI === 'true' || process.env.EMS_HELP_POLICY_TEST === '1';
if (!policyTest) {
  console.log('tests/e2e/managed-policy.e2e.ts is left out: it runs with CI=true or EMS_HELP_POLICY_TEST=1 (it writes a Chromium policy into /etc).');
}

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: policyTest ? ['**/node_modules/**'] : ['**/node_modules/**', 'tests/e2e/managed-policy.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A slow or busy machine still passes: expect.poll retries for up to 10 s (default 1 s).
    expect: { poll: { timeout: 10_000 } },
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
