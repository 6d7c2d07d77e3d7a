import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMO_EVENTS, EVENT_PATTERNS, eventsForSite, phaseAt, promoCalendar, projectEvent, springFestival } from '../../src/promo';

const at = (iso: string) => new Date(iso);

describe('promoCalendar', () => {
  it('shows 双11 and its 返场 windows in 2030, years after the last announced dates', () => {
    const events = promoCalendar(at('2030-11-10T12:00:00+08:00'));
    const jd = events.find((e) => e.id === '2030-double11-jd');
    expect(jd).toMatchObject({ name: '双11', estimated: true, mainAt: '2030-10-09T20:00:00+08:00', endAt: '2030-11-14T23:59:59+08:00' });
    expect(jd?.source).toMatch(/^projected from the usual pattern/);
    expect(phaseAt(at('2030-11-10T12:00:00+08:00'), eventsForSite(events, 'jd'))).toMatchObject({
      phase: 'main',
      event: { id: '2030-double11-jd' },
    });
    expect(phaseAt(at('2030-11-16T12:00:00+08:00'), eventsForSite(events, 'jd'))).toMatchObject({
      phase: 'platform-fanchang',
      event: { id: '2030-double11-jd' },
    });
    expect(phaseAt(at('2030-11-25T12:00:00+08:00'), eventsForSite(events, 'tmall'))).toMatchObject({
      phase: 'store-fanchang',
      event: { id: '2030-double11-tmall' },
    });
  });

  it('lets announced dates override the projection of the same event', () => {
    const events = promoCalendar(at('2025-11-01T00:00:00+08:00'));
    const announced = DEFAULT_PROMO_EVENTS.find((e) => e.id === '2025-double11-jd')!;
    expect(events.filter((e) => e.id === '2025-double11-jd')).toEqual([announced]);
    expect(events.find((e) => e.id === '2025-618-pinduoduo')?.estimated).toBe(false);
  });

  it('covers three years back and one ahead, each event once, in order', () => {
    const events = promoCalendar(at('2029-03-01T00:00:00+08:00'));
    const years = new Set(events.map((e) => Number(e.id.slice(0, 4))));
    expect([...years].sort()).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const starts = events.map((e) => Date.parse(e.mainAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives Pinduoduo its own 双11 and 618', () => {
    const ids = promoCalendar(at('2028-07-01T00:00:00+08:00'))
      .filter((e) => e.platforms.includes('pinduoduo'))
      .map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['2028-618-pinduoduo', '2028-double11-pinduoduo', '2028-nianhuo-national']));
  });

  it('projects every pattern into a well-formed window for decades ahead', () => {
    for (let year = 2027; year <= 2060; year++) {
      for (const pattern of EVENT_PATTERNS) {
        const e = projectEvent(pattern, year);
        expect(e, `${pattern.family} ${year}`).not.toBeNull();
        const [pre, main, end] = [e!.preSaleAt, e!.mainAt, e!.endAt].map((d) => (d ? Date.parse(d) : null));
        expect(Number.isFinite(main) && Number.isFinite(end), `${e!.id} parses`).toBe(true);
        expect(main!, `${e!.id} opens before it closes`).toBeLessThan(end!);
        if (pre !== null) expect(pre, `${e!.id} pre-sale first`).toBeLessThan(main!);
      }
    }
  });
});

describe('springFestival', () => {
  it.each([
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2030, '2030-02-03'],
  ])('%i: %s', (year, date) => expect(springFestival(year)).toBe(date));

  it('finds it beyond the table, always between 21 Jan and 20 Feb', () => {
    for (let year = 2041; year <= 2060; year++) {
      const d = springFestival(year);
      expect(d, String(year)).toMatch(new RegExp(`^${year}-(01-(2[1-9]|3[01])|02-([01]\\d|20))$`));
    }
  });
});
