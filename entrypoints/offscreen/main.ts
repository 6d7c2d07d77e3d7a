import { offscreenMessaging } from '../../src/background/watch/offscreen-protocol';
import { readProductHtml } from '../../src/background/watch/read-html';

const parser = new DOMParser();
offscreenMessaging.onMessage('readProductHtml', ({ data }) => readProductHtml(parser, data));
