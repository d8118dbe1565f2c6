// `npx wxt build && npx tsx scripts/trace-panel.ts [FILE]`: a Chrome trace (open it in
// DevTools' Performance panel or ui.perfetto.dev) of one EMS page load with the in-page panel,
// after five loads that warm the browser's caches as a person's tabs do. What bench-panel.ts's
// breakdown cannot show: which task in the panel's frame takes the time (script compiling,
// React's render, layout). Writes tests/artifacts/panel-trace.json unless given a file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { panelFrame } from '../tests/e2e/panel-frame';
import { startReplica } from '../tests/e2e/replica/server';

const replica = await startReplica();
const b = await launchWithExtension({ replicaPort: replica.port });
try {
  const page = await b.newPage();
  for (let i = 0; i < 5; i++) {
    await page.goto('https://ems.element.io/user/hosting?warm=' + i);
    await (await panelFrame(page)).locator('.panel-list li').first().waitFor();
    await page.waitForTimeout(300);
  }
  await page.goto('about:blank');
  const session = await b.context.newCDPSession(page);
  const events: unknown[] = [];
  session.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
  const done = new Promise((r) => session.once('Tracing.tracingComplete', r));
  await session.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'disabled-by-default-v8.compile', 'toplevel'],
    },
    transferMode: 'ReportEvents',
  } as never);
  await page.goto('https://ems.element.io/user/hosting?trace=1');
  await (await panelFrame(page)).locator('.panel-list li').first().waitFor();
  await page.waitForTimeout(500);
  await session.send('Tracing.end');
  await done;
  const file = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../tests/artifacts/panel-trace.json'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  console.log(`${events.length} trace events written to ${file}`);
} finally {
  await b.close();
  await replica.close();
}
