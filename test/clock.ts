/**
 * The moment the end-to-end tests, the demo and the benchmarks run at unless they choose another:
 * the middle of 双11 2026's platform 返场 (the sale closed on 14 Nov), so the promo price, the
 * 返场 window and the cart adds of the promo all mean something. Fixture dates (production dates,
 * history, cart adds) are computed from the chosen moment, never written as calendar dates, so the
 * same stories hold at any moment a test picks (`npm run demo -- --now …`).
 */
export const TEST_NOW = '2026-11-16T10:00:00+08:00';

const DAY_MS = 86_400_000;

/** The Shanghai calendar date `days` days before `now`, as the pages print it (YYYY-MM-DD). */
export function shanghaiDateBefore(now: Date | string, days: number): string {
  const t = new Date(now).getTime() - days * DAY_MS + 8 * 3_600_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The Shanghai calendar year of `now`. */
export function shanghaiYear(now: Date | string): number {
  return new Date(new Date(now).getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** An ISO instant `days` days (fractions allowed) before `now`. */
export function isoBefore(now: Date | string, days: number): string {
  return new Date(new Date(now).getTime() - days * DAY_MS).toISOString();
}
