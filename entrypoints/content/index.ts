// The content script on ems.element.io: no React, no corpus, no search engine. It works out
// which page of the control panel the user is on, hosts the panel page (panel.html, an
// extension page) in an iframe inside a closed shadow root, sizes that frame to what the
// panel shows, and tells the panel where the user is. See ./host.ts.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPanelHost } from './host';

export default defineContentScript({
  matches: ['https://ems.element.io/*'],
  // Before the page is parsed, so the panel's frame loads alongside the app (see host.ts).
  runAt: 'document_start',
  // WXT would announce this script's start to the page with window.postMessage; the page
  // has no business knowing the extension is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPanelHost(ctx);
  },
});
