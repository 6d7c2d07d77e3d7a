import { describe, expect, it } from 'vitest';
import { tmallAdapter } from '../../src/adapters/tmall';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { parseHtml, readFixture, snapshotOf } from './load-page';

describe('Tmall legacy page: TShop.Setup apparel with 号型 sizes (legacy-apparel.html)', () => {
  const url = 'https://detail.tmall.com/item.htm?id=628112233445';
  const s = snapshotOf(readFixture('tmall', 'legacy-apparel.html'), url);

  it('passes the snapshot contract', () => expect(checkSnapshot(s).ok).toBe(true));

  it.each([
    ['site', 'tmall'],
    ['itemId', '628112233445'],
    ['title', '男士风衣中长款春秋季商务休闲外套'],
    ['shop', '雅戈尔官方旗舰店'],
    ['category', 'apparel'],
    ['price', 399],
    ['priceMax', 429],
    ['listPrice', 599],
    ['offers', [{ kind: 'threshold', threshold: 800, discount: 80, repeat: false }]],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads priceCent (fen) and stock per SKU, sizes as written', () => {
    expect(s.skus).toHaveLength(10);
    expect(s.skus[0]).toEqual({
      skuId: '4412345601',
      props: { 颜色分类: '藏青', 尺码: '165/84A/S' },
      size: '165/84A/S',
      price: 399,
      stock: 0,
      available: false,
    });
    expect(s.skus.find((k) => k.skuId === '4412345605')).toMatchObject({ size: '185/100A/XXL', price: 429, stock: 15 });
    expect(s.skus.filter((k) => !k.available).map((k) => k.skuId)).toEqual(['4412345601', '4412345607', '4412345608']);
  });

  it('reads clearance words, social proof and the return promise', () => {
    expect(s.signals.defectWords).toContain('清仓');
    expect(s.signals.socialProofText).toBe('87%的用户换购了');
    expect(s.signals.returnPolicy).toBe('7day');
  });

  it('captures add-to-cart with no SKU when the shopper has not chosen one', () => {
    const doc = parseHtml(readFixture('tmall', 'legacy-apparel.html'));
    expect(tmallAdapter.readCartIntent!(doc, new URL(url))).toEqual({ skuId: null, quantity: 1, price: 399 });
  });
});

describe('Tmall current page: ICE state, cosmetics with shelf life and a use-by range (current-cosmetics.html)', () => {
  const url = 'https://detail.tmall.com/item.htm?id=41238709126';
  const s = snapshotOf(readFixture('tmall', 'current-cosmetics.html'), url);

  it.each([
    ['title', '雅诗兰黛特润修护肌活精华露 小棕瓶精华 修护淡纹'],
    ['shop', '雅诗兰黛官方旗舰店'],
    ['category', 'cosmetics'],
    ['price', 590],
    ['priceMax', 1390],
    ['listPrice', 690],
    ['expiry', { shelfLife: { value: 3, unit: 'year' }, expiresOn: '2027-06-01' }],
    ['offers', [{ kind: 'threshold', threshold: 300, discount: 50, repeat: true }]],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads each size with its price and the sold-out 50ml', () => {
    expect(s.skus.map((k) => [k.props['净含量'], k.price, k.stock, k.available])).toEqual([
      ['30ml', 590, 230, true],
      ['50ml', 890, 0, false],
      ['100ml', 1390, 18, true],
    ]);
  });

  it('reads 7天无理由退货（已拆封不支持） as a return promise with a condition, not an opened item', () => {
    expect(s.signals.returnPolicy).toBe('7day');
    expect(s.signals.defectWords).toEqual([]);
  });

  it('uses the selected SKU from the URL, with its 券后 price', () => {
    const picked = snapshotOf(readFixture('tmall', 'current-cosmetics.html'), `${url}&skuId=5012876542`);
    expect([picked.price, picked.priceMax, picked.couponPrice]).toEqual([1390, null, 1290]);
  });
});

describe('Tmall legacy page: 天猫超市 food without SKUs (legacy-food.html)', () => {
  const s = snapshotOf(readFixture('tmall', 'legacy-food.html'), 'https://chaoshi.detail.tmall.com/item.htm?id=523966117542');

  it.each([
    ['itemId', '523966117542'],
    ['shop', '天猫超市'],
    ['category', 'food'],
    ['price', 49.9],
    ['listPrice', null],
    ['expiry', { shelfLife: { value: 12, unit: 'month' }, producedFrom: '2025-09-20', producedTo: '2025-09-20' }],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('makes the item its own SKU with the stock the page states', () => {
    expect(s.skus).toEqual([{ skuId: '523966117542', props: {}, size: null, price: 49.9, stock: 2380, available: true }]);
    expect(s.signals.returnPolicy).toBe('no-7day');
    expect(s.signals.socialProofText).toBe('已售10万+件');
  });
});

describe('Tmall H5 detail: _DATA_Detail with the live price in apiStack (mobile-h5-food.html)', () => {
  const url = 'https://detail.m.tmall.com/item.htm?id=600123456789';
  const s = snapshotOf(readFixture('tmall', 'mobile-h5-food.html'), url);

  it.each([
    ['site', 'tmall'],
    ['itemId', '600123456789'],
    ['title', '百草味 夏威夷果 奶油味 坚果零食'],
    ['shop', '百草味官方旗舰店'],
    ['category', 'food'],
    ['price', 39.9],
    ['priceMax', 69.9],
    ['listPrice', 59],
    ['expiry', { shelfLife: { value: 180, unit: 'day' }, producedFrom: '2025-05-10', producedTo: '2025-05-20' }],
    ['confidence', { price: 'high', listPrice: 'high' }],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads each SKU from skuBase with its live price and stock, not the stale mock', () => {
    expect(s.skus.map((k) => [k.props['净含量'], k.price, k.stock, k.available])).toEqual([
      ['200g*2袋', 39.9, 300, true],
      ['500g*1袋', 69.9, 0, false],
    ]);
  });

  it('takes no defect words from the recommendation module', () => {
    expect(s.signals.defectWords).toEqual([]);
  });
});

describe('expiry from two places on the current page: the state and the attribute spans', () => {
  const url = 'https://detail.tmall.com/item.htm?id=41238709126';
  const html = readFixture('tmall', 'current-cosmetics.html');

  it('agreeing, they make expiry confident', () => {
    const s = snapshotOf(html, url);
    expect(s.expiry?.shelfLife).toEqual({ value: 3, unit: 'year' });
    expect(s.confidence?.expiry).toBe('high');
  });

  it('disagreeing, they leave expiry empty, rated low, with both readings', () => {
    const s = snapshotOf(
      html.replace('<span class="Attrs--attr--33ShB6X">保质期：3年</span>', '<span class="Attrs--attr--33ShB6X">保质期：2年</span>'),
      url,
    );
    expect(s.expiry).toBeNull();
    expect(s.confidence?.expiry).toBe('low');
    expect(s.warnings.join('\n')).toMatch(
      /expiry readings disagree: the page data says shelfLife .*"value":3.*, the attribute list says shelfLife .*"value":2/,
    );
  });
});
