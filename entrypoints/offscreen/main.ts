import { browser } from 'wxt/browser';
import { isExtensionPage, originOf, type Sender } from '../../src/background/sender-checks';
import { offscreenMessaging } from '../../src/background/watch/offscreen-protocol';
import { readProductHtml } from '../../src/background/watch/read-html';

const parser = new DOMParser();
const origin = originOf(browser.runtime.getURL('/'));
// Content scripts hear and can send every runtime message too: only the background is answered.
offscreenMessaging.onMessage('readProductHtml', ({ data, sender }) => {
  if (!isExtensionPage(sender as Sender, browser.runtime.id, origin))
    throw new Error('readProductHtml: refused, the sender may not ask this');
  return readProductHtml(parser, data);
});
