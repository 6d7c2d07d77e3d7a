import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMO_EVENTS, promoCalendar, PromoEventSchema, shanghaiDate, storeFanchangWindow } from '../../src/promo';

describe('default promo calendar', () => {
  it.each(DEFAULT_PROMO_EVENTS.map((e) => [e.id, e] as const))('%s passes the event schema (times ordered)', (_id, event) => {
    expect(v.safeParse(PromoEventSchema, event).success).toBe(true);
  });

  it('has unique ids', () => {
    const ids = DEFAULT_PROMO_EVENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(DEFAULT_PROMO_EVENTS.map((e) => [e.id, e] as const))(
    '%s lies, with its 返场 windows, inside the year its id names',
    (id, event) => {
      const year = id.slice(0, 4);
      const first = shanghaiDate(new Date(event.preSaleAt ?? event.mainAt));
      const lastStoreDay = shanghaiDate(new Date(storeFanchangWindow(event).end.getTime() - 1));
      expect(first.slice(0, 4)).toBe(year);
      expect(lastStoreDay.slice(0, 4)).toBe(year);
    },
  );

  it('stores every time in Asia/Shanghai (+08:00)', () => {
    for (const e of DEFAULT_PROMO_EVENTS) {
      for (const t of [e.preSaleAt, e.mainAt, e.endAt]) if (t !== null) expect(t).toMatch(/\+08:00$/);
    }
  });

  it('covers 双11, 618, 双12, 年货节 and 38节 in 2025, 2026 and every later year', () => {
    for (const year of ['2025', '2026', '2027', '2031']) {
      const calendar = promoCalendar(new Date(`${year}-07-01T00:00:00+08:00`));
      const names = new Set(calendar.filter((e) => e.id.startsWith(year)).map((e) => e.name));
      for (const name of ['双11', '618', '双12', '年货节', '38节']) expect(names, `${year} ${name}`).toContain(name);
    }
  });

  it('says where every date comes from, and marks projected dates as estimated', () => {
    const calendar = promoCalendar(new Date('2028-07-01T00:00:00+08:00'));
    for (const e of calendar) expect(e.source.length).toBeGreaterThan(10);
    expect(calendar.filter((e) => e.id.startsWith('2028')).every((e) => e.estimated)).toBe(true);
  });

  it('holds the announced 2025 双11 dates', () => {
    const tmall = DEFAULT_PROMO_EVENTS.find((e) => e.id === '2025-double11-tmall');
    const jd = DEFAULT_PROMO_EVENTS.find((e) => e.id === '2025-double11-jd');
    expect(tmall?.preSaleAt).toBe('2025-10-15T20:00:00+08:00');
    expect(jd?.mainAt).toBe('2025-10-09T20:00:00+08:00');
    expect(tmall?.estimated).toBe(false);
  });
});
