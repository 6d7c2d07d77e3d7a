import { shanghaiDate } from '../promo';
import type { Lang } from './types';

/** Picks the shopper's language: Chinese first, English second. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

// The rules write money exactly as every other face does (issue 10: one formatter).
export { formatMoney as money, roundMoney } from '../core/money';

export function percent(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

/** A list of labels joined the way each language joins them. */
export function list(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** A shelf life as the page wrote it: 18个月 / 18 months. */
export function shelfLifeLabel(lang: Lang, life: { value: number; unit: 'day' | 'month' | 'year' }): string {
  if (lang !== 'en') return `${life.value}${{ day: '天', month: '个月', year: '年' }[life.unit]}`;
  return `${life.value} ${life.unit}${life.value === 1 ? '' : 's'}`;
}

/** An instant as its Shanghai calendar date, YYYY-MM-DD. */
export function shanghaiDay(iso: string): string {
  return shanghaiDate(new Date(iso));
}
