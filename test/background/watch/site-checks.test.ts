import { describe, expect, it } from 'vitest';
import type { ProductSnapshot } from '../../../src/core/types';
import { checkPlanFor, jdPriceRequest } from '../../../src/background/watch/site-checks';

function jdSnapshot(): ProductSnapshot {
  return {
    site: 'jd',
    itemId: '100038004354',
    url: 'https://item.jd.com/100038004354.html',
    capturedAt: '2026-11-12T10:00:00.000Z',
    title: 't',
    shop: null,
    image: null,
    category: 'apparel',
    currency: 'CNY',
    price: null,
    priceMax: null,
    listPrice: null,
    couponPrice: null,
    skus: [
      { skuId: '100038004353', props: {}, size: 'S', price: null, stock: null, available: true },
      { skuId: '100038004354', props: {}, size: 'M', price: null, stock: null, available: true },
    ],
    expiry: null,
    offers: [],
    signals: { lowStockText: null, countdownText: null, returnPolicy: null, defectWords: [], socialProofText: null, releasedOn: null },
    warnings: [],
  };
}

describe('checkPlanFor', () => {
  it.each([
    [
      { site: 'jd', itemId: '100038004353', skuId: '100038004354', url: 'https://item.m.jd.com/product/100038004353.html' },
      'https://item.jd.com/100038004354.html',
      ['https://p.3.cn/prices/mgets?skuIds=J_100038004354'],
    ],
    [
      { site: 'jd', itemId: '100038004353', skuId: null, url: '' },
      'https://item.jd.com/100038004353.html',
      ['https://p.3.cn/prices/mgets?skuIds=J_100038004353'],
    ],
    [{ site: 'taobao', itemId: '6123', skuId: '45', url: '' }, 'https://item.taobao.com/item.htm?id=6123&skuId=45', []],
    [{ site: 'tmall', itemId: '6123', skuId: null, url: '' }, 'https://detail.tmall.com/item.htm?id=6123', []],
    [{ site: 'pinduoduo', itemId: '88', skuId: null, url: '' }, 'https://mobile.yangkeduo.com/goods.html?goods_id=88', []],
    [{ site: 'schema-org', itemId: 'x', skuId: null, url: 'https://www.example-shop.test/p/x' }, 'https://www.example-shop.test/p/x', []],
  ] as const)('%o', (target, pageUrl, data) => {
    const plan = checkPlanFor(target);
    expect(plan.pageUrl).toBe(pageUrl);
    expect(plan.data.map((d) => d.url)).toEqual(data);
  });
});

describe('JD price service', () => {
  it('sets the SKU price, the page price and a missing list price', () => {
    const s = jdSnapshot();
    jdPriceRequest('100038004354').apply(s, '[{"id":"J_100038004354","p":"279.00","op":"499.00","m":""}]');
    expect(s.price).toBe(279);
    expect(s.listPrice).toBe(499);
    expect(s.skus.map((k) => k.price)).toEqual([null, 279]);
    expect(s.warnings).toEqual([]);
  });

  it('reads the JSONP form too', () => {
    const s = jdSnapshot();
    jdPriceRequest('100038004354').apply(s, 'jQuery123([{"id":"J_100038004354","p":"269.00"}]);');
    expect(s.price).toBe(269);
  });

  it.each([
    ['an off-sale price', '[{"id":"J_100038004354","p":"-1.00"}]', 'gave no price'],
    ['another SKU only', '[{"id":"J_1","p":"9.00"}]', 'did not answer'],
    ['not JSON', '<html>busy</html>', 'did not answer'],
    ['an object instead of a list', '{"error":"pin"}', 'did not answer'],
  ])('turns %s into a warning, never an exception', (_label, body, warning) => {
    const s = jdSnapshot();
    expect(() => jdPriceRequest('100038004354').apply(s, body)).not.toThrow();
    expect(s.price).toBeNull();
    expect(s.warnings.join(' ')).toContain(warning);
  });
});
