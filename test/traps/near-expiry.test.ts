import { describe, expect, it } from 'vitest';
import type { Expiry, ProductSnapshot } from '../../src/core/types';
import { estimateExpiry } from '../../src/traps/expiry-date';
import { expiryUnknown } from '../../src/traps/expiry-unknown';
import { lingqiBandDays, nearExpiry } from '../../src/traps/near-expiry';
import { DEFAULT_THRESHOLDS } from '../../src/traps';
import { context, run, snapshot } from './context';

const now = new Date('2025-11-12T10:00:00+08:00');
const judge = (category: ProductSnapshot['category'], expiry: Expiry | null, lang: 'zh' | 'en' = 'zh') =>
  run(nearExpiry, context({ snapshot: snapshot({ category, expiry }, now), now, lang }));

describe('estimateExpiry', () => {
  it.each([
    [{ expiresOn: '2026-03-01' }, '2026-03-01', 'explicit-date', false, false],
    [{ expiresOn: '2026-02' }, '2026-02-28', 'explicit-date', true, false],
    [
      { producedFrom: '2025-06-01', producedTo: '2025-06-01', shelfLife: { value: 12, unit: 'month' } },
      '2026-06-01',
      'production-date-plus-shelf-life',
      false,
      false,
    ],
    [{ producedFrom: '2025-06-01', shelfLife: { value: 1, unit: 'year' } }, '2026-06-01', 'production-date-plus-shelf-life', false, false],
    [{ producedFrom: '2025-06-01', shelfLife: { value: 180, unit: 'day' } }, '2025-11-28', 'production-date-plus-shelf-life', false, false],
    [{ producedFrom: '2025-01-31', shelfLife: { value: 1, unit: 'month' } }, '2025-02-28', 'production-date-plus-shelf-life', false, false],
    [{ producedFrom: '2025-06', shelfLife: { value: 6, unit: 'month' } }, '2025-12-30', 'production-date-plus-shelf-life', true, false],
    [
      { producedFrom: '2025-03-01', producedTo: '2025-05-01', shelfLife: { value: 9, unit: 'month' } },
      '2025-12-01',
      'production-date-plus-shelf-life',
      false,
      true,
    ],
    [
      { producedFrom: '2025-03-01', shelfLife: { value: 1.5, unit: 'year' } },
      '2026-09-01',
      'production-date-plus-shelf-life',
      false,
      false,
    ],
    [
      { producedFrom: '2025-03-01', shelfLife: { value: 1.5, unit: 'month' } },
      '2025-04-16',
      'production-date-plus-shelf-life',
      false,
      false,
    ],
  ] as const)('%j expires on %s', (expiry, expiresOn, basis, monthPrecision, productionRange) => {
    expect(estimateExpiry(expiry as Expiry)).toMatchObject({ expiresOn, basis, monthPrecision, productionRange });
  });

  it.each([[null], [{}], [{ shelfLife: { value: 2, unit: 'year' } }], [{ producedFrom: '2025-06-01' }], [{ expiresOn: 'soon' }]] as const)(
    '%j gives no date',
    (expiry) => {
      expect(estimateExpiry(expiry)).toBeNull();
    },
  );
});

describe('lingqiBandDays (北京 2012 bands)', () => {
  it.each([
    [730, 45],
    [366, 45],
    [365, 45],
    [300, 20],
    [180, 20],
    [120, 15],
    [90, 15],
    [60, 10],
    [30, 10],
    [20, 5],
    [16, 5],
    [10, null],
    [null, null],
  ] as const)('shelf life %s days -> last %s days', (life, band) => {
    expect(lingqiBandDays(life, DEFAULT_THRESHOLDS.lingqiBands)).toBe(band);
  });
});

describe('near-expiry', () => {
  it.each([
    // category, expiry, severity or null, daysLeft
    ['food', { expiresOn: '2025-12-11' }, 'danger', 29],
    ['food', { expiresOn: '2025-12-12' }, null, 30],
    ['cosmetics', { expiresOn: '2026-02-09' }, 'danger', 89],
    ['cosmetics', { expiresOn: '2026-02-10' }, null, 90],
    ['food', { expiresOn: '2025-11-01' }, 'danger', -11],
    // 1-year shelf life: 临期 in the last 45 days, beyond the 30-day floor
    ['food', { producedFrom: '2024-12-20', shelfLife: { value: 1, unit: 'year' } }, 'warn', 38],
    ['food', { producedFrom: '2025-02-01', shelfLife: { value: 1, unit: 'year' } }, null, 81],
    ['apparel', { expiresOn: '2025-11-20' }, null, 8],
    ['other', { expiresOn: '2025-11-20' }, null, 8],
  ] as const)('%s %j -> %s', (category, expiry, severity, daysLeft) => {
    const trap = judge(category, expiry);
    if (severity === null) {
      expect(trap).toBeNull();
      return;
    }
    expect(trap).toMatchObject({ id: 'near-expiry', severity, evidence: { daysLeft } });
  });

  it('says when a month-precision date was taken at the end of the month', () => {
    const trap = judge('food', { expiresOn: '2025-11' });
    expect(trap?.evidence).toMatchObject({ expiresOn: '2025-11-30', datePrecision: 'month', daysLeft: 18 });
    expect(trap?.detail).toContain('按当月最后一天计算');
    expect(judge('food', { expiresOn: '2025-11' }, 'en')?.detail).toContain('last day of that month');
  });

  it('says when a production range was read at its earliest batch', () => {
    const trap = judge('food', { producedFrom: '2025-05-01', producedTo: '2025-10-01', shelfLife: { value: 6, unit: 'month' } });
    expect(trap?.evidence).toMatchObject({ expiresOn: '2025-11-01', productionDate: 'range, earliest used' });
    expect(trap?.detail).toContain('按最早的批次计算');
  });

  it('writes both languages', () => {
    const zh = judge('cosmetics', { expiresOn: '2026-01-11' }, 'zh');
    const en = judge('cosmetics', { expiresOn: '2026-01-11' }, 'en');
    expect(zh?.title).toBe('临期商品');
    expect(en?.title).toBe('Near expiry');
    expect(en?.detail).toContain('Only 60 days left');
    expect(en?.evidence).toEqual(zh?.evidence);
  });
});

describe('expiry-unknown', () => {
  const unknown = (category: ProductSnapshot['category'], expiry: Expiry | null, lang: 'zh' | 'en' = 'zh') =>
    run(expiryUnknown, context({ snapshot: snapshot({ category, expiry }, now), now, lang }));

  it.each([
    ['food', null, true],
    ['cosmetics', { shelfLife: { value: 3, unit: 'year' } }, true],
    ['food', { expiresOn: '2027-01-01' }, false],
    ['food', { producedFrom: '2025-10-01', shelfLife: { value: 12, unit: 'month' } }, false],
    ['apparel', null, false],
    ['electronics', null, false],
  ] as const)('%s with %j fires: %s', (category, expiry, fires) => {
    const trap = unknown(category, expiry);
    expect(trap !== null).toBe(fires);
  });

  it('names what the page did state', () => {
    expect(unknown('cosmetics', { shelfLife: { value: 3, unit: 'year' } })).toMatchObject({
      evidence: { category: 'cosmetics', shelfLife: '3 year', expiryDate: 'not on page' },
    });
    expect(unknown('cosmetics', { shelfLife: { value: 3, unit: 'year' } })?.detail).toContain('保质期 3年');
    expect(unknown('food', null, 'en')?.title).toBe('Expiry date unknown');
  });
});
