import { describe, expect, it } from 'vitest';
import { jdOrderReader } from '../../src/adapters/jd-orders';
import { chinaTimeToIso, quantityOf } from '../../src/adapters/order-lines';
import { pinduoduoOrderReader } from '../../src/adapters/pinduoduo-orders';
import { taobaoOrderReader } from '../../src/adapters/taobao-orders';
import { parseHtml } from './load-page';
import { ORDER_PAGES, readOrderPage } from './order-pages';

const page = (name: string) => ORDER_PAGES.find((p) => p.name === name)!;

describe('order pages', () => {
  it('JD order list: one line per item, dated by the order, without a per-item price', () => {
    const result = readOrderPage(page('JD order list'));
    if (!result.ok) throw new Error(result.unreadable);
    expect(result.lines).toEqual([
      {
        site: 'jd',
        itemId: '100038004353',
        skuId: '100038004353',
        unitPrice: null,
        quantity: 2,
        orderedAt: '2026-11-10T16:05:12.000Z',
        shop: '京东自营',
        orderRef: '298765432101',
      },
      {
        site: 'jd',
        itemId: '100052117832',
        skuId: '100052117832',
        unitPrice: null,
        quantity: 1,
        orderedAt: '2026-11-10T16:05:12.000Z',
        shop: '京东自营',
        orderRef: '298765432101',
      },
      {
        site: 'jd',
        itemId: '100038004356',
        skuId: '100038004356',
        unitPrice: null,
        quantity: 1,
        orderedAt: '2026-10-31T12:15:00.000Z',
        shop: '城市轻装旗舰店',
        orderRef: '298765000002',
      },
    ]);
    expect(result.warnings[0]).toMatch(/no per-item price/);
  });

  it('JD order detail: the 京东价 and quantity of each item', () => {
    const result = readOrderPage(page('JD order detail'));
    if (!result.ok) throw new Error(result.unreadable);
    expect(result.lines.map((l) => [l.itemId, l.unitPrice, l.quantity, l.shop, l.orderRef])).toEqual([
      ['100038004353', 299, 2, '京东自营', '298765432101'],
      ['100052117832', 359, 1, '京东自营', '298765432101'],
    ]);
    expect(result.lines[0]!.orderedAt).toBe('2026-11-10T16:05:12.000Z');
  });

  it('Taobao: unit price paid and SKU from the page data, Tmall items told apart, closed orders and freight insurance left out', () => {
    const result = readOrderPage(page('Taobao 已买到的宝贝'));
    if (!result.ok) throw new Error(result.unreadable);
    expect(result.lines).toEqual([
      {
        site: 'taobao',
        itemId: '738291045600',
        skuId: '5131772200001',
        unitPrice: 79,
        quantity: 2,
        orderedAt: '2026-11-10T16:02:33.000Z',
        shop: '松间原创男装店',
        orderRef: '3912345678901234567',
      },
      {
        site: 'tmall',
        itemId: '701234567890',
        skuId: '4987654321001',
        unitPrice: 268,
        quantity: 1,
        orderedAt: '2026-11-05T13:10:00.000Z',
        shop: '山野精华天猫旗舰店',
        orderRef: '3900000000000000001',
      },
    ]);
  });

  it('Pinduoduo: goods price in fen, cancelled orders left out', () => {
    const result = readOrderPage(page('Pinduoduo orders'));
    if (!result.ok) throw new Error(result.unreadable);
    expect(result.lines).toEqual([
      {
        site: 'pinduoduo',
        itemId: '456789012345',
        skuId: '1122334455',
        unitPrice: 19.9,
        quantity: 2,
        orderedAt: '2025-11-10T16:00:00.000Z',
        shop: '枣乡人家',
        orderRef: '261111-123456789012345',
      },
    ]);
  });

  it.each(ORDER_PAGES)('$name: no personal data in what is read', (p) => {
    const text = JSON.stringify(readOrderPage(p));
    for (const secret of p.personal) expect(text).not.toContain(secret);
  });

  it('says why when a page holds no orders, and never throws', () => {
    const empty = parseHtml('<html><body><div id="login-form"></div></body></html>');
    expect(jdOrderReader.read(empty, new URL('https://order.jd.com/center/list.action'))).toMatchObject({ ok: false });
    expect(taobaoOrderReader.read(empty, new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'))).toMatchObject({
      ok: false,
    });
    expect(pinduoduoOrderReader.read(empty, new URL('https://mobile.yangkeduo.com/orders.html'))).toMatchObject({ ok: false });
    const hostile = parseHtml(
      `<script>var data = JSON.parse('{"mainOrders":[{"orderInfo":{"createTime":"2026-02-30 10:00"},"subOrders":[{"itemInfo":{"id":"1"}}]}]}');</script>`,
    );
    expect(taobaoOrderReader.read(hostile, new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'))).toMatchObject({
      ok: false,
    });
  });

  it('matches only the order pages', () => {
    expect(jdOrderReader.matchesUrl(new URL('https://order.jd.com/center/list.action?d=2'))).toBe(true);
    expect(jdOrderReader.matchesUrl(new URL('https://details.jd.com/normal/item.action?orderid=1'))).toBe(true);
    expect(jdOrderReader.matchesUrl(new URL('https://item.jd.com/1.html'))).toBe(false);
    expect(pinduoduoOrderReader.matchesUrl(new URL('https://mobile.yangkeduo.com/goods.html?goods_id=1'))).toBe(false);
  });

  it('reads China time, and only real dates and counts', () => {
    expect(chinaTimeToIso('2026-11-11 00:05:12')).toBe('2026-11-10T16:05:12.000Z');
    expect(chinaTimeToIso('2026年11月11日')).toBe('2026-11-10T16:00:00.000Z');
    expect(chinaTimeToIso('2026-02-30 10:00')).toBeNull();
    expect(chinaTimeToIso('昨天')).toBeNull();
    expect([quantityOf('x2'), quantityOf('×3'), quantityOf('1'), quantityOf('0'), quantityOf('1.5'), quantityOf('数量')]).toEqual([
      2,
      3,
      1,
      null,
      null,
      null,
    ]);
  });
});
