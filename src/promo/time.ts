import * as v from 'valibot';

/**
 * Time arithmetic in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a
 * calendar day there is a fixed 24-hour slice and needs no time-zone database.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Days since 1970-01-01 on the Shanghai calendar: equal numbers mean the same local date. */
export function shanghaiDayNumber(time: Date): number {
  return Math.floor((time.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(time: Date): string {
  return new Date(time.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai calendar day (by day number) begins. */
export function startOfShanghaiDay(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** An ISO date-time with an explicit offset or Z (seconds optional): ambiguous local times are refused. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export function isIsoInstant(text: string): boolean {
  return ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text));
}

export const IsoInstantSchema = v.pipe(
  v.string(),
  v.check(isIsoInstant, 'expected an ISO time with an offset, e.g. 2025-11-11T20:00:00+08:00'),
);

export function toDate(time: Date | string): Date {
  return time instanceof Date ? time : new Date(time);
}
