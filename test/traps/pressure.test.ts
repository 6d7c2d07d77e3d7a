import { describe, expect, it } from 'vitest';
import type { PageSignals, UpsellOffer } from '../../src/core/types';
import type { PriceObservation } from '../../src/promo';
import { fakeCountdown } from '../../src/traps/fake-countdown';
import { socialProof } from '../../src/traps/social-proof';
import type { ClaimSighting } from '../../src/traps/types';
import { upsellPressure } from '../../src/traps/upsell-pressure';
import { context, ids, run, snapshot } from './context';

/** Issue 17: the returns article's social proof, upgrade push and loss framing, and the honest look-alikes. */
const now = new Date('2025-11-20T10:00:00+08:00');
const page = (signals: Partial<PageSignals>, shop: string | null = '某美妆旗舰店') =>
  snapshot({ shop, category: 'cosmetics', title: '丝绒哑光口红 3.5g', signals: signals as PageSignals }, now);
const seen = (productKey: string, text: string, at: string, shop: string | null = null, where?: ClaimSighting['where']): ClaimSighting => ({
  productKey,
  text,
  at,
  shop,
  ...(where ? { where } : {}),
});

describe('social-proof', () => {
  const judge = (signals: Partial<PageSignals>, claimSightings: ClaimSighting[] = [], lang: 'zh' | 'en' = 'zh', shop?: string | null) =>
    run(socialProof, context({ snapshot: page(signals, shop), now, claimSightings, lang }));

  it.each([
    ['87%的用户换购了', 'share'],
    ['3274人已换购', 'count'],
    ['回头客 9999+', 'returning'],
    ['23人正在看', 'activity'],
    ['87% of customers switched', 'share'],
  ])('says "%s" is the shop\'s own, unverifiable claim', (socialProofText, kind) => {
    const trap = judge({ socialProofText });
    expect(trap).toMatchObject({
      id: 'social-proof',
      severity: 'info',
      evidence: { claimText: socialProofText, claimWhere: 'product', claimKind: kind },
    });
    expect(trap?.evidence.source).toContain('Mathur');
    expect(judge({ socialProofText }, [], 'en')?.detail).toContain("the shop's own figure");
  });

  it('reads the claims hung on a recommended upgrade too', () => {
    const upsellOffers: UpsellOffer[] = [{ text: '同款升级 ¥239 87%的用户换购了', price: 239, tags: ['87%的用户换购了'] }];
    expect(judge({ upsellOffers })?.evidence).toMatchObject({ claimText: '87%的用户换购了', claimWhere: 'recommended' });
  });

  it.each(['已售 2000+', '月销 1000+', '1000+人付款', '已拼10万+件', '2K+ bought in past month', null])(
    'is silent on the platform count %j (and on no claim)',
    (socialProofText) => {
      expect(judge({ socialProofText })).toBeNull();
    },
  );

  it('flags the same exact figure on two other, unrelated products as likely made up', () => {
    const sightings = [
      seen('jd:1', '87%的用户换购了', '2025-11-15T10:00:00+08:00', '某数码店'),
      seen('taobao:2', '87%的用户选择了', '2025-11-18T10:00:00+08:00'),
    ];
    const trap = judge({ socialProofText: '87%的用户换购了' }, sightings);
    expect(trap).toMatchObject({
      severity: 'warn',
      evidence: { claimText: '87%的用户换购了', claimFigure: 87, otherProducts: 2, firstSeenElsewhereProduct: 'jd:1', repeatLimit: 3 },
    });
    expect(judge({ socialProofText: '87%的用户换购了' }, sightings, 'en')?.detail).toContain('2 other, unrelated products');
  });

  it.each([
    ['one other product (could be chance)', [seen('jd:1', '87%的用户换购了', '2025-11-15T10:00:00+08:00')]],
    [
      'only this product, visit after visit',
      [
        seen('tmall:600000000001', '87%的用户换购了', '2025-11-15T10:00:00+08:00'),
        seen('tmall:600000000001', '87%的用户换购了', '2025-11-16T10:00:00+08:00'),
      ],
    ],
    [
      'different figures',
      [seen('jd:1', '86%的用户换购了', '2025-11-15T10:00:00+08:00'), seen('jd:2', '88%的用户换购了', '2025-11-16T10:00:00+08:00')],
    ],
    [
      'sightings after now',
      [seen('jd:1', '87%的用户换购了', '2025-11-25T10:00:00+08:00'), seen('jd:2', '87%的用户换购了', '2025-11-26T10:00:00+08:00')],
    ],
  ])('stays an info note with %s', (_why, sightings) => {
    expect(judge({ socialProofText: '87%的用户换购了' }, sightings)?.severity).toBe('info');
  });

  it('never calls a rounded figure (9999+, 1.2万+) a repeat: display caps repeat honestly', () => {
    const sightings = [
      seen('jd:1', '回头客 9999+', '2025-11-15T10:00:00+08:00', '甲店'),
      seen('jd:2', '回头客 9999+', '2025-11-16T10:00:00+08:00', '乙店'),
    ];
    expect(judge({ socialProofText: '回头客 9999+' }, sightings)?.severity).toBe('info');
  });

  it('counts a shop-wide 回头客 figure only across other shops', () => {
    const sameShop = [
      seen('jd:1', '回头客 5120', '2025-11-15T10:00:00+08:00', '某美妆旗舰店'),
      seen('jd:2', '回头客 5120', '2025-11-16T10:00:00+08:00', '某美妆旗舰店'),
    ];
    expect(judge({ socialProofText: '回头客 5120' }, sameShop)?.severity).toBe('info');
    const otherShops = [
      seen('jd:1', '回头客 5120', '2025-11-15T10:00:00+08:00', '甲店'),
      seen('jd:2', '回头客 5120', '2025-11-16T10:00:00+08:00', '乙店'),
    ];
    expect(judge({ socialProofText: '回头客 5120' }, otherShops)).toMatchObject({ severity: 'warn', evidence: { otherShops: 2 } });
  });

  it('flags a running count that falls between visits', () => {
    const sightings = [seen('tmall:600000000001', '3500人已换购', '2025-11-15T10:00:00+08:00')];
    expect(judge({ socialProofText: '3274人已换购' }, sightings)).toMatchObject({
      severity: 'warn',
      evidence: { firstCount: 3500, laterCount: 3274, firstText: '3500人已换购', laterText: '3274人已换购' },
    });
  });

  it('is an info note when the count grows, or when the smaller figure was about a recommended item', () => {
    expect(
      judge({ socialProofText: '3500人已换购' }, [seen('tmall:600000000001', '3274人已换购', '2025-11-15T10:00:00+08:00')])?.severity,
    ).toBe('info');
    const recommended = [seen('tmall:600000000001', '3500人已换购', '2025-11-15T10:00:00+08:00', null, 'recommended')];
    expect(judge({ socialProofText: '3274人已换购' }, recommended)?.severity).toBe('info');
  });
});

describe('upsell-pressure', () => {
  const offer = (text: string, price: number, tags: string[] = []): UpsellOffer => ({ text, price, tags });
  const judge = (upsellOffers: UpsellOffer[], cartPrice: number | null = 199, lang: 'zh' | 'en' = 'zh') =>
    run(
      upsellPressure,
      context({
        snapshot: page({ upsellOffers }),
        now,
        cartAdds: cartPrice === null ? [] : [{ addedAt: '2025-11-11T20:00:00+08:00', price: cartPrice }],
        lang,
      }),
    );

  it('shows what the playbook upgrade costs over the carted item', () => {
    const trap = judge([offer('同款升级 丝绒口红 ¥229 87%的用户换购了 明星同款', 229, ['明星同款', '87%的用户换购了'])]);
    expect(trap).toMatchObject({
      id: 'upsell-pressure',
      severity: 'info',
      evidence: {
        cartAddPrice: 199,
        offerPrice: 229,
        difference: 30,
        dearerPercent: 15.1,
        maxPercent: 20,
        offerTags: '明星同款、87%的用户换购了',
      },
    });
    expect(trap?.detail).toContain('多半就够用');
    expect(
      judge([offer('Upgrade to the Pro lipstick $229 — 87% of customers switched', 229, ['87% of customers switched'])], 199, 'en')?.detail,
    ).toContain('the one in your cart will likely do');
  });

  it('takes a bare 换购 as a push even untagged', () => {
    expect(judge([offer('换购 口红礼盒 ¥219', 219)])?.evidence.difference).toBe(20);
  });

  it.each([
    ['no cart add to trade up from', [offer('同款升级 口红 ¥229 爆款', 229, ['爆款'])], null],
    ['an upgrade over 20% dearer', [offer('同款升级 口红 ¥249 爆款', 249, ['爆款'])], 199],
    ['an offer cheaper than the cart', [offer('换购 口红 ¥189 爆款', 189, ['爆款'])], 199],
    ['the same price', [offer('换购 口红 ¥199 爆款', 199, ['爆款'])], 199],
    ['a plain "升级版" option with no push', [offer('升级版 ¥229', 229)], 199],
    ['another category (a bundle, not an upgrade)', [offer('换购 运动鞋 跑步鞋 ¥229 爆款', 229, ['爆款'])], 199],
    ['no offers', [], 199],
  ] as const)('is silent for %s', (_why, offers, cartPrice) => {
    expect(judge([...offers], cartPrice)).toBeNull();
  });
});

describe('loss framing as a countdown claim', () => {
  const judge = (countdownText: string | null, history: PriceObservation[], lang: 'zh' | 'en' = 'zh') =>
    run(fakeCountdown, context({ snapshot: page({ countdownText }), now, history, lang }));
  const visit = (at: string, countdownText: string): PriceObservation => ({ at, price: 199, countdownText });

  it.each([
    ['专属优惠即将失效', '专属优惠即将失效'],
    ['您放弃了价值50元的专属权益', '专属权益即将失效'],
    ['Your exclusive offer is about to expire', 'Your exclusive offer is about to expire'],
  ])('flags "%s" still shown days after it first said soon', (earlier, current) => {
    const trap = judge(current, [visit('2025-11-15T10:00:00+08:00', earlier)]);
    expect(trap).toMatchObject({
      id: 'fake-countdown',
      severity: 'warn',
      evidence: { firstText: earlier, laterText: current, daysShown: 5, urgencyLimitDays: 3 },
    });
    expect(judge(current, [visit('2025-11-15T10:00:00+08:00', earlier)], 'en')?.detail).toContain('5 days later');
  });

  it('flags "价格24小时后恢复" that resets, as before', () => {
    expect(judge('价格24小时后恢复', [visit('2025-11-17T10:00:00+08:00', '价格24小时后恢复')])?.evidence.movedLaterHours).toBe(72);
  });

  it.each([
    ['a claim first seen yesterday', '专属优惠即将失效', [visit('2025-11-19T10:00:00+08:00', '专属优惠即将失效')]],
    ['a claim gone from the page today', null, [visit('2025-11-10T10:00:00+08:00', '专属优惠即将失效')]],
    ['a claim seen once', '专属优惠即将失效', []],
    ['a real deadline that holds', '距结束 10:00:00', [visit('2025-11-19T10:00:00+08:00', '距结束 34:00:00')]],
  ] as const)('is silent for %s', (_why, current, history) => {
    expect(judge(current, [...history])).toBeNull();
  });
});

describe('honest pages raise none of the three', () => {
  it('a shop with a review count, a platform sales figure and a sale deadline that holds', () => {
    const honest = snapshot(
      {
        shop: '某美妆旗舰店',
        category: 'cosmetics',
        expiry: { expiresOn: '2028-01' },
        signals: { socialProofText: '已售 2000+', countdownText: '距结束 10:00:00', upsellOffers: [] } as never,
      },
      now,
    );
    const traps = ids(
      context({
        snapshot: honest,
        now,
        history: [{ at: '2025-11-19T10:00:00+08:00', price: 199, countdownText: '距结束 34:00:00' }],
        cartAdds: [{ addedAt: '2025-11-11T20:00:00+08:00', price: 199 }],
        claimSightings: [seen('jd:1', '已售 2000+', '2025-11-15T10:00:00+08:00'), seen('jd:2', '已售 2000+', '2025-11-16T10:00:00+08:00')],
      }),
    );
    expect(traps).not.toContain('social-proof');
    expect(traps).not.toContain('upsell-pressure');
    expect(traps).not.toContain('fake-countdown');
  });
});

describe('upsell-pressure in another currency', () => {
  it('states the amounts in the page currency', () => {
    const page = snapshot(
      { currency: 'USD', signals: { upsellOffers: [{ text: 'Upgrade to Pro $22', price: 22, tags: ['Best seller'] }] } as never },
      now,
    );
    const trap = run(
      upsellPressure,
      context({ snapshot: page, now, cartAdds: [{ addedAt: '2025-11-11T20:00:00+08:00', price: 19 }], lang: 'en' }),
    );
    expect(trap?.title).toBe('The "upgrade" costs $3 more');
    expect(trap?.detail).toContain('at $19');
  });
});

describe('a page reading the adapter doubts', () => {
  it('raises none of the three pressure traps', () => {
    const doubted = snapshot(
      {
        confidence: { signals: 'low' },
        signals: {
          socialProofText: '87%的用户换购了',
          countdownText: '专属优惠即将失效',
          upsellOffers: [{ text: '换购 口红 ¥229 爆款', price: 229, tags: ['爆款'] }],
        } as never,
      },
      now,
    );
    const found = ids(
      context({
        snapshot: doubted,
        now,
        history: [{ at: '2025-11-10T10:00:00+08:00', price: 199, countdownText: '专属优惠即将失效' }],
        cartAdds: [{ addedAt: '2025-11-11T20:00:00+08:00', price: 199 }],
      }),
    );
    for (const id of ['social-proof', 'upsell-pressure', 'fake-countdown'] as const) expect(found).not.toContain(id);
  });
});
