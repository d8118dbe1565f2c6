// `npm run demo`: the built extension in Chromium on a local replica of the EMS control
// panel, so anyone can try the panel without an EMS account. Ctrl+C ends it.

import { launchWithExtension } from '../tests/e2e/browser';
import { startReplica } from '../tests/e2e/replica/server';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const DEBUG_PORT = 9222;

const replica = await startReplica();
const browser = await launchWithExtension({
  replicaPort: replica.port,
  headless: !hasDisplay,
  extraArgs: hasDisplay ? [] : [`--remote-debugging-port=${DEBUG_PORT}`],
});
const page = await browser.newPage();
await page.goto('https://ems.element.io/user/hosting');

console.log(`EMS replica on https://127.0.0.1:${replica.port}, shown to the browser as https://ems.element.io`);
console.log('Try: the panel on the right, the Billing/Account/Support links, the Hosting tabs.');
console.log(`Popup: ${browser.extensionUrl('popup.html')}   Answers: ${browser.extensionUrl('answer.html#index')}`);
if (!hasDisplay) {
  console.log(
    `No display found, so Chromium runs headless. To see it, run \`xvfb-run -a npm run demo\` under a virtual ` +
      `display with a VNC viewer, or from a desktop open chrome://inspect in Chrome and add localhost:${DEBUG_PORT}.`,
  );
}
console.log('Ctrl+C to stop.');

const stop = async () => {
  await browser.close().catch(() => undefined);
  await replica.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
browser.context.on('close', () => void stop());
