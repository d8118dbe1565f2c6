// The answer tab's type scale in Chromium (answer-type.ts); Firefox: answer-type.firefox.ts.

import { describe, it } from 'vitest';
import { measureAnswerType, expectOneTypeScale } from './answer-type';
import { setUpExtensionBrowser } from './browser';
import { chromiumDriver } from './chromium-adapter';

const env = setUpExtensionBrowser();

describe('the answer tab’s type, in Chromium', () => {
  it('draws headings, related answers and the index in one px scale, as Firefox does', async () => {
    expectOneTypeScale(await measureAnswerType(chromiumDriver(env.browser, env.replica.port)));
  });
});
