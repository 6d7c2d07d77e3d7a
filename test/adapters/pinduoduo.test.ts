import { describe, expect, it } from 'vitest';
import { findGoods, pddMoney, pinduoduoAdapter } from '../../src/adapters/pinduoduo';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { readFixture, snapshotOf } from './load-page';

const pdd = (id: string) => `https://mobile.yangkeduo.com/goods.html?goods_id=${id}&page_from=23`;

describe('Pinduoduo: store.initDataObj.goods shape, apparel (store-apparel.html)', () => {
  const s = snapshotOf(readFixture('pinduoduo', 'store-apparel.html'), pdd('612345678901'));

  it('passes the snapshot contract', () => expect(checkSnapshot(s).ok).toBe(true));

  it.each([
    ['site', 'pinduoduo'],
    ['itemId', '612345678901'],
    ['title', '纯棉短袖t恤女夏季宽松百搭上衣'],
    ['shop', '棉语服饰旗舰店'],
    ['image', 'https://img.pddpic.com/gaudit-image/2025-03-02/a1b2c3.jpeg'],
    ['category', 'apparel'],
    ['price', 29.9],
    ['priceMax', 32.9],
    ['listPrice', 89],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads string prices as yuan and the sold-out sizes', () => {
    expect(s.skus).toHaveLength(10);
    expect(s.skus[0]).toEqual({
      skuId: '11838899001',
      props: { 颜色: '白色', 尺码: 'S' },
      size: 'S',
      price: 29.9,
      stock: 0,
      available: false,
    });
    expect(s.skus.filter((k) => !k.available).map((k) => `${k.props['颜色']}/${k.size}`)).toEqual(['白色/S', '黑色/L', '黑色/XL']);
    expect(s.signals).toMatchObject({ socialProofText: '已拼10万+件', returnPolicy: '7day' });
  });
});

describe('Pinduoduo: initDataObj at the top, food with fen prices (initdata-food.html)', () => {
  const s = snapshotOf(readFixture('pinduoduo', 'initdata-food.html'), pdd('498765432101'));

  it.each([
    ['title', '新疆灰枣 若羌红枣 一级 零食干果'],
    ['shop', '西域果园'],
    ['category', 'food'],
    ['price', 19.9],
    ['priceMax', 34.9],
    ['listPrice', 59.9],
    ['expiry', { shelfLife: { value: 12, unit: 'month' }, producedFrom: '2025-01-05', producedTo: '2025-01-05' }],
    ['offers', [{ kind: 'percent', minQuantity: 2, percentOff: 10 }]],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads integer SKU prices as fen', () => {
    expect(s.skus.map((k) => [k.skuId, k.price, k.stock, k.available])).toEqual([
      ['88120031', 19.9, 120, true],
      ['88120032', 34.9, 0, false],
    ]);
    expect(s.signals.returnPolicy).toBe('no-7day');
  });
});

describe('Pinduoduo: a flat goods object written as JavaScript (flat-goods.html)', () => {
  const s = snapshotOf(readFixture('pinduoduo', 'flat-goods.html'), pdd('398877665544'));

  it('reads the flat shape with 码数 as the size and isOnSale 0 as unavailable', () => {
    expect([s.title, s.shop, s.category, s.price, s.priceMax]).toEqual([
      '儿童雨靴 防滑胶鞋 男童女童雨鞋',
      '小脚丫童鞋店',
      'shoes',
      19.9,
      24.9,
    ]);
    expect(s.skus.map((k) => [k.size, k.stock, k.available])).toEqual([
      ['24码（内长15cm）', 0, false],
      ['26码（内长16cm）', 15, true],
      ['30码（内长18.5cm）', 9, false],
    ]);
    expect(s.signals.countdownText).toBe('距结束 03:21:09');
  });
});

describe('Pinduoduo data conventions', () => {
  it.each([
    [2990, 29.9],
    ['29.9', 29.9],
    ['30', 30],
    [29.9, 29.9],
    [null, null],
    ['--', null],
  ] as const)('money %j is %j yuan', (raw, yuan) => expect(pddMoney(raw)).toBe(yuan));

  it('finds goods in all three shapes and nothing in a page without them', () => {
    const goods = { goodsName: 'x', skus: [] };
    expect(findGoods({ store: { initDataObj: { goods } } })?.goods).toEqual(goods);
    expect(findGoods({ initDataObj: { goods } })?.goods).toEqual(goods);
    expect(findGoods(goods)?.goods).toEqual(goods);
    expect(findGoods({ store: { goods, mall: { mallName: 'm' } } })).toEqual({ goods, mall: { mallName: 'm' } });
    expect(findGoods({ goods })?.goods).toEqual(goods);
    expect(findGoods({ store: {} })).toBeNull();
  });

  it('matches goods pages only', () => {
    expect(pinduoduoAdapter.matchesUrl(new URL(pdd('1234567')))).toBe(true);
    expect(pinduoduoAdapter.matchesUrl(new URL('https://mobile.yangkeduo.com/index.html'))).toBe(false);
  });
});
