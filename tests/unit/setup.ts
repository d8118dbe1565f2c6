// Runs before every unit/component test file.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// jsdom has no layout, so no scrolling: the components call it to keep the selection in view.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
