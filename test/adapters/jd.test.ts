import { describe, expect, it } from 'vitest';
import { jdAdapter } from '../../src/adapters/jd';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { parseHtml, readFixture, snapshotOf } from './load-page';

describe('JD desktop: apparel with a colour/size grid (desktop-apparel.html)', () => {
  const s = snapshotOf(readFixture('jd', 'desktop-apparel.html'), 'https://item.jd.com/100038004317.html');

  it('passes the snapshot contract', () => expect(checkSnapshot(s).ok).toBe(true));

  it.each([
    ['site', 'jd'],
    ['itemId', '100038004317'],
    ['title', '优衣库 男装 圆领T恤(短袖) 455365 纯棉'],
    ['shop', '优衣库京东自营旗舰店'],
    ['image', 'https://img14.360buyimg.com/n1/jfs/t1/203719/13/23019/148733/625e3bcbE4a3c1d5b/0b8f2c9f1f3a7e55.jpg'],
    ['category', 'apparel'],
    ['currency', 'CNY'],
    ['price', 79],
    ['priceMax', null],
    ['listPrice', 99],
    ['couponPrice', 69],
    ['expiry', null],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads every SKU of colorSize with its size, and the disabled options as unavailable', () => {
    expect(s.skus).toHaveLength(8);
    const bySku = new Map(s.skus.map((k) => [k.skuId, k]));
    expect(bySku.get('100038004317')).toEqual({
      skuId: '100038004317',
      props: { 颜色: '00 白色', 尺码: 'L' },
      size: 'L',
      price: 79,
      stock: null,
      available: true,
    });
    expect(bySku.get('100038004315')).toMatchObject({ size: 'S', available: false, price: null });
    expect(bySku.get('100038004318')).toMatchObject({ size: 'XL', available: false });
    expect(bySku.get('100038004322')).toMatchObject({ props: { 颜色: '09 黑色', 尺码: 'XL' }, available: true });
  });

  it('reads the coupon in 领券 and the 7-day return promise', () => {
    expect(s.offers).toContainEqual({ kind: 'coupon', amount: 10, threshold: 79 });
    expect(s.signals.returnPolicy).toBe('7day');
    expect(s.signals.releasedOn).toBe('2024-06');
    expect(s.warnings).toEqual([]);
  });

  it('captures add-to-cart: the SKU and quantity from #InitCartUrl and #buy-num, with the shown price', () => {
    const doc = parseHtml(readFixture('jd', 'desktop-apparel.html'));
    expect(jdAdapter.readCartIntent!(doc, new URL('https://item.jd.com/100038004317.html'))).toEqual({
      skuId: '100038004317',
      quantity: 1,
      price: 79,
    });
    expect(doc.querySelector(jdAdapter.addToCartSelector!)?.textContent).toBe('加入购物车');
  });
});

describe('JD desktop: food with shelf life and production dates (desktop-food.html)', () => {
  const s = snapshotOf(readFixture('jd', 'desktop-food.html'), 'https://item.jd.com/100009464821.html');

  it.each([
    ['title', '三只松鼠 每日坚果 750g/30袋 混合坚果仁 零食大礼包'],
    ['category', 'food'],
    ['price', 99.9],
    ['listPrice', 169],
    ['couponPrice', null],
    ['expiry', { shelfLife: { value: 180, unit: 'day' }, producedFrom: '2025-03-01', producedTo: '2025-04-15' }],
    ['offers', [{ kind: 'threshold', threshold: 199, discount: 20, repeat: true }]],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads stock pressure, countdown and the no-returns promise from the buy box', () => {
    expect(s.signals).toMatchObject({ lowStockText: '仅剩3件', returnPolicy: 'no-7day' });
    expect(s.signals.countdownText).toMatch(/价格24小时后恢复|距结束 05:12:33/);
  });

  it('gives the current SKU the count from "仅剩3件" and marks the disabled pack as unavailable', () => {
    expect(s.skus.map((k) => [k.skuId, k.stock, k.available])).toEqual([
      ['100009464821', 3, true],
      ['100009464823', null, true],
      ['100009464825', null, false],
    ]);
    expect(s.skus.every((k) => k.size === null)).toBe(true);
  });

  it('reads the typed quantity for add-to-cart over the link default', () => {
    const doc = parseHtml(readFixture('jd', 'desktop-food.html'));
    expect(jdAdapter.readCartIntent!(doc, new URL('https://item.jd.com/100009464821.html'))).toEqual({
      skuId: '100009464821',
      quantity: 2,
      price: 99.9,
    });
  });
});

describe('JD mobile: _itemOnly/_itemInfo assigned twice with trailing commas (mobile-milk.html)', () => {
  const s = snapshotOf(readFixture('jd', 'mobile-milk.html'), 'https://item.m.jd.com/product/100016034388.html');

  it('takes the last complete _itemInfo: the refreshed price, not the cached one nor the truncated one', () => {
    expect(s.price).toBe(69.9);
    expect(s.listPrice).toBe(99);
    expect(s.couponPrice).toBe(59.9);
  });

  it.each([
    ['itemId', '100016034388'],
    ['title', '伊利 安慕希 希腊风味酸奶 原味205g*16盒 礼盒装'],
    ['shop', '伊利京东自营旗舰店'],
    ['image', 'https://m.360buyimg.com/mobilecms/s750x750_jfs/t1/154306/5/2530/193311/5f92b3d2E4f0f9c8e/8e7a4d2c1b0f3e6d.jpg'],
    ['category', 'food'],
    ['expiry', { shelfLife: { value: 5, unit: 'month' }, producedFrom: '2025-02', producedTo: '2025-02' }],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('names SKU props by saleProp and drops the "*" placeholder dimension', () => {
    expect(s.skus.map((k) => k.props)).toEqual([
      { 口味: '原味', 规格: '205g*16盒' },
      { 口味: '原味', 规格: '205g*10盒' },
      { 口味: '草莓燕麦', 规格: '205g*16盒' },
    ]);
    expect(s.skus[0]).toMatchObject({ price: 69.9, stock: 5, available: true });
  });

  it('reads promotions and coupons from the state', () => {
    expect(s.offers).toEqual([
      { kind: 'threshold', threshold: 99, discount: 10, repeat: false },
      { kind: 'coupon', amount: 30, threshold: 199 },
    ]);
    expect(s.signals.lowStockText).toBe('仅剩5件');
  });
});

describe('JD readySelector: what the content script waits for before reading', () => {
  // The content script's check (src/content/wait-for.ts): querySelector, then non-empty text.
  it.each([
    ['desktop-apparel.html', '79.00'],
    ['desktop-food.html', '99.90'],
    ['mobile-milk.html', '¥69.90'],
  ])('%s shows its price in the element waited for', (file, price) => {
    const found = parseHtml(readFixture('jd', file)).querySelector(jdAdapter.readySelector!);
    expect(found?.textContent?.trim()).toBe(price);
  });

  it("covers the mobile page's main price as well (#priceSale)", () => {
    const doc = parseHtml('<div id="mainLayout"><div class="price-wrap"><em id="priceSale">¥69.90</em></div></div>');
    expect(doc.querySelector(jdAdapter.readySelector!)?.textContent).toBe('¥69.90');
  });
});

describe('JD URLs', () => {
  it.each([
    ['https://item.jd.com/100038004317.html', '100038004317'],
    ['https://item.m.jd.com/product/100016034388.html', '100016034388'],
    ['https://item.jd.hk/10020304.html', '10020304'],
  ])('%s is item %s', (url, id) => {
    expect(jdAdapter.matchesUrl(new URL(url))).toBe(true);
    expect(jdAdapter.itemIdFromUrl(new URL(url))).toBe(id);
  });

  it.each(['https://www.jd.com/', 'https://item.jd.com/list.html', 'https://cart.jd.com/cart_index'])('does not read %s', (url) => {
    expect(jdAdapter.matchesUrl(new URL(url))).toBe(false);
  });
});

describe('JD desktop, 2015 generation: SkuId/Color/Size and #page_hx_price (desktop-2015-shoes.html)', () => {
  const s = snapshotOf(readFixture('jd', 'desktop-2015-shoes.html'), 'https://item.jd.com/1573322.html');

  it.each([
    ['title', '回力 帆布鞋 经典款 休闲鞋 WXY-A1'],
    ['shop', '回力京东自营旗舰店'],
    ['category', 'shoes'],
    ['price', 79],
    ['listPrice', 129],
    ['confidence', { price: 'high', listPrice: 'high' }],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('names the old dimensions as the new pages do, and reads the size', () => {
    expect(s.skus.map((k) => [k.skuId, k.props, k.size, k.price, k.available])).toEqual([
      ['1573321', { 颜色: '黑色', 尺码: '39' }, '39', null, false],
      ['1573322', { 颜色: '黑色', 尺码: '40' }, '40', 79, true],
      ['1573323', { 颜色: '黑色', 尺码: '41' }, '41', null, true],
      ['1573324', { 颜色: '白色', 尺码: '40' }, '40', null, true],
    ]);
  });
});

describe('JD mobile, 2024 generation: priceFloor and stock.D (mobile-pricefloor.html)', () => {
  const s = snapshotOf(readFixture('jd', 'mobile-pricefloor.html'), 'https://item.m.jd.com/product/100009464821.html');

  it.each([
    ['title', '三只松鼠 每日坚果 750g/30袋 混合坚果仁'],
    ['shop', '三只松鼠京东自营旗舰店'],
    ['category', 'food'],
    ['price', 129.9],
    ['couponPrice', 109.9],
    ['listPrice', null],
    ['expiry', { shelfLife: { value: 240, unit: 'day' } }],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('gives the current SKU the price and stock state, the others neither', () => {
    expect(s.skus.map((k) => [k.skuId, k.props['规格'], k.price, k.available])).toEqual([
      ['100009464821', '750g/30袋', 129.9, true],
      ['100009464823', '375g/15袋', null, true],
    ]);
  });
});
