import { DEFAULT_PROMO_EVENTS } from './calendar-data';
import { EVENT_PATTERNS, type EventPattern, type PatternDate } from './patterns';
import { DAY_MS, shanghaiDate } from './time';
import type { PromoEvent } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

const lunarMonthDay = (() => {
  let format: Intl.DateTimeFormat | null | undefined;
  return (date: Date): { month: string; day: string } | null => {
    if (format === undefined) {
      try {
        format = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });
        if (format.resolvedOptions().calendar !== 'chinese') format = null;
      } catch {
        format = null;
      }
    }
    if (!format) return null;
    const parts = format.formatToParts(date);
    return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: parts.find((p) => p.type === 'day')?.value ?? '' };
  };
})();

/**
 * Spring Festival dates as the Hong Kong Observatory's Gregorian-lunar tables give them. ICU's
 * Chinese calendar puts a new moon that falls just before midnight in Beijing on the wrong day
 * (2027 and 2030 come out a day late), so the table wins where it reaches.
 */
const KNOWN_SPRING_FESTIVALS: Readonly<Record<number, string>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
  2036: '2036-01-28',
  2037: '2037-02-15',
  2038: '2038-02-04',
  2039: '2039-01-24',
  2040: '2040-02-12',
};

const springFestivals = new Map<number, string | null>();

/**
 * The Spring Festival (first day of the first lunar month) of a Gregorian year, as YYYY-MM-DD:
 * from the table above, else from the runtime's Chinese calendar (at worst a day off, and only
 * estimated events hang on it); null where the runtime has none (those events are then left out
 * rather than guessed). It always falls between 21 Jan and 20 Feb.
 */
export function springFestival(year: number): string | null {
  const known = KNOWN_SPRING_FESTIVALS[year];
  if (known) return known;
  if (springFestivals.has(year)) return springFestivals.get(year)!;
  let found: string | null = null;
  for (let t = Date.UTC(year, 0, 21, 4); t <= Date.UTC(year, 1, 20, 4); t += DAY_MS) {
    const md = lunarMonthDay(new Date(t));
    if (!md) break;
    if (md.month === '1' && md.day === '1') {
      found = shanghaiDate(new Date(t));
      break;
    }
  }
  springFestivals.set(year, found);
  return found;
}

function dateOf(year: number, at: PatternDate): string | null {
  if ('month' in at) return `${year}-${pad(at.month)}-${pad(at.day)}T${at.time}+08:00`;
  const festival = springFestival(year);
  if (!festival) return null;
  const day = new Date(Date.parse(`${festival}T00:00:00Z`) + at.daysFromSpringFestival * DAY_MS).toISOString().slice(0, 10);
  return `${day}T${at.time}+08:00`;
}

/** The event a pattern gives for one year, marked estimated; null when its anchor is unknown. */
export function projectEvent(pattern: EventPattern, year: number): PromoEvent | null {
  const mainAt = dateOf(year, pattern.main);
  const endAt = dateOf(year, pattern.end);
  const preSaleAt = pattern.preSale ? dateOf(year, pattern.preSale) : null;
  if (!mainAt || !endAt || (pattern.preSale && !preSaleAt)) return null;
  return {
    id: `${year}-${pattern.family}`,
    name: pattern.name,
    nameEn: pattern.nameEn,
    platforms: [...pattern.platforms],
    preSaleAt,
    mainAt,
    endAt,
    estimated: true,
    source: `projected from the usual pattern: ${pattern.source}`,
  };
}

/** Calendar years before and after `now` that the calendar covers: history reaches three years back. */
export const CALENDAR_YEARS_BACK = 3;
export const CALENDAR_YEARS_AHEAD = 1;

/**
 * The default promo calendar around `now`: announced events, and for every year without them the
 * platforms' usual pattern (estimated). It never runs out: any year gets its events.
 */
export function promoCalendar(now: Date, announced: readonly PromoEvent[] = DEFAULT_PROMO_EVENTS): PromoEvent[] {
  const year = Number(shanghaiDate(now).slice(0, 4));
  const first = year - CALENDAR_YEARS_BACK;
  const last = year + CALENDAR_YEARS_AHEAD;
  const byId = new Map<string, PromoEvent>();
  for (let y = first; y <= last; y++) {
    for (const pattern of EVENT_PATTERNS) {
      const event = projectEvent(pattern, y);
      if (event) byId.set(event.id, event);
    }
  }
  for (const event of announced) {
    const y = Number(shanghaiDate(new Date(event.mainAt)).slice(0, 4));
    if (y >= first && y <= last) byId.set(event.id, event);
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.mainAt) - Date.parse(b.mainAt));
}
