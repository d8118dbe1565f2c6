// Build time only (Node): the guides' screenshots, made fit to ship. Each is resized to at
// most MAX_WIDTH pixels wide and encoded as WebP (the screenshots are 12.6 MB as received;
// the Chrome package must stay small), cached by content so a rebuild costs nothing, and
// copied into the extension at `corpus-media/…` by the WXT hook in wxt.config.ts.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { MediaFile } from './resolve.ts';

/** Wide enough for the answer tab's column at 2× on most screens, small enough to ship. */
export const MAX_WIDTH = 1000;
/** WebP quality: screenshots of text stay legible at this level. */
const QUALITY = 72;
const CACHE_DIR = resolve(import.meta.dirname, '../../../node_modules/.cache/ems-help-media');

/** Fills in every image node's displayed size (after resizing), so pages never jump. */
export async function measureImages(media: readonly MediaFile[]): Promise<void> {
  await Promise.all(
    media
      .filter((m) => m.kind === 'image')
      .map(async (m) => {
        const { width = MAX_WIDTH, height = 0 } = await sharp(m.from).metadata();
        const scale = Math.min(1, MAX_WIDTH / width);
        for (const node of m.nodes) {
          node.width = Math.round(width * scale);
          node.height = Math.round(height * scale);
        }
      }),
  );
}

/** Optimises each file (or takes it from the cache) and returns where it is on disk. */
export async function optimiseMedia(media: readonly MediaFile[]): Promise<Array<{ absoluteSrc: string; relativeDest: string }>> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const out: Array<{ absoluteSrc: string; relativeDest: string }> = [];
  for (const m of media) {
    if (m.kind === 'video') {
      out.push({ absoluteSrc: m.from, relativeDest: m.to });
      continue;
    }
    const hash = createHash('sha256').update(readFileSync(m.from)).update(`${MAX_WIDTH}:${QUALITY}`).digest('hex').slice(0, 20);
    const cached = join(CACHE_DIR, `${hash}.webp`);
    if (!existsSync(cached)) {
      const tmp = `${cached}.${process.pid}.tmp`;
      await sharp(m.from).resize({ width: MAX_WIDTH, withoutEnlargement: true }).webp({ quality: QUALITY }).toFile(tmp);
      copyFileSync(tmp, cached);
    }
    out.push({ absoluteSrc: cached, relativeDest: m.to });
  }
  return out;
}
