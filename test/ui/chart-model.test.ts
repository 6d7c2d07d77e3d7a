import { describe, expect, it } from 'vitest';
import type { PricePoint } from '../../src/core/views';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { buildChartModel, isSinglePrice, referencePrices } from '../../src/ui/chart/chart-model';
import { defaultRange } from '../../src/ui/popup/PriceHistory';
import { HOODIE_HISTORY, NOW } from './fixtures';

const s = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe('buildChartModel', () => {
  const base = { events: DEFAULT_PROMO_EVENTS, now: NOW, promoPrice: 299, prepromoLow: 399 };

  it('draws each run from first to last sighting, oldest first', () => {
    const m = buildChartModel({ ...base, history: HOODIE_HISTORY, range: 'all' });
    expect(m.xs).toEqual([
      s('2025-09-20T12:00:00+08:00'),
      s('2025-10-05T12:00:00+08:00'),
      s('2025-10-10T09:00:00+08:00'),
      s('2025-11-11T22:00:00+08:00'),
      s('2025-11-15T10:00:00+08:00'),
    ]);
    expect(m.price).toEqual([399, 399, 299, 299, 299]);
    expect(m.listPrice).toEqual([499, 499, 499, 499, 499]);
    expect(m.xMin).toBe(m.xs[0]);
    expect(m.xMax).toBe(s(NOW.toISOString()));
  });

  it('starts a short range at its left edge with the price that held then', () => {
    const m = buildChartModel({ ...base, history: HOODIE_HISTORY, range: '30d' });
    const edge = s(NOW.toISOString()) - 30 * 86400;
    expect(m.xMin).toBe(edge);
    expect(m.xs[0]).toBe(edge);
    expect(m.price[0]).toBe(299);
    expect(m.xs).not.toContain(s('2025-09-20T12:00:00+08:00'));
  });

  it('shades the promo and its 返场 windows that fall in range, and only those', () => {
    const m = buildChartModel({ ...base, history: HOODIE_HISTORY, range: '90d' });
    const jd = m.windows.filter((w) => w.name === '双11');
    expect(jd.some((w) => w.kind === 'promo' && w.start === s('2025-10-09T20:00:00+08:00'))).toBe(true);
    // Tmall's 双11 shades its pre-sale apart from the main sale.
    const tmall = buildChartModel({
      ...base,
      history: HOODIE_HISTORY,
      range: '90d',
      events: DEFAULT_PROMO_EVENTS.filter((e) => e.id === '2025-double11-tmall'),
    });
    expect(tmall.windows.find((w) => w.kind === 'presale')).toMatchObject({
      start: s('2025-10-15T20:00:00+08:00'),
      end: s('2025-10-20T20:00:00+08:00'),
    });
    expect(tmall.windows.find((w) => w.kind === 'promo')).toMatchObject({ start: s('2025-10-20T20:00:00+08:00') });
    expect(jd.some((w) => w.kind === 'fanchang' && w.start === s('2025-11-14T23:59:59+08:00'))).toBe(true);
    for (const w of m.windows) expect(w.end > m.xMin && w.start < m.xMax).toBe(true);
    expect(m.windows.some((w) => w.name === '618')).toBe(false);
  });

  it('is empty, not broken, without history', () => {
    const m = buildChartModel({ ...base, history: [], range: '30d' });
    expect(m.xs).toEqual([]);
    expect(m.xMax).toBeGreaterThan(m.xMin);
  });

  it('keeps unknown prices as gaps and skips unreadable times', () => {
    const history: PricePoint[] = [
      { at: '2025-11-01T10:00:00+08:00', lastSeenAt: '2025-11-01T10:00:00+08:00', price: null, listPrice: null },
      { at: 'garbage', lastSeenAt: 'garbage', price: 1, listPrice: null },
    ];
    const m = buildChartModel({ ...base, history, range: '30d' });
    expect(m.price).toEqual([null]);
  });
});

describe('two readings within one second', () => {
  // A mobile page that shows its live price a moment after load is read twice, 0.7 s apart here,
  // inside one wall-clock second (Firefox at phone width showed the note and no chart).
  const history: PricePoint[] = [
    { at: '2025-11-15T10:00:00.200+08:00', lastSeenAt: '2025-11-15T10:00:00.200+08:00', price: 309, listPrice: 499 },
    { at: '2025-11-15T10:00:00.900+08:00', lastSeenAt: '2025-11-15T10:00:00.900+08:00', price: 299, listPrice: 499 },
  ];

  it('are two sightings with a line to draw, never one sighting at the first price', () => {
    expect(isSinglePrice(history)).toBe(false);
    const m = buildChartModel({ events: DEFAULT_PROMO_EVENTS, now: NOW, promoPrice: null, prepromoLow: null, history, range: '30d' });
    expect(m.price).toEqual([309, 299]);
    expect(m.xs[1]! - m.xs[0]!).toBeCloseTo(0.7, 3);
  });

  it('still leaves a single reading to the note', () => {
    expect(isSinglePrice(history.slice(0, 1))).toBe(true);
    expect(isSinglePrice([{ ...history[0]!, lastSeenAt: '2025-11-15T10:00:00.200+08:00' }])).toBe(true);
  });
});

describe('referencePrices', () => {
  it('finds the promo price and the 7-day pre-promo low of the latest event with data', () => {
    const r = referencePrices(HOODIE_HISTORY, 'jd', DEFAULT_PROMO_EVENTS, NOW);
    expect(r.event?.id).toBe('2025-double11-jd');
    expect(r.promoPrice).toBe(299);
    // 399 held from 20 Sep to 5 Oct, inside the 7 days before the 9 Oct start only on 2-5 Oct.
    expect(r.prepromoLow).toBe(399);
  });

  it('answers nothing rather than a guess without a promo-time visit', () => {
    const r = referencePrices(
      [{ at: '2025-11-15T10:00:00+08:00', lastSeenAt: '2025-11-15T10:00:00+08:00', price: 299, listPrice: 499 }],
      'jd',
      DEFAULT_PROMO_EVENTS,
      NOW,
    );
    expect(r).toEqual({ event: null, promoPrice: null, prepromoLow: null });
  });
});

describe('defaultRange', () => {
  it.each([
    ['2025-11-10T00:00:00+08:00', '30d'],
    ['2025-09-01T00:00:00+08:00', '90d'],
    ['2025-03-01T00:00:00+08:00', '1y'],
    ['2023-01-01T00:00:00+08:00', 'all'],
    ['not a date', '30d'],
  ] as const)('first seen %s opens on %s', (first, range) => {
    expect(defaultRange(first, NOW)).toBe(range);
  });
});
