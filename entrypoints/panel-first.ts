// The panel page's first script: a plain (not module) script at the top of panel.html's head
// (wxt.config.ts puts it there), so it runs while the page's modules are still arriving: a
// module runs only once its whole graph is in. It asks storage at once for what the panel's
// first paint waits for (lib/state/first-reads.ts; the stores take those answers), and in
// the EMS page draws the panel's first state from them before React has arrived
// (components/panel/first-paint.ts).

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintFirstState } from '@/components/panel/first-paint';
import { askFirstPaintReads } from '@/lib/state/first-reads';

export default defineUnlistedScript(() => {
  // For the bench's breakdown (scripts/bench-panel.ts): when the page's first script ran.
  performance.mark('ems-help:first-script');
  askFirstPaintReads();
  void paintFirstState();
});
