import { describe, expect, it } from 'vitest';
import { evaluateTraps } from '../../src/traps';
import { context, DOUBLE11, ids, snapshot } from './context';

/** The shopper's guide's own examples (reference/fanchang-guide.txt). */
describe('the shopper’s guide examples', () => {
  const now = new Date('2025-11-12T10:00:00+08:00');

  it('a 399 cream with 18 months left is fine', () => {
    const cream = snapshot({ category: 'cosmetics', price: 399, expiry: { expiresOn: '2027-05-12' } }, now);
    expect(evaluateTraps(context({ snapshot: cream, now }))).toEqual([]);
  });

  it('the same cream at 359 with 2 months left is near-expiry', () => {
    const cream = snapshot({ category: 'cosmetics', price: 359, expiry: { expiresOn: '2026-01-11' } }, now);
    const traps = evaluateTraps(context({ snapshot: cream, now }));
    expect(traps.map((t) => t.id)).toEqual(['near-expiry']);
    expect(traps[0]).toMatchObject({ severity: 'danger', evidence: { daysLeft: 60, limitDays: 90, expiresOn: '2026-01-11' } });
  });

  it('a 299 hoodie bought for 299 during 双11 (list 499) and re-run at 299 is same-as-promo-price', () => {
    const hoodie = snapshot({ category: 'apparel', price: 299, listPrice: 499 }, now);
    const traps = evaluateTraps(
      context({
        snapshot: hoodie,
        now,
        history: [
          { at: '2025-10-10T10:00:00+08:00', price: 499, listPrice: 499 },
          { at: '2025-11-11T00:10:00+08:00', price: 299, listPrice: 499 },
        ],
        cartAdds: [{ addedAt: '2025-11-11T00:12:00+08:00', price: 299, quantity: 1 }],
      }),
    );
    expect(traps.map((t) => t.id)).toEqual(['same-as-promo-price']);
    expect(traps[0]?.evidence).toMatchObject({ currentPrice: 299, promoPrice: 299, event: DOUBLE11.id });
    expect(traps[0]?.detail).toMatch(/不用抢，也不用囤/);
  });

  it('5 bottles of shampoo is hoarding', () => {
    const shampoo = snapshot({ category: 'cosmetics', price: 89, expiry: { expiresOn: '2028-01-01' } }, now);
    const cartAdds = [{ addedAt: '2025-11-11T00:12:00+08:00', price: 89, quantity: 5 }];
    expect(ids(context({ snapshot: shampoo, now, cartAdds }))).toContain('hoarding');
    expect(ids(context({ snapshot: shampoo, now, cartAdds: [{ ...cartAdds[0]!, quantity: 2 }] }))).not.toContain('hoarding');
  });

  it('a 199 pair of shoes and a 1 pair of socks cross 满200减20', () => {
    const shoes = snapshot(
      { category: 'shoes', price: 199, offers: [{ kind: 'threshold', threshold: 200, discount: 20, repeat: false }] },
      now,
    );
    const traps = evaluateTraps(
      context({
        snapshot: shoes,
        now,
        cartItems: [
          { key: 'tmall:2', title: '棉袜', price: 1, quantity: 1 },
          { key: 'tmall:3', title: '鞋垫', price: 15, quantity: 1 },
        ],
      }),
    );
    const filler = traps.find((t) => t.id === 'threshold-filler');
    expect(filler?.evidence).toMatchObject({
      threshold: 200,
      discount: 20,
      gap: 1,
      fillers: '棉袜',
      cartTotal: 200,
      payAfterDiscount: 180,
    });
    expect(filler?.detail).toContain('实付 ¥180');
  });
});
