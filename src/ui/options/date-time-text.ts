import type { Lang } from '../../core/lang';

/**
 * Dates and times typed in the UI language, not the browser's: a `datetime-local` input shows
 * mm/dd/yyyy in an American-English browser even when the shopper chose Chinese. Values are
 * `YYYY-MM-DDTHH:mm` (Shanghai wall time), as the add-event form keeps them.
 */
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})[T\s]+(\d{1,2}):(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The example shown in an empty field. */
export function dateTimePlaceholder(lang: Lang): string {
  return lang === 'zh' ? '2026-11-11 20:00' : '11/11/2026 20:00';
}

/** A stored value as the shopper reads it: 2026-11-11 20:00 in Chinese, 11/11/2026 20:00 in English. */
export function localToText(local: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return local;
  const [, y, mo, d, h, mi] = m;
  return lang === 'zh' ? `${y}-${mo}-${d} ${h}:${mi}` : `${d}/${mo}/${y} ${h}:${mi}`;
}

/** What the shopper typed as a value, or null when it is not a real day and time. Both languages accept 2026-11-11 20:00. */
export function textToLocal(text: string, lang: Lang): string | null {
  const t = text.trim();
  let parts: [number, number, number, number, number] | null = null;
  const iso = ISO_LIKE.exec(t);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5])];
  const dayFirst = lang === 'en' ? DAY_FIRST.exec(t) : null;
  if (dayFirst) parts = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]), Number(dayFirst[4]), Number(dayFirst[5])];
  if (!parts) return null;
  const [y, mo, d, h, mi] = parts;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/** A time of day typed as HH:mm (24-hour in both languages), or null. */
export function textToTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${pad(Number(m[1]))}:${m[2]}`;
}
