/**
 * Calendar dates as written on shop pages, kept at the precision written: a full date becomes
 * `YYYY-MM-DD`, a month `YYYY-MM`. Day-first forms (01/03/2027) are not read: they are ambiguous
 * between European and US order, and no guess is better than a wrong one.
 */
import { normalizeWidth } from './digits';

export interface FoundDate {
  /** YYYY-MM-DD or YYYY-MM */
  date: string;
  /** Index of the first character of the match in the searched text. */
  start: number;
  /** Index just past the match. */
  end: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Year-first forms: 2025年3月1日 / 2025年3月, 2025-03-01 / 2025/3/1 / 2025.03.01 / 2025.03, 20250301, and MM/YYYY. */
const DATE_PATTERN = new RegExp(
  [
    String.raw`(?<![\d.])(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]?(?!\d))?`,
    String.raw`(?<![\d.])(\d{4})([-/.])(\d{1,2})(?:\5(\d{1,2}))?(?![\d])`,
    String.raw`(?<![\dA-Za-z])(\d{4})(\d{2})(\d{2})(?!\d)`,
    String.raw`(?<![\d/.])(\d{1,2})/(\d{4})(?![\d/])`,
  ].join('|'),
  'g',
);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A validated `YYYY-MM[-DD]` string, or null when the parts are not a real date. */
export function formatDate(year: number, month: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const ym = `${year}-${pad2(month)}`;
  if (day === undefined) return ym;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${ym}-${pad2(day)}`;
}

function matchToDate(m: RegExpExecArray): string | null {
  const n = (i: number): number | undefined => (m[i] === undefined ? undefined : Number(m[i]));
  if (m[1] !== undefined) return formatDate(n(1)!, n(2)!, n(3));
  if (m[4] !== undefined) return formatDate(n(4)!, n(6)!, n(7));
  if (m[8] !== undefined) return formatDate(n(8)!, n(9)!, n(10));
  return formatDate(n(12)!, n(11)!);
}

/**
 * Every valid date in already-normalised text, in order. Matches that look like dates but are
 * not (2025-13-01, 20251340) are skipped.
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const date = matchToDate(m);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The first date in the text as `YYYY-MM-DD` or `YYYY-MM`, or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  return findDates(normalizeWidth(text))[0]?.date ?? null;
}

/** Compares two dates of possibly different precision by their first day ('2027-01' < '2027-01-02'). */
export function compareDates(a: string, b: string): number {
  const firstDay = (d: string): string => (d.length === 7 ? `${d}-01` : d);
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : a.length - b.length;
}
