// The one `chrome.*` call the real-browser tests evaluate inside the extension's service
// worker (Playwright runs it there, not in Node).
declare const chrome: {
  runtime: { reload(): void };
};
