import { describe, expect, it } from 'vitest';
import { fanchangDue, nextFanchangStart } from '../../../src/background/watch/fanchang';
import type { PromoEvent } from '../../../src/promo';
import type { CartItemRow } from '../../../src/store';

const double11: PromoEvent = {
  id: 'test-double11',
  name: '双11',
  nameEn: 'Double 11',
  platforms: ['jd'],
  preSaleAt: '2026-10-20T20:00:00+08:00',
  mainAt: '2026-10-31T20:00:00+08:00',
  endAt: '2026-11-11T23:59:59+08:00',
  estimated: false,
  source: 'test',
};

function item(
  addedAt: string,
  price: number | null,
  skuId: string | null = 'M',
  promoEventId: string | null = 'test-double11',
): CartItemRow {
  return { site: 'jd', itemId: '1', productKey: 'jd:1', skuId, quantity: 1, price, addedAt, promoEventId, source: 'product-page' };
}

describe('fanchangDue', () => {
  const inSale = item('2026-11-11T20:00:00+08:00', 279);
  it.each([
    ['during the sale', '2026-11-11T22:00:00+08:00', []],
    ['platform 返场 day 1', '2026-11-12T09:00:00+08:00', ['fanchang:test-double11:platform-fanchang:jd:1:M']],
    ['platform 返场 day 3', '2026-11-14T23:00:00+08:00', ['fanchang:test-double11:platform-fanchang:jd:1:M']],
    ['between the windows', '2026-11-16T12:00:00+08:00', []],
    ['store 返场', '2026-11-20T12:00:00+08:00', ['fanchang:test-double11:store-fanchang:jd:1:M']],
    ['after it all', '2026-12-01T12:00:00+08:00', []],
  ])('%s', (_label, now, keys) => {
    expect(fanchangDue([inSale], [double11], new Date(now)).map((d) => d.eventKey)).toEqual(keys);
  });

  it('gives one alert per product and SKU, with the lowest cart price', () => {
    const due = fanchangDue(
      [item('2026-11-01T10:00:00+08:00', 299), inSale, item('2026-11-05T10:00:00+08:00', 289)],
      [double11],
      new Date('2026-11-12T09:00:00+08:00'),
    );
    expect(due.map((d) => [d.item.price, d.day])).toEqual([[279, 1]]);
  });

  it.each([
    ['an add outside any event', item('2026-11-11T20:00:00+08:00', 279, 'M', null)],
    ['an add during the 返场 itself', item('2026-11-12T08:00:00+08:00', 279)],
    ['an add for an event the calendar no longer has', item('2026-11-11T20:00:00+08:00', 279, 'M', 'deleted-event')],
  ])('skips %s', (_label, it_) => {
    expect(fanchangDue([it_], [double11], new Date('2026-11-12T09:00:00+08:00'))).toEqual([]);
  });
});

describe('nextFanchangStart', () => {
  it.each([
    ['before the sale ends: platform 返场', '2026-11-05T00:00:00+08:00', '2026-11-12T00:00:00+08:00'],
    ['during platform 返场: store 返场', '2026-11-13T00:00:00+08:00', '2026-11-18T00:00:00+08:00'],
    ['after store 返场 began: none', '2026-11-19T00:00:00+08:00', null],
  ])('%s', (_label, now, expected) => {
    const next = nextFanchangStart([item('2026-11-11T20:00:00+08:00', 279)], [double11], new Date(now));
    expect(next === null ? null : new Date(next).toISOString()).toBe(expected === null ? null : new Date(expected).toISOString());
  });
});
