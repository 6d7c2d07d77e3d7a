import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, ProductSnapshot } from '../../src/core/types';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { DEFAULT_THRESHOLDS, evaluateTraps, resolveThresholds } from '../../src/traps';
import { context, snapshot, sku } from './context';

describe('silence: no evidence, no trap', () => {
  it.each(['apparel', 'shoes', 'electronics', 'other'] as Category[])('a bare %s page with no history raises nothing', (category) => {
    expect(evaluateTraps(context({ snapshot: snapshot({ category, price: 99 }) }))).toEqual([]);
  });

  it('a bare food page only says its expiry is unknown', () => {
    expect(evaluateTraps(context({ snapshot: snapshot({ category: 'food', price: 9.9 }) })).map((t) => t.id)).toEqual(['expiry-unknown']);
  });

  it('a page with no price raises no price trap even with history', () => {
    const traps = evaluateTraps(
      context({
        snapshot: snapshot({ price: null, listPrice: 499 }),
        history: [{ at: '2025-11-11T00:00:00+08:00', price: 299 }],
        cartAdds: [{ addedAt: '2025-11-11T00:00:00+08:00', price: 299 }],
      }),
    );
    expect(traps.map((t) => t.id)).toEqual([]);
  });

  const category = fc.constantFrom<Category>('food', 'cosmetics', 'apparel', 'shoes', 'electronics', 'other');
  const money = fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null });
  const iso = fc
    .date({ min: new Date('2024-06-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const text = fc.option(fc.constantFrom('仅剩3件', '价格24小时后恢复', '距结束 05:12:33', '库存紧张', '', 'x'), { nil: null });
  const arbitrarySnapshot: fc.Arbitrary<ProductSnapshot> = fc
    .record({
      category,
      price: money,
      listPrice: money,
      skus: fc.array(
        fc.record({
          size: fc.option(fc.constantFrom('S', 'M', 'L', 'XL', '40', '41', '均码', '??'), { nil: null }),
          available: fc.boolean(),
          stock: fc.option(fc.nat(100), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      expiresOn: fc.option(fc.constantFrom('2025-12-01', '2026-06', '2024-01-01', 'bad'), { nil: undefined }),
      lowStockText: text,
      countdownText: fc.option(
        fc.constantFrom('仅剩3件', '价格24小时后恢复', '距结束 05:12:33', '专属优惠即将失效', '您放弃了价值50元的专属权益', ''),
        {
          nil: null,
        },
      ),
      socialProofText: fc.option(fc.constantFrom('87%的用户换购了', '3274人已换购', '回头客 9999+', '已售 2000+', '23人正在看'), {
        nil: null,
      }),
      upsellOffers: fc.array(
        fc.record({
          text: fc.constantFrom('同款升级 口红 ¥229 爆款', '换购 面霜 ¥389', 'Upgrade to Pro $229'),
          price: fc.double({ min: 0, max: 5000, noNaN: true }),
          tags: fc.subarray(['明星同款', '87%的用户换购了', 'Best seller']),
        }),
        { maxLength: 3 },
      ),
      releasedOn: fc.option(fc.constantFrom('2023-01', '2025-10-01', 'n/a'), { nil: null }),
      defectWords: fc.subarray(['瑕疵', '清仓', '不退不换']),
      threshold: fc.option(
        fc.record({ threshold: fc.integer({ min: 1, max: 500 }), discount: fc.integer({ min: 1, max: 50 }), repeat: fc.boolean() }),
        { nil: null },
      ),
    })
    .map((r) =>
      snapshot({
        category: r.category,
        price: r.price,
        listPrice: r.listPrice,
        skus: r.skus.map((s, i) => sku(`k${i}`, s.size, s.available, s.stock, r.price)),
        expiry: r.expiresOn ? { expiresOn: r.expiresOn } : null,
        offers: r.threshold
          ? [{ kind: 'threshold', ...r.threshold, discount: Math.min(r.threshold.discount, r.threshold.threshold - 0.5) }]
          : [],
        signals: {
          lowStockText: r.lowStockText,
          countdownText: r.countdownText,
          returnPolicy: null,
          defectWords: r.defectWords,
          socialProofText: r.socialProofText,
          releasedOn: r.releasedOn,
          upsellOffers: r.upsellOffers,
        },
      }),
    );

  it('every trap on any page carries evidence and text in both languages, and nothing throws', () => {
    fc.assert(
      fc.property(
        arbitrarySnapshot,
        fc.array(
          fc.record({
            at: iso,
            price: fc.double({ min: 0.01, max: 5000, noNaN: true }),
            countdownText: fc.constantFrom('价格24小时后恢复', '距结束 01:00:00', '专属优惠即将失效'),
            lowStockText: fc.constantFrom('仅剩2件', '仅剩9件'),
          }),
          { maxLength: 5 },
        ),
        fc.array(
          fc.record({ addedAt: iso, price: fc.double({ min: 0.01, max: 5000, noNaN: true }), quantity: fc.integer({ min: 1, max: 9 }) }),
          { maxLength: 3 },
        ),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        (page, history, cartAdds, now) => {
          for (const lang of ['zh', 'en'] as const) {
            const traps = evaluateTraps(
              context({
                snapshot: page,
                now,
                history,
                cartAdds,
                events: DEFAULT_PROMO_EVENTS,
                profile: { sizes: { top: 'M', shoe: '40' } },
                cartItems: [{ key: 'jd:9', title: '袜子', price: 5, quantity: 1 }],
                claimSightings: [
                  { productKey: 'jd:1', text: '87%的用户换购了', at: '2025-06-01T00:00:00Z' },
                  { productKey: 'jd:2', text: '3300人已换购', at: '2025-06-02T00:00:00Z', shop: '甲店' },
                ],
                lang,
              }),
            );
            for (const t of traps) {
              expect(Object.keys(t.evidence).length).toBeGreaterThan(0);
              expect(t.title.length).toBeGreaterThan(0);
              expect(t.detail.length).toBeGreaterThan(0);
              for (const v of Object.values(t.evidence)) expect(typeof v === 'string' || Number.isFinite(v)).toBe(true);
            }
            expect(new Set(traps.map((t) => t.id)).size).toBe(traps.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('resolveThresholds', () => {
  it('merges nested overrides key by key and keeps the rest', () => {
    const t = resolveThresholds({ nearExpiryDays: { food: 45 }, oldModelMonths: 24 });
    expect(t.nearExpiryDays).toEqual({ food: 45, cosmetics: 90 });
    expect(t.oldModelMonths).toBe(24);
    expect(t.lingqiBands).toBe(DEFAULT_THRESHOLDS.lingqiBands);
  });

  it('changes what a rule decides', () => {
    const page = snapshot({ category: 'food', expiry: { expiresOn: '2025-12-20' } });
    expect(evaluateTraps(context({ snapshot: page })).map((t) => t.id)).toEqual([]);
    expect(
      evaluateTraps(context({ snapshot: page, profile: { sizes: {}, thresholds: { nearExpiryDays: { food: 60 } } } })).map((t) => t.id),
    ).toEqual(['near-expiry']);
  });
});
