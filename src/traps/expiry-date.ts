import type { Expiry, ShelfLife } from '../core/types';

/**
 * When a product expires, from what its page states: an explicit date, or a production date plus
 * the shelf life. Dates the page gives to the month are taken at the end of that month (the
 * shopper is not warned on a guess); a range of production dates uses the earliest batch.
 */
export interface ExpiryEstimate {
  /** YYYY-MM-DD */
  expiresOn: string;
  basis: 'explicit-date' | 'production-date-plus-shelf-life';
  monthPrecision: boolean;
  productionRange: boolean;
  /** The shelf life in days, when the page states one. */
  shelfLifeDays: number | null;
}

/** Average lengths, so that 12 months and 1 year land in the same 临期 band. */
const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export function shelfLifeInDays(life: ShelfLife): number {
  const factor = life.unit === 'year' ? DAYS_PER_YEAR : life.unit === 'month' ? DAYS_PER_MONTH : 1;
  return Math.round(life.value * factor);
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD as is; YYYY-MM at its last day. Null for anything else. */
function readDate(text: string): { date: CalendarDate; monthPrecision: boolean } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { date: { year, month, day: daysInMonth(year, month) }, monthPrecision: true };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { date: { year, month, day }, monthPrecision: false };
}

function addShelfLife(date: CalendarDate, life: ShelfLife): CalendarDate {
  if (life.unit === 'day') {
    const t = new Date(Date.UTC(date.year, date.month - 1, date.day + Math.round(life.value)));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
  // Fractional months and years (1.5年) are rare; they are counted in whole days instead.
  const months = life.unit === 'year' ? life.value * 12 : life.value;
  if (!Number.isInteger(months)) return addShelfLife(date, { value: shelfLifeInDays(life), unit: 'day' });
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const formatDate = (d: CalendarDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date, comparable with shanghaiDayNumber(). */
export function calendarDayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function estimateExpiry(expiry: Expiry | null): ExpiryEstimate | null {
  if (!expiry) return null;
  const shelfLifeDays = expiry.shelfLife && expiry.shelfLife.value > 0 ? shelfLifeInDays(expiry.shelfLife) : null;
  const explicit = expiry.expiresOn ? readDate(expiry.expiresOn) : null;
  if (explicit) {
    return {
      expiresOn: formatDate(explicit.date),
      basis: 'explicit-date',
      monthPrecision: explicit.monthPrecision,
      productionRange: false,
      shelfLifeDays,
    };
  }
  const produced = expiry.producedFrom ? readDate(expiry.producedFrom) : null;
  if (!produced || !expiry.shelfLife || shelfLifeDays === null) return null;
  return {
    expiresOn: formatDate(addShelfLife(produced.date, expiry.shelfLife)),
    basis: 'production-date-plus-shelf-life',
    monthPrecision: produced.monthPrecision,
    productionRange: expiry.producedTo !== undefined && expiry.producedTo !== expiry.producedFrom,
    shelfLifeDays,
  };
}
