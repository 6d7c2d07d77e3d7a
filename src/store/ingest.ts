import { productKey, type ProductSnapshot } from '../core/types';
import type { ObservationRow, RadarDatabase } from './db';

interface Reading {
  skuId: string;
  price: number | null;
  listPrice: number | null;
  stock: number | null;
}

function readingsOf(s: ProductSnapshot): Reading[] {
  const readings: Reading[] = [{ skuId: '', price: s.price, listPrice: s.listPrice, stock: null }];
  for (const sku of s.skus) readings.push({ skuId: sku.skuId, price: sku.price, listPrice: null, stock: sku.stock });
  return readings;
}

const sameReading = (row: ObservationRow, r: Reading) =>
  row.price === r.price && row.listPrice === r.listPrice && row.stock === r.stock;

/**
 * Stores one snapshot in one transaction: the product row and a change point per reading, so
 * concurrent tabs can never interleave half-written ingests. Returns how many new change points
 * were written (0 when nothing changed since the last visit).
 */
export async function ingestSnapshot(db: RadarDatabase, s: ProductSnapshot): Promise<number> {
  const key = productKey(s);
  const at = s.capturedAt;
  return db.transaction('rw', db.products, db.observations, async () => {
    const existing = await db.products.get(key);
    await db.products.put({
      key,
      site: s.site,
      itemId: s.itemId,
      title: s.title,
      firstSeenAt: existing && existing.firstSeenAt < at ? existing.firstSeenAt : at,
      lastSeenAt: existing && existing.lastSeenAt > at ? existing.lastSeenAt : at,
      snapshot: existing && existing.lastSeenAt > at ? existing.snapshot : s,
    });
    let added = 0;
    for (const r of readingsOf(s)) {
      const last = await db.observations
        .where('[productKey+skuId+at]')
        .between([key, r.skuId, ''], [key, r.skuId, at], true, true)
        .last();
      if (last && sameReading(last, r)) {
        if (last.lastSeenAt < at) await db.observations.update(last.id!, { lastSeenAt: at });
        continue;
      }
      await db.observations.add({ productKey: key, ...r, at, lastSeenAt: at });
      added++;
    }
    return added;
  });
}
