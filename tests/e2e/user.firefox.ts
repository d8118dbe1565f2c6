// What a user does (scenarios.ts), in Firefox: the Firefox build in Debian's firefox-esr.

import { describe, it } from 'vitest';
import { setUpFirefox } from './firefox';
import { scenarios } from './scenarios';

const env = setUpFirefox();

describe('what a user does, in Firefox', () => {
  for (const scenario of scenarios) it(scenario.name, () => scenario.run(env.firefox.driver));
});
