import type { JsValue } from './js-literal';
import { digitsOrNull, epochToIso } from './order-lines';
import { assignedLiteral } from './page';
import type { OrderPageReader, OrderPageResult, PurchaseLine } from './types';
import { asArray, asNumber, asText, at, fenToYuan, field, findObjectWithKey } from './values';

/**
 * Pinduoduo's orders (mobile.yangkeduo.com/orders.html), from the page's server state
 * `window.rawData` as on its goods pages: an `orders[]` list whose entries hold `order_sn`,
 * `order_time` (epoch seconds), `mall.mall_name`, `order_status_prompt` and `order_goods[]` of
 * `goods_id`, `sku_id`, `goods_price` (fen) and `goods_number`. Addresses, receivers and express
 * fields in the same entries are never read. The field names are the ones Pinduoduo uses on its
 * goods pages; no saved orders page was available to check them, so a page without them reads as
 * unreadable rather than half-read.
 */

const CLOSED = /取消|关闭|退款成功/;

function ordersOf(state: JsValue | undefined): JsValue[] {
  const holder = findObjectWithKey(state, 'orders');
  return asArray(field(holder, 'orders')).filter((o) => field(o, 'order_sn') !== undefined);
}

function read(doc: Document): OrderPageResult {
  const state = assignedLiteral(doc, 'window.rawData') ?? assignedLiteral(doc, 'rawData');
  const orders = ordersOf(state).slice(0, 200);
  if (orders.length === 0) return { ok: false, unreadable: 'no orders in window.rawData: logged out, or the page changed' };
  const lines: PurchaseLine[] = [];
  const warnings: string[] = [];
  for (const order of orders) {
    const orderRef = asText(field(order, 'order_sn'));
    if (CLOSED.test(asText(field(order, 'order_status_prompt')) ?? '')) continue;
    const orderedAt = epochToIso(asNumber(field(order, 'order_time')));
    if (!orderedAt) {
      warnings.push(`order ${orderRef ?? '?'}: no order time`);
      continue;
    }
    const shop = asText(at(order, 'mall', 'mall_name'));
    for (const goods of asArray(field(order, 'order_goods'))) {
      const itemId = digitsOrNull(asText(field(goods, 'goods_id')));
      if (!itemId) continue;
      const quantity = asNumber(field(goods, 'goods_number'));
      const unitPrice = fenToYuan(field(goods, 'goods_price'));
      if (unitPrice === null) warnings.push(`order ${orderRef ?? '?'} item ${itemId}: no price paid`);
      lines.push({
        site: 'pinduoduo',
        itemId,
        skuId: digitsOrNull(asText(field(goods, 'sku_id'))),
        unitPrice,
        quantity: quantity !== null && Number.isInteger(quantity) && quantity >= 1 ? quantity : 1,
        orderedAt,
        shop,
        orderRef: orderRef && /^[\w-]{1,40}$/.test(orderRef) ? orderRef : null,
      });
    }
  }
  if (lines.length === 0) return { ok: false, unreadable: `found ${orders.length} orders but no open items in them` };
  return { ok: true, lines, warnings };
}

export const pinduoduoOrderReader: OrderPageReader = {
  site: 'pinduoduo',
  matchesUrl: (url) =>
    (url.hostname === 'mobile.yangkeduo.com' || url.hostname === 'mobile.pinduoduo.com') && url.pathname === '/orders.html',
  readySelector: 'body',
  read(doc) {
    try {
      return read(doc);
    } catch (error) {
      return { ok: false, unreadable: `the order page could not be read: ${String(error)}` };
    }
  },
};
