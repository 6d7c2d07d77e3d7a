import { describe, expect, it } from 'vitest';
import type { PriceObservation } from '../../src/promo';
import { countdownDeadline } from '../../src/traps/countdown-deadline';
import { fakeCountdown } from '../../src/traps/fake-countdown';
import { fakeScarcity, shownStockCount } from '../../src/traps/fake-scarcity';
import { context, run, sku, snapshot } from './context';

const now = new Date('2025-11-20T10:00:00+08:00');

describe('shownStockCount', () => {
  it.each([
    ['仅剩3件', 3],
    ['库存仅剩 12 件', 12],
    ['只剩５件了', 5],
    ['Only 2 left in stock', 2],
    ['3 left in stock', 3],
    ['库存紧张', null],
    ['已售2000+', null],
    [null, null],
  ] as const)('%s -> %s', (text, count) => {
    expect(shownStockCount(text)).toBe(count);
  });
});

describe('fake-scarcity', () => {
  const judge = (
    lowStockText: string | null,
    skus = [sku('a', 'S', true, 50), sku('b', 'M', true, 23)],
    history: PriceObservation[] = [],
    lang: 'zh' | 'en' = 'zh',
  ) => run(fakeScarcity, context({ snapshot: snapshot({ skus, signals: { lowStockText } as never }, now), now, history, lang }));

  it('flags a low-stock message when every available SKU holds more than 10', () => {
    const trap = judge('仅剩3件');
    expect(trap).toMatchObject({
      id: 'fake-scarcity',
      severity: 'warn',
      evidence: { lowStockText: '仅剩3件', shownCount: 3, lowestSkuStock: 23, skusCounted: 2, limit: 10 },
    });
    expect(judge('仅剩3件', undefined, [], 'en')?.detail).toContain('at least 23 in stock');
  });

  it.each([
    ['a SKU really is low', [sku('a', 'S', true, 3), sku('b', 'M', true, 50)]],
    ['exactly 10 left', [sku('a', 'S', true, 10)]],
    ['no stock numbers', [sku('a', 'S', true), sku('b', 'M', true)]],
    ['no SKUs', []],
  ])('is silent when %s', (_why, skus) => {
    expect(judge('仅剩3件', skus)).toBeNull();
  });

  it('ignores sold-out SKUs when reading the stock', () => {
    expect(judge('仅剩3件', [sku('a', 'S', false, 0), sku('b', 'M', true, 40)])?.evidence.lowestSkuStock).toBe(40);
  });

  it('is silent without a low-stock message', () => {
    expect(judge(null)).toBeNull();
  });

  it('flags a shown count that rises between visits without a restock', () => {
    const history = [
      { at: '2025-11-18T10:00:00+08:00', price: 99, lowStockText: '仅剩2件' },
      { at: '2025-11-19T10:00:00+08:00', price: 99, lowStockText: '仅剩5件' },
    ];
    const trap = judge('仅剩1件', [], history);
    expect(trap).toMatchObject({
      evidence: { firstCount: 2, laterCount: 5, restockSeen: 'no stock data', firstSeenAt: '2025-11-18T10:00:00+08:00' },
    });
  });

  it('includes today’s visit in the comparison', () => {
    const history = [{ at: '2025-11-18T10:00:00+08:00', price: 99, lowStockText: '仅剩2件' }];
    expect(judge('仅剩4件', [], history)?.evidence).toMatchObject({ firstCount: 2, laterCount: 4 });
  });

  it('accepts a rise that the stock data explains as a restock', () => {
    const history = [
      { at: '2025-11-18T10:00:00+08:00', price: 99, lowStockText: '仅剩2件', stock: 2 },
      { at: '2025-11-19T10:00:00+08:00', price: 99, lowStockText: '仅剩5件', stock: 5 },
    ];
    expect(judge(null, [], history)).toBeNull();
  });

  it('accepts a count that only goes down', () => {
    const history = [
      { at: '2025-11-18T10:00:00+08:00', price: 99, lowStockText: '仅剩5件' },
      { at: '2025-11-19T10:00:00+08:00', price: 99, lowStockText: '仅剩2件' },
    ];
    expect(judge('仅剩1件', [], history)).toBeNull();
  });
});

describe('countdownDeadline', () => {
  const seen = new Date('2025-11-20T10:00:00+08:00');
  it.each([
    ['距结束 05:12:33', '2025-11-20T07:12:33.000Z', 1000],
    ['距结束 2天 05:12:33', '2025-11-22T07:12:33.000Z', 1000],
    ['价格24小时后恢复', '2025-11-21T02:00:00.000Z', 3_600_000],
    ['还剩3天', '2025-11-23T02:00:00.000Z', 86_400_000],
    ['倒计时 1小时30分', '2025-11-20T03:30:00.000Z', 60_000],
    ['11月22日 23:59 结束', '2025-11-22T15:59:00.000Z', 60_000],
    ['活动截止：2025-11-25 20点', '2025-11-25T12:00:00.000Z', 3_600_000],
    ['Sale ends in 5 hours', '2025-11-20T07:00:00.000Z', 3_600_000],
  ])('%s', (text, deadline, precisionMs) => {
    expect(countdownDeadline(text, seen)).toEqual({ deadline: new Date(deadline), precisionMs });
  });

  it('reads a January deadline seen in December as next year', () => {
    expect(countdownDeadline('1月3日 10:00 结束', new Date('2025-12-30T10:00:00+08:00'))?.deadline.toISOString()).toBe(
      '2026-01-03T02:00:00.000Z',
    );
  });

  it.each([['24小时发货'], ['仅剩3件'], ['限时特惠'], [''], ['距结束']])('%s is not a countdown', (text) => {
    expect(countdownDeadline(text, seen)).toBeNull();
  });
});

describe('fake-countdown', () => {
  const judge = (countdownText: string | null, history: PriceObservation[], lang: 'zh' | 'en' = 'zh') =>
    run(fakeCountdown, context({ snapshot: snapshot({ signals: { countdownText } as never }, now), now, history, lang }));

  it('flags "恢复原价" that is always 24 hours away', () => {
    const trap = judge('价格24小时后恢复', [{ at: '2025-11-18T10:00:00+08:00', price: 99, countdownText: '价格24小时后恢复' }]);
    expect(trap).toMatchObject({
      id: 'fake-countdown',
      evidence: {
        firstDeadline: '2025-11-19T02:00:00.000Z',
        laterDeadline: '2025-11-21T02:00:00.000Z',
        movedLaterHours: 48,
        firstDeadlinePassed: 'yes',
      },
    });
    expect(trap?.detail).toContain('过期后又重新计时');
  });

  it('flags a timer that moved later before it ran out', () => {
    const trap = judge('距结束 05:00:00', [{ at: '2025-11-20T08:00:00+08:00', price: 99, countdownText: '距结束 05:00:00' }]);
    expect(trap?.evidence).toMatchObject({ movedLaterHours: 2, firstDeadlinePassed: 'no' });
    expect(
      judge('距结束 05:00:00', [{ at: '2025-11-20T08:00:00+08:00', price: 99, countdownText: '距结束 05:00:00' }], 'en')?.detail,
    ).toContain('it moved');
  });

  it('accepts a countdown that keeps to its deadline', () => {
    expect(judge('距结束 03:00:00', [{ at: '2025-11-20T08:00:00+08:00', price: 99, countdownText: '距结束 05:00:00' }])).toBeNull();
    expect(judge('价格6小时后恢复', [{ at: '2025-11-20T06:00:00+08:00', price: 99, countdownText: '价格10小时后恢复' }])).toBeNull();
  });

  it('allows a few minutes of page-load slack', () => {
    expect(judge('距结束 03:01:00', [{ at: '2025-11-20T08:00:00+08:00', price: 99, countdownText: '距结束 05:00:00' }])).toBeNull();
  });

  it('is silent with a single visit or unreadable text', () => {
    expect(judge('价格24小时后恢复', [])).toBeNull();
    expect(judge('限时特惠', [{ at: '2025-11-18T10:00:00+08:00', price: 99, countdownText: '限时特惠' }])).toBeNull();
  });
});
