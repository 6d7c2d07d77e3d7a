import { DAY_MS, eventStart, type PromoEvent } from '../promo';
import type { ObservationMonthRow, RadarDatabase, Run } from './db';

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
  return db.transaction('rw', db.observationMonths, db.cartItems, db.watches, async () => {
    const [carted, watched, rows] = await Promise.all([
      db.cartItems.orderBy('productKey').uniqueKeys(),
      db.watches.orderBy('productKey').uniqueKeys(),
      db.observationMonths.toArray(),
    ]);
    const kept = new Set<unknown>([...carted, ...watched]);
    // Rows come in key order ([productKey, skuId, month]), so a SKU's last row holds its latest run.
    const latestRow = new Map<string, ObservationMonthRow>();
    for (const row of rows) latestRow.set(`${row.productKey}\u0000${row.skuId}`, row);

    const removable: Array<{ row: ObservationMonthRow; run: Run }> = [];
    for (const row of rows) {
      if (kept.has(row.productKey)) continue;
      const latest = latestRow.get(`${row.productKey}\u0000${row.skuId}`) === row ? row.runs[row.runs.length - 1] : undefined;
      for (const run of row.runs) if (run !== latest && !overlaps(run, windows)) removable.push({ row, run });
    }
    if (removable.length === 0) return { removedRuns: 0, products: 0 };

    removable.sort((a, b) => a.run[0] - b.run[0]);
    const doomed = removable.slice(0, Math.max(1, Math.ceil(removable.length * fraction)));
    const doomedRuns = new Set(doomed.map((d) => d.run));
    const touched = new Set(doomed.map((d) => d.row));
    const emptied: Array<[string, string, string]> = [];
    const shrunk: ObservationMonthRow[] = [];
    for (const row of touched) {
      row.runs = row.runs.filter((run) => !doomedRuns.has(run));
      if (row.runs.length === 0) emptied.push([row.productKey, row.skuId, row.month]);
      else shrunk.push(row);
    }
    await Promise.all([db.observationMonths.bulkDelete(emptied), db.observationMonths.bulkPut(shrunk)]);
    return { removedRuns: doomed.length, products: new Set(doomed.map((d) => d.row.productKey)).size };
  });
}
