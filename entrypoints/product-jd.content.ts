import { jdAdapter } from '../src/adapters/jd';
import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { runProductPage } from '../src/content/product-page';

export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.jd.product),
  runAt: 'document_idle',
  main(ctx) {
    void runProductPage(jdAdapter, { signal: ctx.signal });
    ctx.addEventListener(window, 'wxt:locationchange', () => void runProductPage(jdAdapter, { signal: ctx.signal }));
  },
});
