import { pinduoduoOrderReader } from '../src/adapters/pinduoduo-orders';
import { ORDER_PAGE_MATCHES } from '../src/core/hosts';
import { importOrderPage } from '../src/content/order-page';

export default defineContentScript({
  matches: ORDER_PAGE_MATCHES.pinduoduo,
  runAt: 'document_idle',
  main: (ctx) => void importOrderPage(pinduoduoOrderReader, ctx.signal),
});
