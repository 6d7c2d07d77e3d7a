import type { Transaction } from 'dexie';
import type { ProductMonthRow, ProductQuarterRow, ProductRow, ProductSearchRow, Run, SkuRow } from './db';
import { quarterOf, quarterRowOf } from './quarters';
import { monthOf } from './runs';
import { searchGramsOf, searchRowOf } from './search-grams';
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

/** Versions 2-7: a product row also held its search grams, indexed. */
interface ProductRowV2 extends ProductRow {
  searchGrams?: string[];
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
    .table<ProductRowV2, string>('products')
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

/**
 * Version 8: month rows (versions 4-7) are stored a quarter to a row, encoded; a product's search
 * grams leave its row for a search row of their own.
 */
export async function upgradeToVersion8(tx: Transaction): Promise<void> {
  const search: ProductSearchRow[] = [];
  await tx
    .table<ProductRowV2, string>('products')
    .toCollection()
    .modify((row) => {
      delete row.searchGrams;
      search.push(searchRowOf(row));
    });
  await tx.table<ProductSearchRow, string>('productSearch').bulkPut(search);
  // Rows arrive in key order ([productKey, month]): a quarter's months come together, and are
  // encoded as soon as the next quarter begins rather than all held as arrays at once.
  const quarters: ProductQuarterRow[] = [];
  const groups: Array<{ productKey: string; quarter: string; months: ProductMonthRow[] }> = [];
  const flush = () => {
    const group = groups.pop();
    if (group && group.months.length > 0) quarters.push(quarterRowOf(group.productKey, group.quarter, group.months));
  };
  await tx.table<ProductMonthRow, [string, string]>('productMonths').each((row) => {
    const quarter = quarterOf(row.month);
    let group = groups[0];
    if (group?.productKey !== row.productKey || group.quarter !== quarter) {
      flush();
      groups.push((group = { productKey: row.productKey, quarter, months: [] }));
    }
    if (row.series.length > 0) group.months.push(row);
  });
  flush();
  await tx.table<ProductQuarterRow, [string, string]>('productQuarters').bulkPut(quarters);
}
