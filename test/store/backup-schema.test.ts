import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isSoundObservation, ObservationSchema } from '../../src/store/backup-schema';

const sound = {
  productKey: 'jd:100038004353',
  skuId: 's-m',
  at: '2025-11-05T04:00:00.000Z',
  lastSeenAt: '2025-11-06T04:00:00+08:00',
  price: 259,
  listPrice: null,
  stock: 3,
};

/** Values near each rule's edges, and of the wrong kinds. */
const anyValue = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -0, -1, 1.5, 1e9, 1e9 + 1, NaN, Infinity, -Infinity, 9999, [], {}, ''),
  fc.constantFrom('x', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(500), 'x'.repeat(501)),
  fc.constantFrom(
    '2025-11-05T04:00:00Z',
    '2025-11-05 04:00+08:00',
    '2025-11-05T04:00:00',
    '2025-13-45T04:00:00Z',
    '2000-01-01T00:00:00.000Z',
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
);

const keys = [...Object.keys(ObservationSchema.entries), 'extra', 'constructor'];

const row = fc.oneof(
  fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }).map((changes) => ({ ...sound, ...changes })),
  fc.dictionary(fc.constantFrom(...keys), anyValue).map((r) => Object.fromEntries(Object.entries(r).filter(([, x]) => x !== undefined))),
  fc.constantFrom<unknown>(sound, { ...sound, lowStockText: '仅剩3件', countdownText: '距结束 05:12:33' }, null, [], 'row', 7),
);

describe('isSoundObservation', () => {
  it('takes exactly the rows ObservationSchema takes, as they are (property)', () => {
    fc.assert(
      fc.property(row, (r) => {
        const checked = v.safeParse(ObservationSchema, r);
        expect(isSoundObservation(r)).toBe(checked.success);
        if (checked.success) expect(checked.output).toEqual(r);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a sound row and refuses a row the schema refuses', () => {
    expect(isSoundObservation(sound)).toBe(true);
    expect(isSoundObservation({ ...sound, lastSeenAt: '2000-01-01T00:00:00.000Z' })).toBe(false);
    expect(isSoundObservation({ ...sound, price: -1 })).toBe(false);
    expect(isSoundObservation({ ...sound, stock: 1.5 })).toBe(false);
    expect(isSoundObservation({ ...sound, extra: 1 })).toBe(false);
    expect(isSoundObservation(JSON.parse(`{"__proto__":{},${JSON.stringify(sound).slice(1)}`))).toBe(false);
  });
});
