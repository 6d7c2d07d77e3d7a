import { productKey, type ProductSnapshot } from '../core/types';
import { DEFAULT_PROMO_EVENTS, type PromoEvent } from '../promo';
import type { ObservationRow, ProductRow, RadarDatabase } from './db';
import { crossesPromoBoundary, promoBoundaries } from './promo-boundaries';
import { searchGramsOf } from './search-grams';
import { skuRowsOf } from './sku-rows';

type Reading = Pick<ObservationRow, 'skuId' | 'price' | 'listPrice' | 'stock' | 'lowStockText' | 'countdownText'>;

function readingsOf(s: ProductSnapshot): Reading[] {
  const readings: Reading[] = [
    {
      skuId: '',
      price: s.price,
      listPrice: s.listPrice,
      stock: null,
      lowStockText: s.signals.lowStockText,
      countdownText: s.signals.countdownText,
    },
  ];
  for (const sku of s.skus) readings.push({ skuId: sku.skuId, price: sku.price, listPrice: null, stock: sku.stock });
  return readings;
}

// Version 1 rows have no signal texts: absent reads as null.
const sameReading = (row: ObservationRow, r: Reading) =>
  row.price === r.price &&
  row.listPrice === r.listPrice &&
  row.stock === r.stock &&
  (row.lowStockText ?? null) === (r.lowStockText ?? null) &&
  (row.countdownText ?? null) === (r.countdownText ?? null);

export interface IngestOptions {
  /** The promo calendar in force (defaults plus the shopper's events): runs are cut at its windows. */
  events?: readonly PromoEvent[];
}

function productRowOf(s: ProductSnapshot, existing: ProductRow | undefined): ProductRow {
  const key = productKey(s);
  const at = s.capturedAt;
  // A snapshot that arrives late (an older tab) adds history but never replaces the newer state.
  const latest = existing && existing.lastSeenAt > at ? existing.snapshot : s;
  return {
    key,
    site: s.site,
    itemId: s.itemId,
    title: latest.title,
    shop: latest.shop,
    searchGrams: searchGramsOf(latest),
    firstSeenAt: existing && existing.firstSeenAt < at ? existing.firstSeenAt : at,
    lastSeenAt: existing && existing.lastSeenAt > at ? existing.lastSeenAt : at,
    snapshot: latest,
  };
}

/**
 * Stores one snapshot in one transaction: the product row, its SKU rows and a change point per
 * reading. IndexedDB runs read-write transactions on the same tables one after another, so tabs
 * ingesting at once never interleave half-written ingests. The per-reading lookups are issued
 * together (one round of requests, not one per SKU) and the writes are bulk writes. Returns how
 * many new change points were written (0 when nothing changed since the last visit).
 */
export async function ingestSnapshot(db: RadarDatabase, s: ProductSnapshot, options: IngestOptions = {}): Promise<number> {
  const key = productKey(s);
  const at = s.capturedAt;
  const boundaries = promoBoundaries(options.events ?? DEFAULT_PROMO_EVENTS);
  const readings = readingsOf(s);
  return db.transaction('rw', db.products, db.skus, db.observations, async () => {
    const [existing, lasts] = await Promise.all([
      db.products.get(key),
      Promise.all(
        readings.map((r) =>
          db.observations.where('[productKey+skuId+at]').between([key, r.skuId, ''], [key, r.skuId, at], true, true).last(),
        ),
      ),
    ]);
    const product = productRowOf(s, existing);
    const writes: ObservationRow[] = [];
    let added = 0;
    readings.forEach((r, i) => {
      const last = lasts[i];
      if (last && sameReading(last, r) && !crossesPromoBoundary(boundaries, last.lastSeenAt, at)) {
        if (last.lastSeenAt < at) writes.push({ ...last, lastSeenAt: at });
        return;
      }
      writes.push({ productKey: key, ...r, at, lastSeenAt: at });
      added++;
    });
    const skuRows = product.snapshot === s ? skuRowsOf(s) : [];
    await Promise.all([db.products.put(product), db.observations.bulkPut(writes), skuRows.length > 0 && db.skus.bulkPut(skuRows)]);
    return added;
  });
}
