import type { Lang } from '../core/lang';

export { formatMoney } from '../core/money';

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

// Shop times are Shanghai times whatever the shopper's own zone: promo windows are announced in it.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], { timeZone: 'Asia/Shanghai', ...options });
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function formatDateTime(iso: string | number, lang: Lang): string {
  return dateFormat(lang, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A day with its year: 2025-11-11 style in Chinese, 11 Nov 2025 in English. */
export function formatDate(iso: string | number, lang: Lang): string {
  return dateFormat(lang, { year: 'numeric', month: lang === 'zh' ? '2-digit' : 'short', day: '2-digit' }).format(new Date(iso));
}

/** A calendar day or month as the page wrote it (2026-01-10, 2027-08), in the UI language. */
export function formatCalendarDate(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  // Noon in Shanghai: the same calendar day in every zone the formatter might meet.
  const noon = `${m[1]}-${m[2]}-${m[3] ?? '01'}T12:00:00+08:00`;
  if (m[3]) return formatDate(noon, lang);
  return dateFormat(lang, { year: 'numeric', month: lang === 'zh' ? 'long' : 'short' }).format(new Date(noon));
}

/** A short day for chart axes and tables. */
export function formatDay(iso: string | number, lang: Lang): string {
  return dateFormat(lang, { month: lang === 'zh' ? '2-digit' : 'short', day: '2-digit' }).format(new Date(iso));
}

export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(value);
}
