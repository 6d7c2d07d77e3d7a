import { productKey } from '../core/product-key';
import type { ProductSnapshot } from '../core/types';
import { promoCalendar, shanghaiDate, type PromoEvent } from '../promo';
import type { ProductMonthRow, ProductRow, RadarDatabase } from './db';
import { monthsOf, quarterOf, quarterRowOf } from './quarters';
import { promoBoundaries } from './promo-boundaries';
import { recordClaims } from './claims';
import { applyReading, monthOf, seriesIn, type Reading } from './runs';
import { searchRowIsCurrent, searchRowOf } from './search-grams';
import { changedSkuRows } from './sku-rows';

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
  // A SKU without an id cannot be told from the product-level reading filed under ''.
  for (const sku of s.skus) if (sku.skuId !== '') readings.push({ skuId: sku.skuId, price: sku.price, listPrice: null, stock: sku.stock });
  return readings;
}

/** The default calendar of the last year asked about: promoBoundaries caches per calendar array. */
let defaultCalendar: { year: number; events: readonly PromoEvent[] } | undefined;

function defaultEvents(time: number): readonly PromoEvent[] {
  // promoCalendar reads only the Shanghai year of `now`.
  const year = Number(shanghaiDate(new Date(time)).slice(0, 4));
  if (defaultCalendar?.year !== year) defaultCalendar = { year, events: promoCalendar(new Date(time)) };
  return defaultCalendar.events;
}

export interface IngestOptions {
  /** The promo calendar in force (defaults plus the shopper's events): runs are cut at its windows. */
  events?: readonly PromoEvent[];
}

function productRowOf(s: ProductSnapshot, existing: ProductRow | undefined): ProductRow {
  const key = productKey(s);
  // Offsets differ between pages ('Z', '+08:00'): stored times are UTC so that they compare as text.
  const at = new Date(s.capturedAt).toISOString();
  // A snapshot that arrives late (an older tab) adds history but never replaces the newer state.
  const latest = existing && existing.lastSeenAt > at ? existing.snapshot : s;
  return {
    key,
    site: s.site,
    itemId: s.itemId,
    title: latest.title,
    shop: latest.shop,
    firstSeenAt: existing && existing.firstSeenAt < at ? existing.firstSeenAt : at,
    lastSeenAt: existing && existing.lastSeenAt > at ? existing.lastSeenAt : at,
    snapshot: latest,
  };
}

/**
 * Stores one snapshot in one transaction: the product row and its search row, its quarter of
 * history and the SKU rows that are new or changed. IndexedDB runs read-write transactions on the
 * same tables one after another, so tabs ingesting at once never interleave half-written ingests.
 * A visit costs four reads issued together and at most four writes, however many SKUs the page
 * lists. Returns how many new change points were written (0 when nothing changed since the last visit).
 */
export async function ingestSnapshot(db: RadarDatabase, s: ProductSnapshot, options: IngestOptions = {}): Promise<number> {
  const key = productKey(s);
  const time = Date.parse(s.capturedAt);
  const month = monthOf(time);
  const boundaries = promoBoundaries(options.events ?? defaultEvents(time));
  // A page that lists a SKU twice reads as one SKU: the last listing wins.
  const readings = [...new Map(readingsOf(s).map((r) => [r.skuId, r])).values()];
  const quarter = quarterOf(month);
  return db.transaction('rw', [db.products, db.productSearch, db.skus, db.productQuarters, db.claimSightings], async () => {
    const [existing, stored, quarterRow, storedSearch] = await Promise.all([
      db.products.get(key),
      // The primary key's own range ([key] sorts before every [key, skuId], key + NUL after):
      // one scan of the rows, where the productKey index would look each row up again.
      db.skus
        .where('[productKey+skuId]')
        .between([key], [`${key}\u0000`], true, false)
        .toArray(),
      db.productQuarters.get([key, quarter]),
      db.productSearch.get(key),
    ]);
    const product = productRowOf(s, existing);
    const months = quarterRow ? monthsOf(quarterRow) : [];
    let row = months.find((m) => m.month === month);
    if (!row) months.push((row = { productKey: key, month, series: [] } satisfies ProductMonthRow));
    let added = 0;
    let changed = false;
    for (const r of readings) {
      const result = applyReading(seriesIn(row, r.skuId).runs, r, time, boundaries);
      if (result !== 'unchanged') changed = true;
      if (result === 'added') added++;
    }
    const skuRows = changedSkuRows(s, stored, product.snapshot === s);
    const search = searchRowOf(product);
    await Promise.all([
      db.products.put(product),
      !searchRowIsCurrent(storedSearch, search) && db.productSearch.put(search),
      changed && db.productQuarters.put(quarterRowOf(key, quarter, months)),
      skuRows.length > 0 && db.skus.bulkPut(skuRows),
      recordClaims(db, s, new Date(time).toISOString()),
    ]);
    return added;
  });
}
