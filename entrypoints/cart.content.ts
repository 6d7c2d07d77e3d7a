import { JD_CART_LAYOUT, jdCartReader } from '../src/adapters/jd-cart';
import { TAOBAO_CART_LAYOUT, taobaoCartReader } from '../src/adapters/taobao-cart';
import { SITE_HOSTS, matchPatterns } from '../src/core/hosts';
import { importCartPage } from '../src/content/cart-page';
import { keepForgedStopsOut } from '../src/content/forged-stops';

export default defineContentScript({
  matches: matchPatterns([...SITE_HOSTS.jd.cart, ...SITE_HOSTS.taobao.cart]),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    keepForgedStopsOut(ctx);
    const url = new URL(location.href);
    if (jdCartReader.matchesUrl(url)) void importCartPage(jdCartReader, JD_CART_LAYOUT, ctx.signal);
    else if (taobaoCartReader.matchesUrl(url)) void importCartPage(taobaoCartReader, TAOBAO_CART_LAYOUT, ctx.signal);
  },
});
