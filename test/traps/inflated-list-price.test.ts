import { describe, expect, it } from 'vitest';
import type { PriceObservation } from '../../src/promo';
import { inflatedListPrice } from '../../src/traps/inflated-list-price';
import { evaluateTraps } from '../../src/traps';
import { context, outcomeOf, run, snapshot } from './context';

const fanchang = new Date('2025-11-12T10:00:00+08:00'); // platform 返场 after DOUBLE11 (pre-sale 15 Oct 20:00)
const ctxOf = (listPrice: number | null, price: number | null, history: PriceObservation[], lang: 'zh' | 'en' = 'zh') =>
  context({ snapshot: snapshot({ price, listPrice }, fanchang), now: fanchang, history, lang });
const judge = (listPrice: number | null, price: number | null, history: PriceObservation[], lang: 'zh' | 'en' = 'zh') =>
  run(inflatedListPrice, ctxOf(listPrice, price, history, lang));
const outcome = (listPrice: number | null, price: number | null, history: PriceObservation[], lang: 'zh' | 'en' = 'zh') =>
  outcomeOf(inflatedListPrice, ctxOf(listPrice, price, history, lang));

describe('inflated-list-price against the 7 days before the promotion', () => {
  it.each([
    // list, price now, history, severity or null
    [499, 299, [{ at: '2025-10-10T10:00:00+08:00', price: 499 }], null],
    [
      499,
      299,
      [
        { at: '2025-10-10T10:00:00+08:00', price: 399 },
        { at: '2025-10-14T10:00:00+08:00', price: 499 },
      ],
      'warn',
    ],
    [
      499,
      299,
      [
        { at: '2025-10-01T10:00:00+08:00', price: 299 },
        { at: '2025-10-12T10:00:00+08:00', price: 499 },
      ],
      null,
    ], // 299 was 14 days out
    [499, 299, [{ at: '2025-10-16T10:00:00+08:00', price: 299 }], 'undetermined'], // seen only after the promo began
    [499, 299, [], 'undetermined'],
    [299, 299, [], null], // no discount claimed
    [null, 299, [], null],
  ] as const)('list %s, now %s, history %j -> %s', (list, price, history, severity) => {
    const said = outcome(list, price, [...history]);
    expect(said === null ? null : 'severity' in said ? said.severity : 'undetermined').toBe(severity);
  });

  it('cites the rules and carries the numbers', () => {
    const trap = judge(499, 299, [{ at: '2025-10-14T10:00:00+08:00', price: 399 }]);
    expect(trap?.evidence).toMatchObject({
      listPrice: 499,
      lowestPriorPrice: 399,
      windowDays: 7,
      windowStart: '2025-10-08',
      windowEnd: '2025-10-15',
      visitsInWindow: 1,
    });
    expect(trap?.evidence.rule).toContain('《规范促销行为暂行规定》第二十一条');
    expect(trap?.evidence.rule).toContain('《明码标价和禁止价格欺诈规定》第十六、十七条');
    expect(judge(499, 299, [{ at: '2025-10-14T10:00:00+08:00', price: 399 }], 'en')?.title).toBe('Inflated list price');
  });

  it('says "not enough history" as not enough data, never as a trap', () => {
    expect(outcome(499, 299, [])).toEqual({
      id: 'inflated-list-price',
      fields: [],
      reason: expect.stringContaining('划线价 ¥499 无从核对') as string,
    });
    expect(outcome(499, 299, [], 'en')).toMatchObject({ reason: expect.stringContaining('cannot be checked') as string });
    expect(evaluateTraps(context({ snapshot: snapshot({ price: 299, listPrice: 499 }, fanchang), now: fanchang }))).toEqual([]);
  });
});

describe('inflated-list-price outside China: EU 98/6/EC Art. 6a, 30 days', () => {
  const now = new Date('2025-08-20T12:00:00+02:00');
  const shop = (history: PriceObservation[]) =>
    run(
      inflatedListPrice,
      context({
        snapshot: { ...snapshot({ price: 59.99, listPrice: 89.99, currency: 'EUR' }, now), site: 'schema-org' },
        now,
        history,
      }),
    );

  it('looks 30 days before the current price began', () => {
    const trap = shop([
      { at: '2025-07-25T10:00:00+02:00', price: 64.99 },
      { at: '2025-08-10T10:00:00+02:00', price: 89.99 },
      { at: '2025-08-15T10:00:00+02:00', price: 59.99 },
    ]);
    expect(trap).toMatchObject({
      severity: 'warn',
      evidence: { lowestPriorPrice: 64.99, windowDays: 30, rule: 'EU Directive 98/6/EC Art. 6a' },
    });
    expect(trap?.detail).toContain('€64.99');
  });

  it('accepts a list price that was the real price throughout the 30 days', () => {
    expect(
      shop([
        { at: '2025-07-20T10:00:00+02:00', price: 89.99 },
        { at: '2025-08-14T10:00:00+02:00', price: 89.99 },
      ]),
    ).toBeNull();
  });
});
