import { jdOrderReader } from '../src/adapters/jd-orders';
import { ORDER_PAGE_MATCHES } from '../src/core/hosts';
import { importOrderPage } from '../src/content/order-page';

export default defineContentScript({
  matches: ORDER_PAGE_MATCHES.jd,
  runAt: 'document_idle',
  main: (ctx) => void importOrderPage(jdOrderReader, ctx.signal),
});
