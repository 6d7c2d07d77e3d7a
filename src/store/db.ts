import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ProductSnapshot, Site } from '../core/types';
import type { NormalizedSize } from '../parse';
import { skuRowsOf } from './sku-rows';
import { monthOf } from './runs';
import { searchGramsOf } from './search-grams';

/** The latest snapshot of each product, keyed by `site:itemId`. */
export interface ProductRow {
  key: string;
  site: Site;
  itemId: string;
  title: string | null;
  /** Since version 2. */
  shop: string | null;
  /** Since version 2: character bigrams of title, shop and id, for `searchProducts`. */
  searchGrams: string[];
  firstSeenAt: string;
  lastSeenAt: string;
  snapshot: ProductSnapshot;
}

/** What the store knows of one SKU: its properties, normalised size and latest reading. */
export interface SkuRow {
  productKey: string;
  skuId: string;
  props: Record<string, string>;
  /** The raw size label as the page names it. */
  sizeLabel: string | null;
  /** `parseSize(sizeLabel)`: what size rules and restock watches compare. */
  size: NormalizedSize | null;
  price: number | null;
  stock: number | null;
  available: boolean;
  /** When this reading was taken: the latest snapshot that listed the SKU. */
  lastSeenAt: string;
}

/**
 * Schema versions 1-2 stored one row per run of identical readings; version 3 moved them into
 * `observationMonths` (see there). Kept for the version 3 upgrade.
 */
export interface LegacyObservationRow {
  id?: number;
  productKey: string;
  skuId: string;
  at: string;
  lastSeenAt: string;
  price: number | null;
  listPrice: number | null;
  stock: number | null;
}

/**
 * A run of identical readings, as a tuple because runs are the bulk of the store: times are epoch
 * milliseconds. The page-signal texts a trap rule compares between visits (low-stock text,
 * countdown) are only on product-level runs and only when the page showed one.
 */
export type Run = [
  at: number,
  lastSeenAt: number,
  price: number | null,
  listPrice: number | null,
  stock: number | null,
  lowStockText?: string | null,
  countdownText?: string | null,
];

/**
 * The change points of one SKU (`skuId` '' for the product-level price) that began in one UTC
 * month ('2025-11'), oldest first: an unchanged reading extends the last run instead of adding
 * one. Grouping by month keeps a row small, lets ingest find the current runs of 50 SKUs with one
 * bulkGet by key, and spends a few bytes per run instead of a row and index entries each.
 */
export interface ObservationMonthRow {
  productKey: string;
  skuId: string;
  month: string;
  runs: Run[];
}

export type CartSource = 'product-page' | 'cart-page';

/** One add-to-cart, with the promo event it happened in (pre-sale, main or 返场 of that event). */
export interface CartItemRow {
  id?: number;
  site: Site;
  itemId: string;
  productKey: string;
  /** null when the add did not say which SKU (a cart page without SKU ids). */
  skuId: string | null;
  quantity: number;
  /** The price shown when it went into the cart; null when the page showed none. */
  price: number | null;
  addedAt: string;
  /** null when no promo event was running. */
  promoEventId: string | null;
  source: CartSource;
}

export type WatchKind = 'restock' | 'price';
export type WatchStatus = 'active' | 'paused';

export interface WatchRow {
  id?: number;
  productKey: string;
  /** null watches the whole product (any SKU in the size, or the product price). */
  skuId: string | null;
  kind: WatchKind;
  /** Price watches: alert at or below this price; null means "back to the promo price". */
  targetPrice: number | null;
  /** Restock watches: the shopper's size label to watch for. */
  sizeLabel: string | null;
  status: WatchStatus;
  createdAt: string;
  /** True when the extension created the watch (e.g. from a cart add), false when the shopper did. */
  auto: boolean;
  lastCheckedAt: string | null;
  nextCheckAt: string;
  failureCount: number;
}

/**
 * What an entry is about: a watch's alert, a 返场 reminder, a site that wants the shopper to log in
 * before checks can go on, or ('storage-pruned') old history removed to free space.
 */
export type NotificationKind = WatchKind | 'fanchang' | 'host-blocked' | 'storage-pruned';

export interface NotificationRow {
  id?: number;
  watchId: number | null;
  /** null for entries not about one product (storage-pruned, host-blocked). */
  productKey: string | null;
  kind: NotificationKind;
  /** Unique: the same event is never notified twice (e.g. `restock:jd:1:sku9:2025-11-20`). */
  eventKey: string;
  title: string;
  body: string;
  sentAt: string;
  url: string | null;
}

export const DB_NAME = 'fanchang-radar';


export class RadarDatabase extends Dexie {
  products!: EntityTable<ProductRow, 'key'>;
  skus!: Dexie.Table<SkuRow, [string, string]>;
  observationMonths!: Dexie.Table<ObservationMonthRow, [string, string, string]>;
  cartItems!: EntityTable<CartItemRow, 'id'>;
  watches!: EntityTable<WatchRow, 'id'>;
  notifications!: EntityTable<NotificationRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Append-only: never edit a released version, add a new one with an upgrade().
    this.version(1).stores({
      products: '&key, site, lastSeenAt, title',
      observations: '++id, [productKey+skuId+at], [productKey+at]',
    });
    this.version(2)
      .stores({
        products: '&key, site, lastSeenAt, title, *searchGrams',
        skus: '&[productKey+skuId], productKey',
        cartItems: '++id, productKey, [promoEventId+addedAt], addedAt',
        watches: '++id, productKey, [status+nextCheckAt], createdAt',
        notifications: '++id, &eventKey, sentAt, watchId, productKey',
      })
      .upgrade(upgradeToVersion2);
    this.version(3)
      .stores({
        observations: null,
        observationMonths: '[productKey+skuId+month]',
      })
      .upgrade(upgradeToVersion3);
  }
}

/** Version 2: products gain `shop` and search grams; the SKU table is filled from each latest snapshot. */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const skus: SkuRow[] = [];
  await tx
    .table<ProductRow, string>('products')
    .toCollection()
    .modify((row) => {
      row.shop = row.snapshot.shop;
      row.searchGrams = searchGramsOf(row.snapshot);
      skus.push(...skuRowsOf(row.snapshot));
    });
  await tx.table<SkuRow, [string, string]>('skus').bulkPut(skus);
}

/** Version 3: one row per run becomes one row per SKU and month holding its runs. */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const months = new Map<string, ObservationMonthRow>();
  await tx
    .table<LegacyObservationRow, number>('observations')
    .each((row) => {
      const at = Date.parse(row.at);
      const month = monthOf(at);
      const id = `${row.productKey}\u0000${row.skuId}\u0000${month}`;
      let target = months.get(id);
      if (!target) months.set(id, (target = { productKey: row.productKey, skuId: row.skuId, month, runs: [] }));
      target.runs.push([at, Date.parse(row.lastSeenAt), row.price, row.listPrice, row.stock]);
    });
  for (const row of months.values()) row.runs.sort((a, b) => a[0] - b[0]);
  await tx.table<ObservationMonthRow, [string, string, string]>('observationMonths').bulkPut([...months.values()]);
}
