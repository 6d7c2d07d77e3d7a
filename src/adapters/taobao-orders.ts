import { parseJsLiteral, type JsValue } from './js-literal';
import { chinaTimeToIso, digitsOrNull } from './order-lines';
import { scriptsContaining } from './page';
import type { OrderPageReader, OrderPageResult, OrderSite, PurchaseLine } from './types';
import { asArray, asMoney, asNumber, asText, at, field } from './values';

/**
 * Taobao's 已买到的宝贝 (buyertrade.taobao.com/trade/itemlist/list_bought_items.htm), which lists
 * Tmall orders too. The page carries its orders as `var data = JSON.parse('…')`: `mainOrders[]`
 * with `id`, `orderInfo.createTime`, `seller.shopName`, `statusInfo.text` and `subOrders[]` of
 * `itemInfo.{id, skuId, itemUrl}`, `quantity` and `priceInfo.realTotal` (the unit price paid,
 * item discounts included). Only those fields are read: never the buyer, `payInfo` (order
 * totals) or logistics operations. Structure as public order-export scripts read it.
 */

const MARKER = 'JSON.parse(';
const CLOSED = /关闭|取消|退款成功/;

function embeddedData(doc: Document): JsValue | undefined {
  for (const script of scriptsContaining(doc, MARKER)) {
    const at = script.indexOf(MARKER);
    const literal = parseJsLiteral(script, at + MARKER.length);
    if (typeof literal?.value !== 'string') continue;
    try {
      return JSON.parse(literal.value) as JsValue;
    } catch {
      // another JSON.parse call on the page: keep looking
    }
  }
  return undefined;
}

function siteOfItemUrl(url: string | null): OrderSite {
  return url && /(^|\/\/|\.)tmall\.(com|hk)\//.test(url) ? 'tmall' : 'taobao';
}

function readBought(doc: Document): OrderPageResult {
  const data = embeddedData(doc);
  const orders = asArray(field(data, 'mainOrders')).slice(0, 200);
  if (data === undefined)
    return { ok: false, unreadable: 'no order data (var data = JSON.parse(…)) on the page: logged out, or the page changed' };
  if (orders.length === 0) return { ok: false, unreadable: 'the order data holds no orders' };
  const lines: PurchaseLine[] = [];
  const warnings: string[] = [];
  for (const order of orders) {
    const orderRef = digitsOrNull(asText(field(order, 'id')) ?? asText(at(order, 'orderInfo', 'id')));
    if (CLOSED.test(asText(at(order, 'statusInfo', 'text')) ?? '')) continue;
    const orderedAt = chinaTimeToIso(asText(at(order, 'orderInfo', 'createTime')));
    if (!orderedAt) {
      warnings.push(`order ${orderRef ?? '?'}: no order time`);
      continue;
    }
    const shop = asText(at(order, 'seller', 'shopName'));
    for (const sub of asArray(field(order, 'subOrders'))) {
      const itemId = digitsOrNull(asText(at(sub, 'itemInfo', 'id')));
      // Freight insurance and gifts come as sub-orders without an item id.
      if (!itemId) continue;
      const quantity = asNumber(field(sub, 'quantity'));
      const unitPrice = asMoney(at(sub, 'priceInfo', 'realTotal'));
      if (unitPrice === null) warnings.push(`order ${orderRef ?? '?'} item ${itemId}: no price paid`);
      lines.push({
        site: siteOfItemUrl(asText(at(sub, 'itemInfo', 'itemUrl'))),
        itemId,
        skuId: digitsOrNull(asText(at(sub, 'itemInfo', 'skuId'))),
        unitPrice,
        quantity: quantity !== null && Number.isInteger(quantity) && quantity >= 1 ? quantity : 1,
        orderedAt,
        shop,
        orderRef,
      });
    }
  }
  if (lines.length === 0) return { ok: false, unreadable: `found ${orders.length} orders but no open items in them` };
  return { ok: true, lines, warnings };
}

export const taobaoOrderReader: OrderPageReader = {
  site: 'taobao',
  matchesUrl: (url) => url.hostname === 'buyertrade.taobao.com' && /^\/trade\/itemlist\/list_bought_items\.htm/.test(url.pathname),
  readySelector: '#tp-bought-root, #J_bought_main, body',
  read(doc) {
    try {
      return readBought(doc);
    } catch (error) {
      return { ok: false, unreadable: `the order page could not be read: ${String(error)}` };
    }
  },
};
