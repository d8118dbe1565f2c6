// Runs before every unit/component test file.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage } from './i18n-catalog';

// The fake browser has no i18n: answer from the English catalog, as an English browser does.
const englishMessages = fakeGetMessage('en');

beforeEach(() => {
  // A test that asserts nothing fails: a loop over an empty list or a condition never met
  // cannot leave a test passing while it checks nothing (issue 22).
  expect.hasAssertions();
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = englishMessages as typeof fakeBrowser.i18n.getMessage;
});
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// jsdom has no layout, so no scrolling: the components call it to keep the selection in view.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
