import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMO_EVENTS, eventsForSite, phaseAt, type PromoEvent } from '../../src/promo';

const double11: PromoEvent = {
  id: 'test-double11',
  name: '双11',
  nameEn: 'Double 11',
  platforms: ['tmall'],
  preSaleAt: '2025-10-15T20:00:00+08:00',
  mainAt: '2025-10-20T20:00:00+08:00',
  endAt: '2025-11-11T23:59:59+08:00',
  estimated: false,
  source: 'test',
};

describe('phaseAt', () => {
  it.each([
    ['2025-10-15T19:59:59+08:00', 'none', undefined],
    ['2025-10-15T20:00:00+08:00', 'pre-sale', undefined],
    ['2025-10-20T19:59:59+08:00', 'pre-sale', undefined],
    ['2025-10-20T20:00:00+08:00', 'main', undefined],
    ['2025-11-11T23:59:59+08:00', 'main', undefined],
    ['2025-11-12T00:00:00+08:00', 'platform-fanchang', 1],
    ['2025-11-12T23:59:00+08:00', 'platform-fanchang', 1],
    ['2025-11-13T10:00:00+08:00', 'platform-fanchang', 2],
    ['2025-11-14T23:59:59+08:00', 'platform-fanchang', 3],
    ['2025-11-15T00:00:00+08:00', 'none', undefined],
    ['2025-11-17T12:00:00+08:00', 'none', undefined],
    ['2025-11-18T00:00:00+08:00', 'store-fanchang', undefined],
    ['2025-11-26T23:59:59+08:00', 'store-fanchang', undefined],
    ['2025-11-27T00:00:00+08:00', 'none', undefined],
  ])('%s is %s (day %s)', (time, phase, day) => {
    const result = phaseAt(time, [double11]);
    expect(result.phase).toBe(phase);
    expect(result.day).toBe(day);
    expect(result.event?.id).toBe(phase === 'none' ? undefined : 'test-double11');
  });

  it('reads the same instant written in UTC', () => {
    expect(phaseAt('2025-11-11T16:30:00Z', [double11])).toMatchObject({ phase: 'platform-fanchang', day: 1 });
  });

  it('counts the hours after an evening close as 返场 day 1', () => {
    const evening = { ...double11, endAt: '2025-11-11T20:00:00+08:00' };
    expect(phaseAt('2025-11-11T21:00:00+08:00', [evening])).toMatchObject({ phase: 'platform-fanchang', day: 1 });
    expect(phaseAt('2025-11-12T09:00:00+08:00', [evening])).toMatchObject({ phase: 'platform-fanchang', day: 1 });
    expect(phaseAt('2025-11-13T09:00:00+08:00', [evening])).toMatchObject({ phase: 'platform-fanchang', day: 2 });
  });

  it('prefers a running sale over another event’s 返场 when events overlap', () => {
    const double12: PromoEvent = {
      ...double11,
      id: 'test-double12',
      preSaleAt: null,
      mainAt: '2025-11-20T00:00:00+08:00',
      endAt: '2025-11-22T23:59:59+08:00',
    };
    expect(phaseAt('2025-11-21T12:00:00+08:00', [double11, double12])).toMatchObject({ phase: 'main', event: { id: 'test-double12' } });
    expect(phaseAt('2025-11-21T12:00:00+08:00', [double12, double11])).toMatchObject({ phase: 'main', event: { id: 'test-double12' } });
  });

  it('finds JD 双11 2025 in the default calendar, and its platform 返场 after 14 Nov', () => {
    const jd = eventsForSite(DEFAULT_PROMO_EVENTS, 'jd');
    expect(phaseAt('2025-10-10T10:00:00+08:00', jd)).toMatchObject({ phase: 'main', event: { id: '2025-double11-jd' } });
    expect(phaseAt('2025-11-15T10:00:00+08:00', jd)).toMatchObject({ phase: 'platform-fanchang', day: 1 });
  });

  it('is none with no events', () => {
    expect(phaseAt('2025-11-11T10:00:00+08:00', [])).toEqual({ event: null, phase: 'none' });
  });
});

describe('eventsForSite', () => {
  it('keeps a site’s own events', () => {
    expect(eventsForSite(DEFAULT_PROMO_EVENTS, 'jd').every((e) => e.platforms.includes('jd'))).toBe(true);
  });
  it('gives Pinduoduo the industry-wide events when none are its own', () => {
    const events = eventsForSite([double11], 'pinduoduo');
    expect(events.map((e) => e.id)).toEqual(['test-double11']);
  });
  it('gives shops outside China no Chinese promotions', () => {
    expect(eventsForSite(DEFAULT_PROMO_EVENTS, 'schema-org')).toEqual([]);
  });
});
