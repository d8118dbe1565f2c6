// The few `chrome.*` calls the real-browser tests evaluate inside the extension's service
// worker (Playwright runs them there, not in Node).
declare const chrome: {
  runtime: { reload(): void };
  tabs: {
    query(query: { url?: string }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } };
};
