// The answer tab's type scale in Firefox (answer-type.ts); Chromium: answer-type.e2e.ts.

import { describe, it } from 'vitest';
import { measureAnswerType, expectOneTypeScale } from './answer-type';
import { setUpFirefox } from './firefox';

const env = setUpFirefox();

describe('the answer tab’s type, in Firefox', () => {
  it('draws headings, related answers and the index in one px scale, as Chromium does', async () => {
    expectOneTypeScale(await measureAnswerType(env.firefox.driver));
  });
});
