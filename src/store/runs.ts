import type { ProductMonthRow, Run, SeriesRuns } from './db';
import { crossesPromoBoundary } from './promo-boundaries';

/** One reading of a page: the product-level price (skuId '') or one SKU's price and stock. */
export interface Reading {
  skuId: string;
  price: number | null;
  listPrice: number | null;
  stock: number | null;
  lowStockText?: string | null;
  countdownText?: string | null;
}

/**
 * A run spelled out: what history queries hand around. Times stay epoch milliseconds, as stored:
 * a product's history is read far more often than it is shown, and the views that show it
 * (getPriceHistory, historyForRules, backups) turn them into ISO strings.
 */
export interface ObservationPoint {
  productKey: string;
  skuId: string;
  atMs: number;
  lastSeenAtMs: number;
  price: number | null;
  listPrice: number | null;
  stock: number | null;
  lowStockText: string | null;
  countdownText: string | null;
}

export const isoOf = (time: number): string => new Date(time).toISOString();

/** The UTC month a run starting at `time` (epoch ms) is filed under: '2025-11'. */
export function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

export function runOf(r: Reading, at: number, lastSeenAt = at): Run {
  const run: Run = [at, lastSeenAt, r.price, r.listPrice, r.stock];
  // Most pages show neither text: leaving them off keeps the run at five numbers.
  if ((r.lowStockText ?? null) !== null || (r.countdownText ?? null) !== null) run.push(r.lowStockText ?? null, r.countdownText ?? null);
  return run;
}

export function sameReading(run: Run, r: Reading): boolean {
  return (
    run[2] === r.price &&
    run[3] === r.listPrice &&
    run[4] === r.stock &&
    (run[5] ?? null) === (r.lowStockText ?? null) &&
    (run[6] ?? null) === (r.countdownText ?? null)
  );
}

/** Index of the last run that began at or before `time`, or -1. */
function lastRunAtOrBefore(runs: readonly Run[], time: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid]![0] <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Change points one SKU may have in a month: over ten a day, far more than real prices make. */
export const MAX_RUNS_PER_MONTH = 400;

export type ApplyResult = 'unchanged' | 'extended' | 'replaced' | 'added';

/**
 * Files a reading taken at `time` into the month's runs (mutating them): it extends the run it
 * continues when the reading is the same and no promo window begins or ends in between, else it
 * starts a run. A reading that arrives late (an older tab) lands in time order.
 */
export function applyReading(runs: Run[], r: Reading, time: number, boundaries: Float64Array): ApplyResult {
  const i = lastRunAtOrBefore(runs, time);
  const run = runs[i];
  if (run && sameReading(run, r) && !crossesPromoBoundary(boundaries, run[1], time)) {
    if (run[1] >= time) return 'unchanged';
    run[1] = time;
    return 'extended';
  }
  if (run && run[0] === time) {
    // Two different readings at the same instant (a repeated capture): the later write wins.
    runs[i] = runOf(r, time);
    return 'replaced';
  }
  if (runs.length >= MAX_RUNS_PER_MONTH && run && i === runs.length - 1) {
    // A full month keeps its newest reading in its last run: a page that changes its price
    // without end cannot grow the store without end.
    runs[i] = runOf(r, time);
    return 'replaced';
  }
  if (runs.length >= MAX_RUNS_PER_MONTH) return 'unchanged';
  runs.splice(i + 1, 0, runOf(r, time));
  return 'added';
}

/** The runs of one SKU in a month row, added to the row when it has none yet. */
export function seriesIn(row: ProductMonthRow, skuId: string): SeriesRuns {
  let series = row.series.find((s) => s.skuId === skuId);
  if (!series) row.series.push((series = { skuId, runs: [] }));
  return series;
}

/** Every run of a month row spelled out, series by series. */
export function pointsOf(row: ProductMonthRow): ObservationPoint[] {
  return row.series.flatMap((series) => series.runs.map((run) => pointOf(row.productKey, series.skuId, run)));
}

export function pointOf(productKey: string, skuId: string, run: Run): ObservationPoint {
  return {
    productKey,
    skuId,
    atMs: run[0],
    lastSeenAtMs: run[1],
    price: run[2],
    listPrice: run[3],
    stock: run[4],
    lowStockText: run[5] ?? null,
    countdownText: run[6] ?? null,
  };
}
