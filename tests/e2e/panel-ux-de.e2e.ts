// The panel at 1024 px with the German interface (panel-ux.ts): Chromium takes the extension's
// German catalogue from its own interface language, which on Linux comes from LANGUAGE.

import { describe, it } from 'vitest';
import { setUpExtensionBrowser } from './browser';
import { GERMAN, warningLauncherFits } from './panel-ux';

// Read by the browser this file launches (each test file runs in its own process).
process.env.LANGUAGE = 'de';
process.env.LANG = 'de_DE.UTF-8';
const env = setUpExtensionBrowser({ extraArgs: ['--lang=de'] });

describe('the panel at 1024 px, in German', () => {
  it('the warning’s launcher shows its whole label on one line', async () => {
    await warningLauncherFits(env.browser, GERMAN, 'Hilfe zu dieser Warnung');
  });
});
