import { DAY_MS, eventStart, type PromoEvent } from '../promo';
import type { ProductMonthRow, RadarDatabase, Run } from './db';
import { monthsOf, quarterOf, quarterRowOf } from './quarters';

export interface PruneOptions {
  /** The promo calendar: runs that fall in an event's windows define promo prices and are kept. */
  events: readonly PromoEvent[];
  /** Share of the removable runs to remove, oldest first. */
  fraction?: number;
}

export interface PruneResult {
  removedRuns: number;
  /** Products that lost history. */
  products: number;
}

/** How far before an event its prices still matter: the 30-day prior price of EU rules covers the 7-day Chinese one. */
const PRIOR_DAYS_KEPT = 30;

function protectedWindows(events: readonly PromoEvent[]): Array<[number, number]> {
  return events.map((e) => [eventStart(e).getTime() - PRIOR_DAYS_KEPT * DAY_MS, Date.parse(e.endAt)]);
}

const overlaps = (run: Run, windows: ReadonlyArray<[number, number]>) => windows.some(([from, to]) => run[1] >= from && run[0] <= to);

/**
 * Frees space by removing the oldest runs of products that are neither in the cart nor watched.
 * Never removed: cart items, watches, any run of a carted or watched product, runs in an event's
 * windows (they define its promo price and the 划线价 reference), and each SKU's latest run (what
 * the product looks like now). One transaction.
 */
export async function pruneOldObservations(db: RadarDatabase, options: PruneOptions): Promise<PruneResult> {
  const fraction = options.fraction ?? 0.5;
  const windows = protectedWindows(options.events);
  return db.transaction('rw', db.productQuarters, db.cartItems, db.watches, async () => {
    const [carted, watched, quarters] = await Promise.all([
      db.cartItems.orderBy('productKey').uniqueKeys(),
      db.watches.orderBy('productKey').uniqueKeys(),
      db.productQuarters.toArray(),
    ]);
    const kept = new Set<unknown>([...carted, ...watched]);
    const candidates = quarters.filter((row) => !kept.has(row.productKey)).flatMap(monthsOf);
    // Rows come in key order ([productKey, quarter], months in order), so the last run met for a SKU is its latest.
    const latest = new Map<string, Run>();
    for (const row of candidates)
      for (const series of row.series) {
        const last = series.runs[series.runs.length - 1];
        if (last) latest.set(`${row.productKey}\u0000${series.skuId}`, last);
      }
    const removable: Array<{ row: ProductMonthRow; run: Run }> = [];
    for (const row of candidates)
      for (const series of row.series) {
        const keep = latest.get(`${row.productKey}\u0000${series.skuId}`);
        for (const run of series.runs) if (run !== keep && !overlaps(run, windows)) removable.push({ row, run });
      }
    if (removable.length === 0) return { removedRuns: 0, products: 0 };

    removable.sort((a, b) => a.run[0] - b.run[0]);
    const doomed = removable.slice(0, Math.max(1, Math.ceil(removable.length * fraction)));
    const doomedRuns = new Set(doomed.map((d) => d.run));
    const touched = new Set<string>();
    for (const row of new Set(doomed.map((d) => d.row))) {
      row.series = row.series
        .map((s) => ({ skuId: s.skuId, runs: s.runs.filter((run) => !doomedRuns.has(run)) }))
        .filter((s) => s.runs.length > 0);
      touched.add(`${row.productKey}\u0000${quarterOf(row.month)}`);
    }
    // A touched quarter is written again with what is left of its months, or deleted when nothing is.
    const left = new Map<string, { productKey: string; quarter: string; months: ProductMonthRow[] }>();
    for (const row of candidates) {
      const quarter = quarterOf(row.month);
      const id = `${row.productKey}\u0000${quarter}`;
      if (!touched.has(id)) continue;
      let group = left.get(id);
      if (!group) left.set(id, (group = { productKey: row.productKey, quarter, months: [] }));
      if (row.series.length > 0) group.months.push(row);
    }
    const emptied: Array<[string, string]> = [];
    const shrunk = [];
    for (const { productKey, quarter, months } of left.values()) {
      if (months.length === 0) emptied.push([productKey, quarter]);
      else shrunk.push(quarterRowOf(productKey, quarter, months));
    }
    await Promise.all([db.productQuarters.bulkDelete(emptied), db.productQuarters.bulkPut(shrunk)]);
    return { removedRuns: doomed.length, products: new Set(doomed.map((d) => d.row.productKey)).size };
  });
}
