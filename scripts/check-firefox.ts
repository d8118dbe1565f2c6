// `.ci/run` asks, before the tests: is the installed Firefox new enough for the built add-on?
// Prints the one-line hint and exits 1 when it is not (the same check the suite makes).

import { findFirefox, minimumFirefox } from '../tests/e2e/firefox-binary';

try {
  const { path, version } = findFirefox();
  console.log(`Firefox ${version} at ${path} (the add-on needs ${minimumFirefox()} or newer)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
