import { describe, expect, it } from 'vitest';
import { prepromoLowOf, priorPriceDays, promoPriceOf, type PromoEvent } from '../../src/promo';

const double11: PromoEvent = {
  id: 'test-double11',
  name: '双11',
  nameEn: 'Double 11',
  platforms: ['tmall'],
  preSaleAt: '2025-10-15T20:00:00+08:00',
  mainAt: '2025-10-20T20:00:00+08:00',
  endAt: '2025-11-11T23:59:59+08:00',
  estimated: false,
  source: 'test',
};

describe('promoPriceOf', () => {
  it('reports the lowest price in the main window and the cart-add price, referencing the lower', () => {
    const result = promoPriceOf(
      [
        { at: '2025-10-18T10:00:00+08:00', price: 259 }, // pre-sale: not a main-window price
        { at: '2025-10-21T10:00:00+08:00', price: 319 },
        { at: '2025-11-11T00:05:00+08:00', price: 299 },
        { at: '2025-11-13T10:00:00+08:00', price: 289 }, // 返场: after the window
      ],
      [{ addedAt: '2025-10-16T10:00:00+08:00', price: 309 }],
      double11,
    );
    expect(result).toEqual({
      kind: 'known',
      lowestSeen: { price: 299, at: '2025-11-11T00:05:00+08:00' },
      cartAdd: { price: 309, at: '2025-10-16T10:00:00+08:00' },
      reference: 'lowest-seen',
      price: 299,
    });
  });

  it('uses the cart-add price when it is the lower one or the only one', () => {
    const result = promoPriceOf([], [{ addedAt: '2025-11-10T10:00:00+08:00', price: 299, skuId: 'a' }], double11, 'a');
    expect(result).toMatchObject({ kind: 'known', reference: 'cart-add', price: 299, lowestSeen: null });
  });

  it('keeps SKUs apart', () => {
    const observations = [
      { at: '2025-10-21T10:00:00+08:00', price: 99, skuId: 'small' },
      { at: '2025-10-21T10:00:00+08:00', price: 199, skuId: 'large' },
    ];
    expect(promoPriceOf(observations, [], double11, 'large')).toMatchObject({ price: 199 });
    expect(promoPriceOf(observations, [], double11, 'medium')).toEqual({ kind: 'not-enough-history' });
  });

  it('answers "not enough history" rather than a zero', () => {
    expect(
      promoPriceOf([{ at: '2025-09-01T10:00:00+08:00', price: 100 }], [{ addedAt: '2025-12-01T10:00:00+08:00', price: 90 }], double11),
    ).toEqual({ kind: 'not-enough-history' });
  });
});

describe('prepromoLowOf', () => {
  const history = [
    { at: '2025-10-01T10:00:00+08:00', price: 199 }, // 14 days before: outside 7, inside 30
    { at: '2025-10-09T10:00:00+08:00', price: 499 },
    { at: '2025-10-14T10:00:00+08:00', price: 459 },
    { at: '2025-10-16T10:00:00+08:00', price: 299 }, // after the pre-sale began
  ];

  it('takes the lowest price in the 7 days before the pre-sale began', () => {
    expect(prepromoLowOf(history, double11)).toMatchObject({
      kind: 'known',
      low: { price: 459, at: '2025-10-14T10:00:00+08:00' },
      observations: 2,
      days: 7,
      windowEnd: '2025-10-15T12:00:00.000Z',
    });
  });

  it('looks 30 days back when asked', () => {
    expect(prepromoLowOf(history, double11, 30)).toMatchObject({ kind: 'known', low: { price: 199 }, observations: 3 });
  });

  it('is a tagged "not enough history" when nobody visited in the window', () => {
    expect(prepromoLowOf([{ at: '2025-10-16T10:00:00+08:00', price: 299 }], double11)).toMatchObject({
      kind: 'not-enough-history',
      days: 7,
    });
  });
});

describe('priorPriceDays', () => {
  it.each([
    ['jd', 'CNY', 7],
    ['schema-org', 'CNY', 7],
    ['schema-org', 'EUR', 30],
    ['schema-org', 'USD', 30],
  ] as const)('%s in %s looks back %i days', (site, currency, days) => {
    expect(priorPriceDays({ site, currency }, { cn: 7, eu: 30 })).toBe(days);
  });
});
