import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMO_EVENTS, mergeUserEvents } from '../../src/promo';

describe('mergeUserEvents', () => {
  it('adds a complete shopper event, not marked estimated', () => {
    const { events, warnings } = mergeUserEvents(DEFAULT_PROMO_EVENTS, [
      {
        id: 'my-store-anniversary',
        name: '店庆',
        nameEn: 'Store anniversary',
        platforms: ['taobao'],
        preSaleAt: null,
        mainAt: '2026-08-01T00:00:00+08:00',
        endAt: '2026-08-03T23:59:59+08:00',
      },
    ]);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(DEFAULT_PROMO_EVENTS.length + 1);
    expect(events.find((e) => e.id === 'my-store-anniversary')).toMatchObject({ estimated: false, source: 'added by the shopper' });
  });

  it('edits a default event by id, changing only the fields given', () => {
    const { events, warnings } = mergeUserEvents(DEFAULT_PROMO_EVENTS, [
      { id: '2026-double11-jd', mainAt: '2026-10-10T20:00:00+08:00', estimated: false },
    ]);
    expect(warnings).toEqual([]);
    const edited = events.find((e) => e.id === '2026-double11-jd');
    expect(edited).toMatchObject({
      mainAt: '2026-10-10T20:00:00+08:00',
      endAt: '2026-11-14T23:59:59+08:00',
      estimated: false,
      name: '双11',
    });
    expect(events).toHaveLength(DEFAULT_PROMO_EVENTS.length);
  });

  it.each([
    ['times out of order', { id: '2026-double11-jd', endAt: '2026-10-01T00:00:00+08:00' }, /pre-sale < main < end/],
    [
      'a time without offset',
      {
        id: 'x',
        name: 'x',
        nameEn: 'x',
        platforms: ['jd'],
        preSaleAt: null,
        mainAt: '2027-01-01T00:00',
        endAt: '2027-01-02T00:00:00+08:00',
      },
      /mainAt/,
    ],
    ['a new event missing fields', { id: 'half', name: '半个' }, /half skipped/],
    [
      'an unknown site',
      {
        id: 'y',
        name: 'y',
        nameEn: 'y',
        platforms: ['amazon'],
        preSaleAt: null,
        mainAt: '2027-01-01T00:00:00+08:00',
        endAt: '2027-01-02T00:00:00+08:00',
      },
      /platforms/,
    ],
    ['not an object', 'hello', /#1 skipped/],
  ])('skips %s with a warning and keeps the defaults', (_what, entry, message) => {
    const { events, warnings } = mergeUserEvents(DEFAULT_PROMO_EVENTS, [entry]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
    expect(events.find((e) => e.id === '2026-double11-jd')).toEqual(DEFAULT_PROMO_EVENTS.find((e) => e.id === '2026-double11-jd'));
    expect(events).toHaveLength(DEFAULT_PROMO_EVENTS.length);
  });

  it('returns the events in date order', () => {
    const { events } = mergeUserEvents(DEFAULT_PROMO_EVENTS, []);
    const starts = events.map((e) => Date.parse(e.mainAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
