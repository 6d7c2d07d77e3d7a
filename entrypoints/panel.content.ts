import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { keepForgedStopsOut } from '../src/content/forged-stops';
import { createProductPanel } from '../src/content/panel';
import { onProductRead } from '../src/content/product-read-bus';

// The verdict badge on product pages; the site's reader script tells it which product was read.
export default defineContentScript({
  matches: matchPatterns(Object.values(SITE_HOSTS).flatMap((h) => h.product)),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    keepForgedStopsOut(ctx);
    const panel = createProductPanel(ctx);
    const stop = onProductRead(() => panel.show());
    ctx.onInvalidated(stop);
  },
});
