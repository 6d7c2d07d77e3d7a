import { taobaoOrderReader } from '../src/adapters/taobao-orders';
import { ORDER_PAGE_MATCHES } from '../src/core/hosts';
import { importOrderPage } from '../src/content/order-page';

export default defineContentScript({
  matches: ORDER_PAGE_MATCHES.taobao,
  runAt: 'document_idle',
  main: (ctx) => void importOrderPage(taobaoOrderReader, ctx.signal),
});
