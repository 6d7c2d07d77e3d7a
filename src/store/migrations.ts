import type { Transaction } from 'dexie';
import type { ProductMonthRow, ProductRow, Run, SkuRow } from './db';
import { monthOf } from './runs';
import { searchGramsOf } from './search-grams';
import { sizeOf } from './sku-rows';

/**
 * The upgrade steps between schema versions (declared in db.ts). Each step reads the shapes of
 * the version before it, described here, since a shopper's browser may hold any older version.
 */

/** Versions 1-2: one row per run of identical readings. */
interface RunRowV1 {
  id?: number;
  productKey: string;
  skuId: string;
  at: string;
  lastSeenAt: string;
  price: number | null;
  listPrice: number | null;
  stock: number | null;
}

/** Version 3: the runs of one SKU that began in one month. */
interface SkuMonthRowV3 {
  productKey: string;
  skuId: string;
  month: string;
  runs: Run[];
}

/** Versions 2-3: a SKU row also held its latest reading. */
interface SkuRowV2 {
  productKey: string;
  skuId: string;
  props: Record<string, string>;
  sizeLabel: string | null;
  size: SkuRow['size'];
  price: number | null;
  stock: number | null;
  available: boolean;
  lastSeenAt: string;
}

/** Version 2: products gain `shop` and search grams; the SKU table is filled from each latest snapshot. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const skus: SkuRowV2[] = [];
  await tx
    .table<ProductRow, string>('products')
    .toCollection()
    .modify((row) => {
      row.shop = row.snapshot.shop;
      row.searchGrams = searchGramsOf(row.snapshot);
      for (const sku of row.snapshot.skus) {
        if (sku.skuId === '') continue;
        skus.push({
          productKey: row.key,
          skuId: sku.skuId,
          props: sku.props,
          sizeLabel: sku.size,
          size: sizeOf(sku.size, row.snapshot.category),
          price: sku.price,
          stock: sku.stock,
          available: sku.available,
          lastSeenAt: row.snapshot.capturedAt,
        });
      }
    });
  await tx.table<SkuRowV2, [string, string]>('skus').bulkPut(skus);
}

/** Version 3: one row per run becomes one row per SKU and month holding its runs. */
export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const months = new Map<string, SkuMonthRowV3>();
  await tx.table<RunRowV1, number>('observations').each((row) => {
    const at = Date.parse(row.at);
    const month = monthOf(at);
    const id = `${row.productKey}\u0000${row.skuId}\u0000${month}`;
    let target = months.get(id);
    if (!target) months.set(id, (target = { productKey: row.productKey, skuId: row.skuId, month, runs: [] }));
    target.runs.push([at, Date.parse(row.lastSeenAt), row.price, row.listPrice, row.stock]);
  });
  for (const row of months.values()) row.runs.sort((a, b) => a[0] - b[0]);
  await tx.table<SkuMonthRowV3, [string, string, string]>('observationMonths').bulkPut([...months.values()]);
}

/**
 * Version 4: the SKU-month rows of a product join into one row per product and month; SKU rows
 * keep what a SKU is and when it was first seen (its reading lives in the snapshot and history).
 */
export async function upgradeToVersion4(tx: Transaction): Promise<void> {
  const months = new Map<string, ProductMonthRow>();
  const firstRun = new Map<string, number>();
  // Rows arrive in key order, so each SKU's runs come oldest first.
  await tx.table<SkuMonthRowV3, [string, string, string]>('observationMonths').each((row) => {
    const id = `${row.productKey}\u0000${row.month}`;
    let target = months.get(id);
    if (!target) months.set(id, (target = { productKey: row.productKey, month: row.month, series: [] }));
    target.series.push({ skuId: row.skuId, runs: row.runs });
    const sku = `${row.productKey}\u0000${row.skuId}`;
    const first = row.runs[0]?.[0];
    if (first !== undefined && !firstRun.has(sku)) firstRun.set(sku, first);
  });
  await tx.table<ProductMonthRow, [string, string]>('productMonths').bulkPut([...months.values()]);
  await tx
    .table<SkuRowV2 | SkuRow, [string, string]>('skus')
    .toCollection()
    .modify((row, ref) => {
      const old = row as SkuRowV2;
      const first = firstRun.get(`${old.productKey}\u0000${old.skuId}`);
      ref.value = {
        productKey: old.productKey,
        skuId: old.skuId,
        props: old.props,
        sizeLabel: old.sizeLabel,
        size: old.size,
        firstSeenAt: first === undefined ? old.lastSeenAt : new Date(first).toISOString(),
      };
    });
}
