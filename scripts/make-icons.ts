// Renders assets/icon.svg to the PNG sizes the stores ask for (16, 32, 48, 96, 128), with
// Debian's Chromium. Run by hand when the icon changes: `npx tsx scripts/make-icons.ts`.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(root, `assets/public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log('icons written to assets/public/icon/');
