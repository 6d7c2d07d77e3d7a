import { parsePrice } from '../parse';
import { chinaTimeToIso, digitsOrNull, quantityOf } from './order-lines';
import { attrAt, safeQueryAll, textAt, textOf } from './page';
import type { OrderPageReader, OrderPageResult, PurchaseLine } from './types';

/**
 * JD's order pages, read for what was bought and nothing else. The consignee cell, the address
 * tooltip, the order total and the logistics lines are never read.
 *
 * - Order list (order.jd.com/center/list.action): one `tbody#tb-<order>` per order; its `tr.tr-th`
 *   has `span.dealtime[title]` (full time) and `a[name=orderIdLinks]`; each `tr.tr-bd` is one item,
 *   with `.goods-item.p-<sku>` and `.goods-number` ("x1"). The list shows no per-item price, so
 *   its lines carry none (the detail page has it).
 * - Order detail (details.jd.com/normal/item.action?orderid=…): the shop in `.shop-name`, one table
 *   row per item with its item link, the 京东价 cell and the quantity cell.
 * Structures as public order scrapers read them (see docs/price-protection.md).
 */

function skuOfRow(row: Element): string | null {
  const fromClass = safeQueryAll(row, '.goods-item')
    .map((el) => /(?:^|\s)p-(\d+)(?:\s|$)/.exec(el.getAttribute('class') ?? '')?.[1])
    .find(Boolean);
  if (fromClass) return fromClass;
  const href = attrAt(row, 'a[href*="item.jd.com/"]', 'href');
  return digitsOrNull(href ? /item\.jd\.com\/(\d+)\.html/.exec(href)?.[1] : null);
}

function readList(doc: Document): OrderPageResult {
  const orders = safeQueryAll(doc, 'tbody[id^="tb-"]').slice(0, 200);
  if (orders.length === 0) return { ok: false, unreadable: 'no orders found (tbody#tb-…): logged out, or the layout changed' };
  const lines: PurchaseLine[] = [];
  const warnings: string[] = [];
  for (const order of orders) {
    const orderRef = digitsOrNull(textAt(order, 'a[name="orderIdLinks"]')) ?? digitsOrNull(order.id.replace(/^tb-/, ''));
    const head = order.querySelector('tr.tr-th');
    const orderedAt = chinaTimeToIso(attrAt(head ?? order, '.dealtime', 'title') ?? textAt(head ?? order, '.dealtime'));
    if (!orderedAt) {
      warnings.push(`order ${orderRef ?? '?'}: no order time`);
      continue;
    }
    const shop = textAt(head ?? order, '.order-shop .shop-txt');
    for (const row of safeQueryAll(order, 'tr.tr-bd')) {
      if (row.classList.contains('sep-tr-bd')) continue;
      const sku = skuOfRow(row);
      if (!sku) continue;
      const quantity = quantityOf(textAt(row, '.goods-number'));
      if (quantity === null) warnings.push(`order ${orderRef ?? '?'} item ${sku}: quantity unreadable, counted as 1`);
      lines.push({ site: 'jd', itemId: sku, skuId: sku, unitPrice: null, quantity: quantity ?? 1, orderedAt, shop, orderRef });
    }
  }
  if (lines.length === 0) return { ok: false, unreadable: `found ${orders.length} orders but no readable items in them` };
  return { ok: true, lines, warnings: ['the order list shows no per-item price: open an order’s detail page to record it', ...warnings] };
}

/** The detail page's order time: the labelled 下单时间 line. */
function detailOrderTime(doc: Document): string | null {
  for (const el of safeQueryAll(doc, '.order-info li, .orderinfo li, .info-rcol li, dl, tr').slice(0, 300)) {
    const t = textOf(el);
    if (t && /下单时间/.test(t) && t.length < 80) return chinaTimeToIso(t.replace(/^.*?下单时间[:：]?/, ''));
  }
  return null;
}

function readDetail(doc: Document, url: URL): OrderPageResult {
  const orderRef = digitsOrNull(url.searchParams.get('orderid'));
  const orderedAt = detailOrderTime(doc);
  if (!orderedAt) return { ok: false, unreadable: 'no 下单时间 on the order detail page' };
  const shop = textAt(doc, ['.shop-name', '.shop-txt']);
  const lines: PurchaseLine[] = [];
  const warnings: string[] = [];
  for (const row of safeQueryAll(doc, 'tr').slice(0, 500)) {
    const sku = digitsOrNull(/item\.jd\.com\/(\d+)\.html/.exec(attrAt(row, 'a[href*="item.jd.com/"]', 'href') ?? '')?.[1]);
    if (!sku) continue;
    const cells = safeQueryAll(row, ':scope > td');
    // 京东价 is the first cell holding a price with a currency mark; quantity a bare count.
    const price = cells.map((c) => textOf(c)).find((t) => t && /[¥￥]/.test(t));
    const unitPrice = price ? (parsePrice(price)?.amount ?? null) : null;
    const quantity = cells.map((c) => quantityOf(textOf(c))).find((q) => q !== null) ?? null;
    if (unitPrice === null) warnings.push(`item ${sku}: no price in its row`);
    if (quantity === null) warnings.push(`item ${sku}: quantity unreadable, counted as 1`);
    lines.push({ site: 'jd', itemId: sku, skuId: sku, unitPrice, quantity: quantity ?? 1, orderedAt, shop, orderRef });
  }
  if (lines.length === 0) return { ok: false, unreadable: 'no item rows with a JD item link on the order detail page' };
  return { ok: true, lines, warnings };
}

export const jdOrderReader: OrderPageReader = {
  site: 'jd',
  matchesUrl: (url) =>
    (url.hostname === 'order.jd.com' && /^\/center\/list\.action/.test(url.pathname)) ||
    (url.hostname === 'details.jd.com' && /^\/normal\/item\.action/.test(url.pathname)),
  readySelector: 'tbody[id^="tb-"], .shop-name, #login-form, .empty-box',
  read(doc, url) {
    try {
      return url.hostname === 'details.jd.com' ? readDetail(doc, url) : readList(doc);
    } catch (error) {
      return { ok: false, unreadable: `the order page could not be read: ${String(error)}` };
    }
  },
};
