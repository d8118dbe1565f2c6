// What a user does (scenarios.ts), in Chromium: the Chrome build in Debian's Chromium.

import { describe, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { chromiumDriver } from './chromium-adapter';
import type { Driver } from './driver';
import { scenarios } from './scenarios';

const env = setUpExtensionBrowser();
let driver: Driver | undefined;

describe('what a user does, in Chromium', () => {
  for (const scenario of scenarios) {
    it(scenario.name, () => {
      // Made on first use, after the browser has started, and kept: it collects requests and errors from then on.
      driver ??= chromiumDriver(env.browser, env.replica.port);
      return scenario.run(driver);
    });
  }
});
