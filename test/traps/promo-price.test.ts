import { describe, expect, it } from 'vitest';
import type { CartAdd, PriceObservation } from '../../src/promo';
import { promoPrice } from '../../src/traps/promo-price';
import { weakDiscount } from '../../src/traps/weak-discount';
import { context, DOUBLE11, run, sku, snapshot } from './context';

const fanchang = new Date('2025-11-12T10:00:00+08:00'); // platform 返场 day 1
const inPromo: PriceObservation[] = [{ at: '2025-11-11T00:10:00+08:00', price: 299 }];

const judge = (
  price: number | null,
  history: PriceObservation[] = inPromo,
  cartAdds: CartAdd[] = [],
  now = fanchang,
  lang: 'zh' | 'en' = 'zh',
) => run(promoPrice, context({ snapshot: snapshot({ price }, now), now, history, cartAdds, lang }));

describe('same / above / below the promo price', () => {
  it.each([
    [299, 'same-as-promo-price', 'info'],
    [300, 'same-as-promo-price', 'info'], // within ¥1
    [301.99, 'same-as-promo-price', 'info'], // within 1% (¥2.99)
    [302, 'above-promo-price', 'warn'],
    [349, 'above-promo-price', 'warn'],
    [296.5, 'same-as-promo-price', 'info'],
    [296, 'below-promo-price', 'good'],
    [295, 'below-promo-price', 'good'],
    [259, 'below-promo-price', 'good'],
  ] as const)('now %s against promo 299 -> %s', (price, id, severity) => {
    const trap = judge(price);
    expect(trap).toMatchObject({
      id,
      severity,
      evidence: { promoPrice: 299, currentPrice: price, reference: 'lowest-seen', event: DOUBLE11.id },
    });
  });

  it('uses ¥1 for cheap items, where 1% would be cents', () => {
    const history = [{ at: '2025-11-11T00:10:00+08:00', price: 9.9 }];
    expect(judge(10.9, history)?.id).toBe('same-as-promo-price');
    expect(judge(11, history)?.id).toBe('above-promo-price');
  });

  it('holds the price against the lower of the main-window low and the cart-add price, and reports both', () => {
    const trap = judge(309, [{ at: '2025-10-25T10:00:00+08:00', price: 319 }], [{ addedAt: '2025-10-16T10:00:00+08:00', price: 309 }]);
    expect(trap).toMatchObject({
      id: 'same-as-promo-price',
      evidence: { promoPrice: 309, reference: 'cart-add', cartAddPrice: 309, lowestSeenInPromo: 319 },
    });
    expect(trap?.detail).toContain('你加购时的价格 ¥309');
  });

  it('compares the SKU in the cart, not the page’s cheapest', () => {
    const now = fanchang;
    const page = snapshot({ price: 199, skus: [sku('small', 'S', true, null, 199), sku('large', 'L', true, null, 299)] }, now);
    const history = [
      { at: '2025-11-11T00:10:00+08:00', price: 199, skuId: 'small' },
      { at: '2025-11-11T00:10:00+08:00', price: 259, skuId: 'large' },
    ];
    const cartAdds = [{ addedAt: '2025-11-11T00:12:00+08:00', price: 259, skuId: 'large' }];
    const trap = run(promoPrice, context({ snapshot: page, now, history, cartAdds }));
    expect(trap).toMatchObject({ id: 'above-promo-price', evidence: { currentPrice: 299, promoPrice: 259 } });
  });

  it('is silent when the SKU in the cart is not on the page', () => {
    const page = snapshot({ price: 199, skus: [sku('small', 'S', true, null, 199)] });
    const trap = run(
      promoPrice,
      context({ snapshot: page, cartAdds: [{ addedAt: '2025-11-11T00:12:00+08:00', price: 259, skuId: 'gone' }] }),
    );
    expect(trap).toBeNull();
  });

  it('falls back to the cart-add price when no calendar event covers it', () => {
    const trap = run(
      promoPrice,
      context({ snapshot: snapshot({ price: 149 }), events: [], cartAdds: [{ addedAt: '2025-06-18T00:12:00+08:00', price: 149 }] }),
    );
    expect(trap).toMatchObject({ id: 'same-as-promo-price', evidence: { event: 'cart adds', reference: 'cart-add' } });
  });

  it.each([
    ['during the main sale', new Date('2025-11-11T10:00:00+08:00')],
    ['during the pre-sale', new Date('2025-10-16T10:00:00+08:00')],
  ])('is silent %s: the page price is the promo price', (_when, now) => {
    expect(judge(299, [{ at: '2025-10-21T00:10:00+08:00', price: 299 }], [], now)).toBeNull();
  });

  it('is silent without a recorded promo price or a current price', () => {
    expect(judge(299, [])).toBeNull();
    expect(judge(299, [{ at: '2025-09-01T00:00:00+08:00', price: 199 }])).toBeNull();
    expect(judge(null)).toBeNull();
  });

  it('writes both languages', () => {
    expect(judge(349)?.title).toBe('比大促价贵');
    expect(judge(349, inPromo, [], fanchang, 'en')?.title).toBe('Dearer than the promo price');
    expect(judge(349, inPromo, [], fanchang, 'en')?.detail).toContain('Double 11');
  });
});

describe('weak-discount', () => {
  const storeFanchang = new Date('2025-11-20T10:00:00+08:00');
  const judgeWeak = (price: number | null, listPrice: number | null, now = storeFanchang, lang: 'zh' | 'en' = 'zh') =>
    run(weakDiscount, context({ snapshot: snapshot({ price, listPrice }, now), now, lang }));

  it.each([
    [459, 499, 'warn', 8],
    [499, 499, 'warn', 0],
    [449.1, 499, null, 10],
    [399, 499, null, 20],
  ] as const)('%s against list %s in store 返场 -> %s', (price, list, severity, discountPercent) => {
    const trap = judgeWeak(price, list);
    if (severity === null) return expect(trap).toBeNull();
    expect(trap).toMatchObject({ severity, evidence: { discountPercent, listPrice: list, currentPrice: price, minimumPercent: 10 } });
  });

  it('only judges a store 返场 window', () => {
    expect(judgeWeak(459, 499, new Date('2025-11-12T10:00:00+08:00'))).toBeNull(); // platform 返场
    expect(judgeWeak(459, 499, new Date('2025-12-20T10:00:00+08:00'))).toBeNull(); // no event
  });

  it('is silent without a list price', () => {
    expect(judgeWeak(459, null)).toBeNull();
  });

  it('writes both languages', () => {
    expect(judgeWeak(459, 499)?.detail).toContain('只比划线价 ¥499 低 8%');
    expect(judgeWeak(459, 499, storeFanchang, 'en')?.detail).toContain('only 8% below the list price of ¥499');
  });
});
