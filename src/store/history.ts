import type { PricePoint } from '../core/views';
import type { PriceObservation } from '../promo';
import type { ProductMonthRow, RadarDatabase } from './db';
import { monthsOf, quarterOf } from './quarters';
import { isoOf, monthOf, pointOf, type ObservationPoint } from './runs';

/** ISO bounds, both inclusive; a run counts when any part of it falls inside. */
export interface TimeRange {
  from?: string;
  to?: string;
}

/** Above every quarter: quarters are strings (Dexie.maxKey, an array, is refused inside compound keys by some engines). */
const TOP = '\uffff';

function runsIn(rows: readonly ProductMonthRow[], range: TimeRange, skuId?: string): ObservationPoint[] {
  const from = range.from === undefined ? -Infinity : Date.parse(range.from);
  const to = range.to === undefined ? Infinity : Date.parse(range.to);
  const points: ObservationPoint[] = [];
  for (const row of rows) {
    for (const series of row.series) {
      if (skuId !== undefined && series.skuId !== skuId) continue;
      for (const run of series.runs) if (run[1] >= from && run[0] <= to) points.push(pointOf(row.productKey, series.skuId, run));
    }
  }
  return points;
}

/**
 * A product's month rows up to the quarter `to` falls in. The scan starts at the product's first
 * quarter rather than `from`'s: runs carried over from schema version 1 may reach into later months.
 */
async function monthRowsOf(db: RadarDatabase, key: string, to?: string): Promise<ProductMonthRow[]> {
  const upper = to === undefined ? TOP : quarterOf(monthOf(Date.parse(to)));
  const rows = await db.productQuarters.where('[productKey+quarter]').between([key, ''], [key, upper], true, true).toArray();
  return rows.flatMap(monthsOf);
}

/** Every run of a product (product-level and all SKUs) that overlaps the range, oldest first. */
export async function productObservations(db: RadarDatabase, key: string, range: TimeRange = {}): Promise<ObservationPoint[]> {
  return runsIn(await monthRowsOf(db, key, range.to), range).sort(
    (a, b) => a.atMs - b.atMs || (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0),
  );
}

/** One SKU's runs (skuId '' is the product-level price) that overlap the range, oldest first. */
export async function skuObservations(db: RadarDatabase, key: string, skuId: string, range: TimeRange = {}): Promise<ObservationPoint[]> {
  return runsIn(await monthRowsOf(db, key, range.to), range, skuId);
}

/** A product's price change points, oldest first (the popup's history table). */
export async function getPriceHistory(db: RadarDatabase, key: string, range: TimeRange = {}): Promise<PricePoint[]> {
  return (await skuObservations(db, key, '', range)).map((p) => ({
    at: isoOf(p.atMs),
    lastSeenAt: isoOf(p.lastSeenAtMs),
    price: p.price,
    listPrice: p.listPrice,
  }));
}

function visitOf(p: ObservationPoint, at: string): PriceObservation | null {
  if (p.price === null) return null;
  const visit: PriceObservation = { at, price: p.price };
  if (p.listPrice !== null) visit.listPrice = p.listPrice;
  if (p.skuId !== '') visit.skuId = p.skuId;
  if (p.stock !== null) visit.stock = p.stock;
  if (p.lowStockText !== null) visit.lowStockText = p.lowStockText;
  if (p.countdownText !== null) visit.countdownText = p.countdownText;
  return visit;
}

/**
 * A product's history as the trap rules read it (docs/contracts.md, H.json), so the extension judges
 * with the same input as the CLI: each run is the visit that began it and, when it was seen
 * again, the visit that last saw it. Runs are cut at promo windows when stored, so every window
 * a rule asks about sees the visits that fell in it. Runs without a price are left out.
 */
export async function historyForRules(db: RadarDatabase, key: string): Promise<PriceObservation[]> {
  const visits: PriceObservation[] = [];
  for (const p of await productObservations(db, key)) {
    for (const at of p.lastSeenAtMs === p.atMs ? [p.atMs] : [p.atMs, p.lastSeenAtMs]) {
      const visit = visitOf(p, isoOf(at));
      if (visit) visits.push(visit);
    }
  }
  return visits.sort((a, b) => a.at.localeCompare(b.at));
}
