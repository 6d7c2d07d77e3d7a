import { describe, expect, it } from 'vitest';
import { taobaoAdapter } from '../../src/adapters/taobao';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { parseHtml, readFixture, snapshotOf } from './load-page';

describe('Taobao current page: ICE state, apparel with sizes, a decoy __INIT_DATA__ (current-apparel.html)', () => {
  const url = 'https://item.taobao.com/item.htm?id=738291045561';
  const s = snapshotOf(readFixture('taobao', 'current-apparel.html'), url);

  it('passes the snapshot contract', () => expect(checkSnapshot(s).ok).toBe(true));

  it.each([
    ['site', 'taobao'],
    ['itemId', '738291045561'],
    ['title', '简约纯棉重磅短袖T恤男夏季宽松圆领打底衫情侣款'],
    ['shop', '山下有松原创男装店'],
    ['image', 'https://img.alicdn.com/imgextra/i1/2206615577981/O1CN01qwXb2u1UhQ3tgGZkM_!!2206615577981.jpg'],
    ['category', 'apparel'],
    ['price', 129],
    ['priceMax', 139],
    ['listPrice', 199],
    ['couponPrice', 109],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('never takes the recommended item in __INIT_DATA__', () => {
    expect(s.title).not.toContain('推荐');
    expect(s.skus.some((k) => k.skuId === '900001')).toBe(false);
  });

  it('reads 15 SKUs from skuBase propPaths with sku2info price (fen) and quantity', () => {
    expect(s.skus).toHaveLength(15);
    expect(s.skus[0]).toEqual({
      skuId: '5131772100001',
      props: { 颜色分类: '黑色', 尺码: 'S' },
      size: 'S',
      price: 129,
      stock: 0,
      available: false,
    });
    expect(s.skus.find((k) => k.props['颜色分类'] === '白色' && k.size === 'XXL')).toMatchObject({
      price: 139,
      stock: 0,
      available: false,
    });
    expect(s.skus.filter((k) => !k.available).map((k) => `${k.props['颜色分类']}/${k.size}`)).toEqual([
      '黑色/S',
      '白色/XXL',
      '雾霾蓝/M',
      '雾霾蓝/L',
    ]);
  });

  it('reads offers, returns and stock pressure from the state and the hashed-class regions', () => {
    expect(s.offers).toEqual([
      { kind: 'threshold', threshold: 300, discount: 30, repeat: false },
      { kind: 'coupon', amount: 20, threshold: 129 },
    ]);
    expect(s.signals.returnPolicy).toBe('7day');
    expect(s.signals.lowStockText).not.toBeNull();
  });

  it('takes the selected SKU from the URL when the shopper picked one', () => {
    const picked = snapshotOf(readFixture('taobao', 'current-apparel.html'), `${url}&skuId=5131772100015`);
    expect(picked.price).toBe(139);
    expect(picked.priceMax).toBeNull();
  });

  it('captures add-to-cart from the selected options (黑色 / M) and the quantity box', () => {
    const doc = parseHtml(readFixture('taobao', 'current-apparel.html'));
    expect(taobaoAdapter.readCartIntent!(doc, new URL(url))).toEqual({ skuId: '5131772100002', quantity: 2, price: 129 });
    expect(doc.querySelector(taobaoAdapter.addToCartSelector!)?.textContent).toBe('加入购物车');
  });
});

describe('Taobao legacy page: food with shelf life and production range (legacy-food.html)', () => {
  const s = snapshotOf(readFixture('taobao', 'legacy-food.html'), 'https://item.taobao.com/item.htm?id=612398475120');

  it.each([
    ['title', '云南鲜花饼 玫瑰饼 手工糕点 零食 礼盒装'],
    ['shop', '滇味坊特产店'],
    ['category', 'food'],
    ['price', 29.9],
    ['priceMax', 49.9],
    ['listPrice', null],
    ['expiry', { shelfLife: { value: 90, unit: 'day' }, producedFrom: '2025-01-05', producedTo: '2025-02-10' }],
    ['offers', [{ kind: 'threshold', threshold: 59, discount: 5, repeat: false }]],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('names skuMap props from the buy box and keeps skuMap stock', () => {
    expect(s.skus.map((k) => [k.props['口味'], k.props['净含量'], k.price, k.stock, k.available])).toEqual([
      ['玫瑰味', '10枚装', 29.9, 40, true],
      ['玫瑰味', '20枚装', 49.9, 12, true],
      ['茉莉味', '10枚装', 29.9, 34, true],
      ['茉莉味', '20枚装', 49.9, 0, false],
    ]);
  });

  it('reads 临期/清仓 in the subtitle and the no-returns promise', () => {
    expect(s.signals.defectWords).toEqual(expect.arrayContaining(['清仓', '临期']));
    expect(s.signals.returnPolicy).toBe('no-7day');
  });
});

describe('Taobao legacy page: shoes with a 淘宝价 promotion and sold-out sizes (legacy-shoes.html)', () => {
  const url = 'https://item.taobao.com/item.htm?id=689123456701';
  const s = snapshotOf(readFixture('taobao', 'legacy-shoes.html'), url);

  it('pays the 淘宝价 and shows the 价格 as the struck-through list price', () => {
    expect(s.price).toBe(229);
    expect(s.listPrice).toBe(359);
    expect(s.priceMax).toBeNull();
  });

  it('reads 鞋码 as the size and the sold-out sizes', () => {
    expect(s.category).toBe('shoes');
    const black = s.skus.filter((k) => k.props['颜色分类'] === '黑色');
    expect(black.map((k) => [k.size, k.available])).toEqual([
      ['35', true],
      ['36', true],
      ['37', false],
      ['38', false],
      ['39', true],
      ['40', true],
    ]);
    expect(s.signals.countdownText).toBe('距结束 02:45:10');
  });

  it('captures add-to-cart for the SKU whose options are all selected (黑色 / 39) at the promotion price', () => {
    const doc = parseHtml(readFixture('taobao', 'legacy-shoes.html'));
    expect(taobaoAdapter.readCartIntent!(doc, new URL(url))).toEqual({ skuId: '4798120311', quantity: 1, price: 229 });
  });
});

describe('Taobao URLs', () => {
  it('reads item.taobao.com items and leaves tmall.com to the Tmall adapter', () => {
    expect(taobaoAdapter.itemIdFromUrl(new URL('https://item.taobao.com/item.htm?spm=a1z10&id=562283240178'))).toBe('562283240178');
    expect(taobaoAdapter.matchesUrl(new URL('https://detail.tmall.com/item.htm?id=562283240178'))).toBe(false);
    expect(taobaoAdapter.matchesUrl(new URL('https://item.taobao.com/item.htm'))).toBe(false);
  });
});
