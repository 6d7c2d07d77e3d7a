/**
 * Small readers shared by the order-page adapters. Order pages print times in China time without
 * a zone ("2026-11-11 00:05:12"); a time that is not a full date is no time at all.
 */

const CHINA_TIME = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** An order time as an ISO instant, read as Asia/Shanghai (UTC+8, no daylight saving). */
export function chinaTimeToIso(text: string | null | undefined): string | null {
  const m = text ? CHINA_TIME.exec(text) : null;
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const pad = (v: string | undefined) => (v ?? '0').padStart(2, '0');
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return null;
  const back = new Date(t + 8 * 3_600_000);
  // Date.parse rolls 2026-02-30 over to March: a date that does not exist is not read.
  if (back.getUTCDate() !== Number(d) || back.getUTCMonth() + 1 !== Number(mo)) return null;
  return new Date(t).toISOString();
}

/** An order time in epoch seconds or milliseconds (Pinduoduo's state) as an ISO instant. */
export function epochToIso(n: number | null): string | null {
  if (n === null || !Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  return new Date(ms).toISOString();
}

/** "x2", "×2", "2" → 2; anything else (0, fractions, words) → null. */
export function quantityOf(text: string | null | undefined): number | null {
  const m = text ? /^\s*[x×X*]?\s*(\d{1,4})\s*(?:件)?\s*$/.exec(text) : null;
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Digits only: item, SKU and order ids are numbers on every supported site. */
export function digitsOrNull(v: string | null | undefined): string | null {
  const t = v?.trim();
  return t && /^\d{1,30}$/.test(t) ? t : null;
}
