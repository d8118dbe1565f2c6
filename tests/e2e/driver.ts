// What the shared real-browser scenarios (scenarios.ts) need from a browser, and the one
// implementation of "look and act in a document" both drivers share. An adapter
// (chromium-adapter.ts for Playwright, firefox.ts for Puppeteer over WebDriver BiDi) only
// supplies how to evaluate an expression in a frame, click what it yields, press keys,
// open tabs and watch requests and errors. Everything else is written once, here.
//
// Elements are found in the page by CSS and accessible name (aria-label, the field's label,
// else its text), by code that runs in the browser, because the two drivers' own locators
// differ (Playwright's role queries pierce shadow roots; Puppeteer's do not over BiDi).

export type Root = Document | ShadowRoot;

/** Runs in the page: the elements under `root` matching `css`, with accessible name `name` if given. */
export type FindAll = (root: Root, css: string, name: string | null) => Element[];

/**
 * A function run in the browser: it is serialised, so it may use only its arguments and
 * globals. `find` is findAll below, for the same element lookup as click and count.
 */
export type InPage<A, R> = (root: Root, arg: A, find: FindAll) => R | Promise<R>;

/** Somewhere to look and act: a tab's document, or the panel inside it. */
export interface Scope {
  /** Runs `fn(root, arg)` in the browser; throws while the root is not there yet. */
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** Waits up to 10 s for an element matching `css` (with that accessible name), then clicks it as a user does. */
  click(css: string, name?: string): Promise<void>;
  /** Focuses the field, selects what it holds and types `text` over it, key by key. */
  fill(css: string, name: string, text: string): Promise<void>;
  /** How many elements match `css` (with that name); 0 while the root is not there. */
  count(css: string, name?: string): Promise<number>;
  /** The normalised text of every element matching `css`; [] while the root is not there. */
  texts(css: string): Promise<string[]>;
}

export interface Tab extends Scope {
  /** The EMS Help panel in this tab: the one place that knows how the panel is hosted. */
  readonly panel: Scope;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** The document's own address (read in the page: Firefox's driver does not track extension pages). */
  url(): Promise<string>;
  /** Loads `url` in this tab and waits for the document. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** True once the tab is gone (the popup closes itself after opening an answer). */
  closed(): Promise<boolean>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** A new tab on `https://ems.element.io<path>` (the local replica), loaded. */
  openEms(path: string): Promise<Tab>;
  /** A new tab on one of the extension's pages (`popup.html`, `answer.html#…`, `options.html`), loaded. */
  openExtensionPage(path: string): Promise<Tab>;
  /** The EMS page in a second browser of the same kind without the extension (closing the tab closes it). */
  openWithoutExtension(path: string): Promise<Tab>;
  /**
   * Sends the (one) open EMS tab `message` from the extension's background, as its keyboard
   * command and context menu do: the content script takes such messages only from there,
   * not from a page in a tab. (The browsers' own key and menu events cannot be driven from a
   * test; what the background does with them is unit-tested in handlers.)
   */
  sendFromBackground(message: unknown): Promise<void>;
  /** Runs `action` and returns the tab the extension opens because of it, loaded. */
  tabOpenedBy(action: () => Promise<unknown>): Promise<Tab>;
  /** Every http(s) request the driver has seen the extension's pages, content script or EMS tabs make. */
  requests(): Promise<string[]>;
  /** Every error the driver has seen from the extension's pages, content script or background. */
  errors(): Promise<string[]>;
}

/** What an adapter supplies for one frame. */
/**
 * What Playwright's and Puppeteer's frames both offer, as far as `frameAccess` uses it (the
 * Chromium driver runs on Playwright, the Firefox one on Puppeteer).
 */
export interface DriverFrame {
  evaluate(expression: string): Promise<unknown>;
  evaluateHandle(expression: string): Promise<{ asElement(): { click(): Promise<void> } | null; dispose(): Promise<void> }>;
}

/** A frame of a tab, driven with the real input of the tab's page (`keyboard` types there). */
export function frameAccess(keyboard: { type(text: string): Promise<void> }, frame: DriverFrame): FrameAccess {
  return {
    evaluate: (expression) => frame.evaluate(expression),
    clickElement: async (expression) => {
      const handle = await frame.evaluateHandle(expression);
      const element = handle.asElement();
      if (!element) throw new Error(`not an element: ${expression}`);
      await element.click();
      await handle.dispose();
    },
    type: (text) => keyboard.type(text),
  };
}

export interface FrameAccess {
  /** Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value. */
  evaluate(expression: string): Promise<unknown>;
  /** Clicks, with the driver's real input, the element the expression evaluates to. */
  clickElement(expression: string): Promise<void>;
  /** Types as keystrokes into whatever has focus. */
  type(text: string): Promise<void>;
}

export const DOCUMENT_ROOT = 'document';
/** The element the content script adds to an EMS page (its tag name is random per load). */
export const PANEL_HOST = '[data-ems-help]';
/** The panel page's address in an EMS page's frame (`chrome-extension:` or `moz-extension:`). */
export const PANEL_FRAME_URL = /^(chrome|moz)-extension:\/\/[^/]+\/panel\.html\?in=page/;

const findAll: FindAll = function findAll(root: Root, css: string, name: string | null): Element[] {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const label = (el: Element) => {
    const aria = el.getAttribute('aria-label');
    if (aria !== null) return norm(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm(labels[0]!.textContent);
    return norm(el.textContent);
  };
  return [...root.querySelectorAll(css)].filter((el) => name === null || label(el) === name);
};

/**
 * Defined before serialised code runs in the page: esbuild run with keepNames (tsx, for the
 * screenshot script) wraps named functions in a `__name(fn, "name")` helper the page lacks.
 */
const NAME_SHIM = 'const __name = (fn) => fn;';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds a Scope on a frame whose root is what `rootExpression` evaluates to (null: not there yet). */
export function scopeIn(frame: FrameAccess, rootExpression: string): Scope {
  const run = <A, R>(fn: InPage<A, R>, arg: A, missing: 'throw' | 'null') =>
    frame.evaluate(
      `(async () => {
        ${NAME_SHIM}
        const findAll = ${findAll.toString()};
        const root = ${rootExpression};
        if (!root) { if (${JSON.stringify(missing)} === 'throw') throw new Error('not in the page yet: ' + ${JSON.stringify(rootExpression)}); return null; }
        return (${fn.toString()})(root, ${JSON.stringify(arg)}, findAll);
      })()`,
    ) as Promise<R>;

  const count = async (css: string, name?: string) =>
    (await run<[string, string | null], number>(
      (root, [c, n], find) => find(root, c, n).length,
      [css, name ?? null],
      'null',
    )) ?? 0;

  /** Waits until the element exists, then hands the driver an expression that yields it. */
  const locate = async (css: string, name: string | null): Promise<string> => {
    const deadline = Date.now() + 10_000;
    while ((await count(css, name ?? undefined).catch(() => 0)) === 0) {
      if (Date.now() > deadline) throw new Error(`no ${css}${name === null ? '' : ` named “${name}”`} within 10 s`);
      await sleep(100);
    }
    return `(() => { ${NAME_SHIM} const findAll = ${findAll.toString()}; return findAll(${rootExpression}, ${JSON.stringify(css)}, ${JSON.stringify(name)})[0]; })()`;
  };

  return {
    evaluate: (fn, arg) => run(fn, arg, 'throw'),
    count,
    texts: async (css) =>
      (await run<string, string[]>(
        (root, c, find) => find(root, c, null).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
        css,
        'null',
      )) ?? [],
    click: async (css, name) => {
      // The element can be replaced between finding and clicking it (a list re-rendering as
      // results arrive): find it again. Playwright's locators do this themselves.
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          await frame.clickElement(await locate(css, name ?? null));
          return;
        } catch (error) {
          if (!/detached|not attached|not connected/i.test(String(error)) || Date.now() > deadline) throw error;
          await sleep(100);
        }
      }
    },
    fill: async (css, name, text) => {
      const element = await locate(css, name);
      await frame.evaluate(`(() => { const el = ${element}; el.focus(); el.select(); })()`);
      await frame.type(text);
    },
  };
}
