import { describe, expect, it } from 'vitest';
import type { Category, Offer } from '../../src/core/types';
import type { CartAdd } from '../../src/promo';
import type { TrackedCartItem } from '../../src/traps';
import { hoarding } from '../../src/traps/hoarding';
import { cheapestFill, thresholdFiller } from '../../src/traps/threshold-filler';
import { context, run, snapshot } from './context';

const adds = (...quantities: number[]): CartAdd[] =>
  quantities.map((quantity) => ({ addedAt: '2025-11-11T00:10:00+08:00', price: 89, quantity }));

describe('hoarding', () => {
  const judge = (category: Category, cartAdds: CartAdd[], thresholds = {}) =>
    run(hoarding, context({ snapshot: snapshot({ category, price: 89 }), cartAdds, profile: { sizes: {}, thresholds } }));

  it.each([
    ['cosmetics', [5], true, 2],
    ['cosmetics', [2], false, 2],
    ['cosmetics', [1, 1, 1], true, 2],
    ['food', [8], false, 8],
    ['food', [9], true, 8],
    ['apparel', [3], true, 2],
    ['electronics', [5], false, 0],
    ['other', [5], false, 0],
  ] as const)('%s x %j -> %s', (category, quantities, fires, maxUnits) => {
    const trap = judge(category, adds(...quantities));
    expect(trap !== null).toBe(fires);
    if (trap) expect(trap.evidence).toMatchObject({ maxUnits, quantity: quantities.reduce((a, b) => a + b, 0), months: 2 });
  });

  it('counts an add without a quantity as one', () => {
    expect(judge('cosmetics', [{ addedAt: '2025-11-11T00:10:00+08:00', price: 89 }, ...adds(2)])?.evidence.quantity).toBe(3);
  });

  it('follows the shopper’s own use rate', () => {
    expect(judge('cosmetics', adds(5), { monthlyUse: { cosmetics: 3 } })).toBeNull();
    expect(judge('cosmetics', adds(3), { hoardingMonths: 1 })?.evidence).toMatchObject({ maxUnits: 1, months: 1 });
  });

  it('is silent with an empty cart', () => {
    expect(judge('cosmetics', [])).toBeNull();
  });
});

describe('cheapestFill', () => {
  const item = (title: string, price: number, quantity = 1): TrackedCartItem => ({ key: `tmall:${title}`, title, price, quantity });

  it.each([
    [[item('袜子', 1), item('鞋垫', 15)], 1, ['袜子'], 1],
    [[item('a', 6), item('b', 7), item('c', 20)], 12, ['a', 'b'], 13],
    [[item('a', 6), item('b', 7), item('c', 12)], 12, ['c'], 12], // one line beats two at the same total
    [[item('a', 3), item('b', 3), item('c', 3), item('d', 3)], 12, null, 0], // would need four lines
    [[item('a', 2, 3)], 5, ['a'], 6], // a line's total counts its quantity
    [[], 1, null, 0],
  ] as const)('%j to cover %s', (items, gap, titles, total) => {
    const found = cheapestFill(items, gap, 3);
    if (titles === null) return expect(found).toBeNull();
    expect(found?.items.map((i) => i.title)).toEqual(titles);
    expect(found?.total).toBe(total);
  });
});

describe('threshold-filler', () => {
  const offer = (threshold: number, discount: number, repeat = false): Offer => ({ kind: 'threshold', threshold, discount, repeat });
  const judge = (price: number, offers: Offer[], cartItems: TrackedCartItem[], cartAdds: CartAdd[] = [], lang: 'zh' | 'en' = 'zh') =>
    run(thresholdFiller, context({ snapshot: snapshot({ price, offers }), cartItems, cartAdds, lang }));
  const socks = { key: 'jd:1', title: '袜子', price: 1, quantity: 1 };

  it('works out the guide’s shoes-and-socks example in both languages', () => {
    const zh = judge(199, [offer(200, 20)], [socks]);
    expect(zh?.evidence).toEqual({
      threshold: 200,
      discount: 20,
      repeat: 'no',
      itemTotal: 199,
      gap: 1,
      fillers: '袜子',
      fillerTotal: 1,
      cartTotal: 200,
      payAfterDiscount: 180,
      itemEffectivePrice: 179.1,
    });
    expect(judge(199, [offer(200, 20)], [socks], [], 'en')?.detail).toContain('you pay ¥180');
  });

  const couponOnly: Offer[] = [{ kind: 'coupon', amount: 10, threshold: null }];
  it.each([
    ['already past a one-off threshold', 210, [offer(200, 20)]],
    ['too far from the threshold', 150, [offer(200, 20)]],
    ['no threshold offer', 199, couponOnly],
  ])('is silent when %s', (_why, price, offers) => {
    expect(judge(price, offers, [socks])).toBeNull();
  });

  it('is silent when nothing tracked in the cart crosses it, or the only item is this product', () => {
    expect(judge(199, [offer(200, 20)], [])).toBeNull();
    expect(judge(190, [offer(200, 20)], [{ ...socks, key: 'tmall:600000000001', price: 20 }])).toBeNull();
  });

  it('aims at the next tier of a repeating offer', () => {
    const trap = judge(390, [offer(200, 20, true)], [{ key: 'jd:2', title: '毛巾', price: 12, quantity: 1 }]);
    expect(trap?.evidence).toMatchObject({ repeat: 'yes', gap: 10, cartTotal: 402, discount: 20, payAfterDiscount: 362 });
  });

  it('prefers the offer that saves more', () => {
    const trap = judge(280, [offer(300, 30), offer(290, 15)], [{ key: 'jd:3', title: '面膜', price: 25, quantity: 1 }]);
    expect(trap?.evidence).toMatchObject({ threshold: 300, payAfterDiscount: 275 });
  });

  it('counts the quantity this product has in the cart', () => {
    expect(
      judge(99, [offer(200, 20)], [{ ...socks, price: 5 }], [{ addedAt: '2025-11-11T00:10:00+08:00', price: 99, quantity: 2 }])?.evidence,
    ).toMatchObject({ itemTotal: 198, gap: 2, cartTotal: 203 });
  });
});
