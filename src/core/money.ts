/**
 * The one way an amount of money is written, in every face (traps, evidence, alerts, UI): the
 * symbol shoppers know for the currency, then the amount to the cent without a trailing ".00".
 * The same in both languages, so a price reads the same in a trap, its evidence and an alert.
 */

/** Symbols that need no country: ¥ is the yuan on every site this extension reads. */
const SYMBOLS: Readonly<Record<string, string>> = {
  CNY: '¥',
  EUR: '€',
  GBP: '£',
  USD: 'US$',
  HKD: 'HK$',
  TWD: 'NT$',
  JPY: 'JP¥',
  KRW: '₩',
  AUD: 'A$',
  CAD: 'CA$',
  SGD: 'S$',
};

/** Rounds to the cent (299, 29.9). */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** ¥299, ¥29.90, US$349.99, €149.99; an unknown currency code comes first ("CHF 12.50"). */
export function formatMoney(amount: number | null, currency = 'CNY'): string {
  if (amount === null || !Number.isFinite(amount)) return '—';
  const rounded = roundMoney(amount);
  const value = Math.abs(rounded).toFixed(2).replace(/\.00$/, '');
  const sign = rounded < 0 ? '-' : '';
  const code = currency.toUpperCase();
  const symbol = SYMBOLS[code];
  return symbol ? `${sign}${symbol}${value}` : `${sign}${code} ${value}`;
}
