import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ProductSnapshot, Site } from '../core/types';
import type { NormalizedSize } from '../parse';
import { skuRowsOf } from './sku-rows';
import { searchGramsOf } from './search-grams';

/** The latest snapshot of each product, keyed by `site:itemId`. */
export interface ProductRow {
  key: string;
  site: string;
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
 * A run of identical readings: one row per change, extended while nothing changes. `skuId` is ''
 * for the product-level price so product and SKU histories share one compound index. The page
 * signals a trap rule compares between visits (low-stock text, countdown) live on the product-level
 * row, so a changed text starts a new run there.
 */
export interface ObservationRow {
  id?: number;
  productKey: string;
  skuId: string;
  at: string;
  lastSeenAt: string;
  price: number | null;
  listPrice: number | null;
  stock: number | null;
  /** Since version 2, product-level rows only; absent on version 1 rows. */
  lowStockText?: string | null;
  countdownText?: string | null;
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

/** 'storage-pruned' entries tell the shopper that old history was removed to free space. */
export type NotificationKind = WatchKind | 'storage-pruned';

export interface NotificationRow {
  id?: number;
  watchId: number | null;
  /** null for entries about the store itself (storage-pruned). */
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

/** Every table, in the order a backup lists them. */
export const TABLE_NAMES = ['products', 'skus', 'observations', 'cartItems', 'watches', 'notifications'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export class RadarDatabase extends Dexie {
  products!: EntityTable<ProductRow, 'key'>;
  skus!: Dexie.Table<SkuRow, [string, string]>;
  observations!: EntityTable<ObservationRow, 'id'>;
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
