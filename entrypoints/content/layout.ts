// Where the panel's host sits in the EMS page and how big it is: fixed beside the page's
// content, never over its controls, and immune to what the page's stylesheets say about it.
// Pure functions over the page's geometry, so tests can check them without a browser.

import { MAX_FRAME_PX } from '@/lib/messages';

/** Where the frame sits: below the app's header bar, off the window's edge (px). */
export const FRAME_TOP = 72;
export const FRAME_EDGE = 16;
/** The open panel's width (px), as panel.css draws it. */
export const PANEL_WIDTH = 344;
/**
 * The tallest the frame may be (px): from FRAME_TOP down to FRAME_EDGE above the window's
 * bottom, at least 120 and at most MAX_FRAME_PX (what the panel accepts: a tall screen
 * zoomed out is taller, and the panel never needs that much).
 */
export function maxFrameHeight(windowHeight: number): number {
  const height = Number.isFinite(windowHeight) ? windowHeight : 0;
  return Math.min(MAX_FRAME_PX, Math.max(120, Math.floor(height) - FRAME_TOP - FRAME_EDGE));
}

/** The window's height when it was last read (see frameHeightLimit). */
let lastWindowHeight = 0;

/**
 * maxFrameHeight for this window now. Firefox throws NS_ERROR_UNEXPECTED when a content
 * script reads the window's size while its tab is closing, and the panel may still report
 * its size at that moment: then the height read last stands, and nothing throws.
 */
export function frameHeightLimit(): number {
  try {
    lastWindowHeight = window.innerHeight;
  } catch {
    // The tab is going away; the last height is as good as any.
  }
  return maxFrameHeight(lastWindowHeight);
}

/** Space kept free between the panel and the nearest control of the page (px). */
const GAP = 8;
/** What a user can operate on the page: the panel must not lie over any of these. */
export const CONTROLS =
  'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [tabindex]:not([tabindex="-1"])';

/** What a page's stylesheet could set on our host or frame to hide, move or distort them. */
const RESET: ReadonlyArray<[string, string]> = [
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['min-width', '0'],
  ['min-height', '0'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
  ['float', 'none'],
  ['zoom', '1'],
];

/**
 * Whether the page leaves room for the open panel on `side`: no control of the page, at any
 * scroll position, reaches into the panel's column. Controls that end above the panel's top
 * never scroll under it (it is fixed, they move up).
 */
export function pageLeavesRoom(side: 'left' | 'right', controls: Iterable<Element>, viewportWidth: number, scrollY: number): boolean {
  const columnStart = viewportWidth - FRAME_EDGE - PANEL_WIDTH - GAP;
  const columnEnd = FRAME_EDGE + PANEL_WIDTH + GAP;
  for (const control of controls) {
    const r = control.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.bottom + scrollY <= FRAME_TOP) continue;
    if (side === 'right' ? r.right > columnStart && r.left < viewportWidth : r.left < columnEnd && r.right > 0) return false;
  }
  return true;
}


export interface FrameSize {
  shape: 'launcher' | 'panel';
  width: number;
  height: number;
}

/**
 * The host's inline declarations (set `!important`, so they win over the page's styles).
 * Until the panel has drawn and said its size (`size` null, or the page not parsed yet:
 * `shown` false), the frame is see-through and lets clicks pass, but keeps a real size:
 * Chrome stops rendering a cross-origin frame of no area (or hidden), and then the panel
 * could never measure itself.
 */
export function hostDeclarations(side: 'left' | 'right', size: FrameSize | null, shown: boolean, maxHeight: number): Array<[string, string]> {
  const drawn = shown && size !== null;
  return [
    ...RESET,
    ['display', 'block'],
    ['position', 'fixed'],
    ['top', `${FRAME_TOP}px`],
    [side, `${FRAME_EDGE}px`],
    ['z-index', '2147483000'],
    ['width', `${drawn ? size.width : PANEL_WIDTH}px`],
    ['height', `${drawn ? size.height : Math.min(maxHeight, 480)}px`],
    ['opacity', drawn ? '1' : '0'],
    ['pointer-events', drawn ? 'auto' : 'none'],
    ['visibility', 'visible'],
    ['border-radius', size?.shape === 'launcher' ? '20px' : '12px'],
    ['box-shadow', '0 8px 28px rgba(23, 25, 28, 0.16), 0 1px 3px rgba(23, 25, 28, 0.1)'],
    ['overflow', 'hidden'],
  ];
}

/** The frame fills its host, whatever the page's styles say about iframes. */
export const FRAME_DECLARATIONS: ReadonlyArray<[string, string]> = [
  ...RESET,
  ['display', 'block'],
  ['border', '0'],
  ['width', '100%'],
  ['height', '100%'],
  ['color-scheme', 'normal'],
];
