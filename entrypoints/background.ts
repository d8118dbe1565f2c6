// The background does what only it can: open answer tabs for content scripts.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerPageUrl, isBackgroundMessage } from '../lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundMessage(message)) return undefined;
    const opener = sender.tab;
    // Next to the tab it was asked from, as the browser places a link opened in a new tab.
    return browser.tabs
      .create({
        url: answerPageUrl(message.id),
        active: message.active,
        ...(opener?.id !== undefined ? { openerTabId: opener.id, index: opener.index + 1 } : {}),
      })
      .then(() => ({ ok: true }));
  });
});
