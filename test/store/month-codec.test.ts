import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProductMonthRow, Run } from '../../src/store/db';
import { decodeMonths, encodeMonths } from '../../src/store/month-codec';
import { quarterOf, quarterRowsOf, monthsOf } from '../../src/store/quarters';

const month = fc
  .record({ year: fc.integer({ min: 1990, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);

/** Prices as pages show them, and any other number a page or a bug could leave in a run. */
const amount = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double(),
  fc.constantFrom(0.1 + 0.2, -0, 1e21, -5, Number.MAX_SAFE_INTEGER / 100),
);

const text = fc.oneof(fc.constant(null), fc.string(), fc.constantFrom('仅剩3件', '距结束 02:03:04', '🔥 last one'));

/** Runs inside the month as the store writes them, and out of order or ending before they begin as it never does. */
function runsIn(m: string): fc.Arbitrary<Run[]> {
  const start = Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1);
  const time = fc.oneof(fc.integer({ min: start, max: start + 31 * 86_400_000 - 1 }), fc.integer({ min: 0, max: 2 ** 45 }));
  const run = fc
    .tuple(time, fc.integer({ min: -86_400_000, max: 400 * 86_400_000 }), amount, amount, amount, text, text)
    .map(([at, seenFor, price, listPrice, stock, low, countdown]): Run => {
      const r: Run = [at, at + seenFor, price, listPrice, stock];
      // runOf's shape: both page texts or neither.
      if (low !== null || countdown !== null) r.push(low, countdown);
      return r;
    });
  return fc.array(run, { maxLength: 12 });
}

const monthRows = (productKey: string) =>
  fc.uniqueArray(month, { maxLength: 4 }).chain((months) =>
    fc.tuple(
      ...months.map((m) =>
        fc
          .uniqueArray(fc.oneof(fc.constant(''), fc.string({ minLength: 1 }), fc.constantFrom('100012345678', '颜色:黑;尺码:XL')), {
            minLength: 1,
            maxLength: 4,
          })
          .chain((skuIds) => fc.tuple(...skuIds.map((skuId) => runsIn(m).map((runs) => ({ skuId, runs })))))
          .map((series): ProductMonthRow => ({ productKey, month: m, series })),
      ),
    ),
  );

describe('the stored form of month rows', () => {
  it('gives back exactly the runs it was given (property)', () => {
    fc.assert(
      fc.property(monthRows('jd:100038004353'), (rows) => {
        expect(decodeMonths('jd:100038004353', encodeMonths(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a few bytes a run: times as differences, prices as cents, repeated values as nothing', () => {
    const start = Date.UTC(2026, 10, 1);
    const runs: Run[] = Array.from({ length: 100 }, (_, i) => [
      start + i * 7_200_123,
      start + i * 7_200_123 + 3_600_456,
      259.9 + (i % 7),
      499,
      null,
    ]);
    const bytes = encodeMonths([{ productKey: 'jd:1', month: '2026-11', series: [{ skuId: '', runs }] }]);
    // A flag byte, two time differences of four bytes and a price difference of two or three.
    expect(bytes.length / runs.length).toBeLessThan(12);
  });

  it('refuses bytes it did not write rather than read a wrong history', () => {
    const bytes = encodeMonths([
      { productKey: 'jd:1', month: '2026-11', series: [{ skuId: '', runs: [[Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 2), 1, 2, 3]] }] },
    ]);
    expect(() => decodeMonths('jd:1', bytes.subarray(0, bytes.length - 1))).toThrow(RangeError);
    expect(() => decodeMonths('jd:1', new Uint8Array([...bytes, 0]))).toThrow(RangeError);
    expect(() => decodeMonths('jd:1', new Uint8Array([9, ...bytes.subarray(1)]))).toThrow(/unknown format/);
  });
});

describe('quarter rows', () => {
  it('names a quarter by its first month', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-09', '2026-10', '2026-12'].map(quarterOf)).toEqual([
      '2026-01',
      '2026-01',
      '2026-04',
      '2026-07',
      '2026-10',
      '2026-10',
    ]);
  });

  it('groups months of any products into quarter rows and back, months in order, empty months left out', () => {
    const row = (productKey: string, m: string, price: number): ProductMonthRow => ({
      productKey,
      month: m,
      series: [{ skuId: '', runs: [[Date.parse(`${m}-02T00:00:00Z`), Date.parse(`${m}-02T00:00:00Z`), price, null, null]] }],
    });
    const quarters = quarterRowsOf([
      row('jd:1', '2026-12', 3),
      row('jd:1', '2026-10', 1),
      row('jd:2', '2026-11', 9),
      { productKey: 'jd:1', month: '2026-11', series: [] },
      row('jd:1', '2027-01', 4),
    ]);
    expect(quarters.map((q) => [q.productKey, q.quarter, monthsOf(q).map((m) => m.month)])).toEqual([
      ['jd:1', '2026-10', ['2026-10', '2026-12']],
      ['jd:2', '2026-10', ['2026-11']],
      ['jd:1', '2027-01', ['2027-01']],
    ]);
  });
});
