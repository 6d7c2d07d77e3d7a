import type { WatchKind } from '../core/watch-kind';
import Dexie, { type EntityTable } from 'dexie';
import type { ProductSnapshot, Site } from '../core/types';
import type { NormalizedSize } from '../parse';
import type { OrderSite } from '../adapters/types';
import { upgradeToVersion2, upgradeToVersion3, upgradeToVersion4, upgradeToVersion8 } from './migrations';

/** The latest snapshot of each product, keyed by `site:itemId`. */
export interface ProductRow {
  key: string;
  site: Site;
  itemId: string;
  title: string | null;
  /** Since version 2. */
  shop: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  snapshot: ProductSnapshot;
}

/**
 * One SKU as the store knows it: what it is (properties, size label and normalised size), written
 * when it first appears or changes. Its price and stock now are in the product's latest snapshot,
 * and their history in `productQuarters`, so a visit that changes nothing rewrites no SKU row.
 */
export interface SkuRow {
  productKey: string;
  skuId: string;
  props: Record<string, string>;
  /** The raw size label as the page names it. */
  sizeLabel: string | null;
  /** `parseSize(sizeLabel)`: what size rules and restock watches compare. */
  size: NormalizedSize | null;
  /** Since version 4: the first reading that listed the SKU. */
  firstSeenAt: string;
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

/** The runs of one SKU (`skuId` '' for the product-level price), oldest first. */
export interface SeriesRuns {
  skuId: string;
  runs: Run[];
}

/**
 * A product's change points that began in one UTC month ('2025-11'): an unchanged reading extends
 * the last run of its series instead of adding one. Stored as a row of its own in versions 4-7;
 * since version 8 inside its quarter's row (ProductQuarterRow), encoded.
 */
export interface ProductMonthRow {
  productKey: string;
  month: string;
  series: SeriesRuns[];
}

/**
 * Since version 8: a product's month rows of one quarter, encoded (month-codec.ts, quarters.ts).
 * A visit reads and writes one history row whatever the number of SKUs, a product's history is a
 * short key range, and an observation costs about 20 bytes.
 */
export interface ProductQuarterRow {
  productKey: string;
  /** The quarter's first month: '2026-10'. */
  quarter: string;
  months: Uint8Array;
}

/**
 * Since version 8: what search reads of a product (search.ts), written with the product row. Search
 * reads a few hundred of these, where whole product rows, snapshot and all, took about five times
 * as long to read in Chromium.
 */
export interface ProductSearchRow {
  key: string;
  site: Site;
  itemId: string;
  title: string | null;
  shop: string | null;
  image: string | null;
  price: number | null;
  currency: string;
  lastSeenAt: string;
  /** Title, shop and item id normalised (normalizeSearchText), one a line: what a query must be part of. */
  text: string;
  /** Character bigrams of title, shop and id (search-grams.ts). */
  grams: string[];
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

/**
 * 'protect' watches are the extension's own: one per product and SKU bought inside a
 * price-protection window, so the purchase is checked like any watch (src/background/protect).
 */
export type StoredWatchKind = WatchKind | 'protect';
export type WatchStatus = 'active' | 'paused';

export interface WatchRow {
  id?: number;
  productKey: string;
  /** null watches the whole product (any SKU in the size, or the product price). */
  skuId: string | null;
  kind: StoredWatchKind;
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
export type NotificationKind = WatchKind | 'fanchang' | 'host-blocked' | 'storage-pruned' | 'price-protect';

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

export type PurchaseStatus = 'open' | 'claimed' | 'dismissed';
export type PurchaseSource = 'order-page' | 'manual';

/**
 * Since version 6: one line of an order (item, SKU, unit price paid, quantity, order time, shop),
 * read from the shopper's order page or entered in the popup. Nothing else of the order is kept.
 */
export interface PurchaseRow {
  id?: number;
  /** Unique: the same order line read twice is one row (`site:order:item:sku`, or `manual:…`). */
  lineKey: string;
  productKey: string;
  site: OrderSite;
  itemId: string;
  skuId: string | null;
  /** The unit price paid; null when the page showed none (a JD order list). */
  unitPrice: number | null;
  quantity: number;
  orderedAt: string;
  shop: string | null;
  /** The order number, for the claim page of that order. */
  orderRef: string | null;
  source: PurchaseSource;
  recordedAt: string;
  /** 'claimed' and 'dismissed' end the checks and alerts for this purchase. */
  status: PurchaseStatus;
  /** What the shopper recorded as recovered when they marked it claimed. */
  claimedAmount: number | null;
  closedAt: string | null;
}

/**
 * Since version 7 (issue 17): a shop's social-proof claim ("87%的用户换购了") as seen on one product,
 * in one place (beside the product or beside an item it recommended), first and last seen.
 */
export interface ClaimSightingRow {
  productKey: string;
  /** readSocialClaim().figure: 'share:87', 'count:3274', 'returning:9999+'. */
  figure: string;
  where: 'product' | 'recommended';
  shop: string | null;
  /** The phrase as last shown. */
  text: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

export const DB_NAME = 'fanchang-radar';

export class RadarDatabase extends Dexie {
  products!: EntityTable<ProductRow, 'key'>;
  skus!: Dexie.Table<SkuRow, [string, string]>;
  productQuarters!: Dexie.Table<ProductQuarterRow, [string, string]>;
  productSearch!: EntityTable<ProductSearchRow, 'key'>;
  cartItems!: EntityTable<CartItemRow, 'id'>;
  watches!: EntityTable<WatchRow, 'id'>;
  notifications!: EntityTable<NotificationRow, 'id'>;
  purchases!: EntityTable<PurchaseRow, 'id'>;
  claimSightings!: Dexie.Table<ClaimSightingRow, [string, string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Nothing here uses liveQuery: its middlewares would track every written index key and post
    // each commit to other tabs (a BroadcastChannel message per ingest) for no reader at all.
    this.unuse({ stack: 'dbcore', name: 'Observability' }).unuse({ stack: 'dbcore', name: 'Cache' });
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
    this.version(4)
      .stores({
        observationMonths: null,
        productMonths: '[productKey+month]',
      })
      .upgrade(upgradeToVersion4);
    // Version 5 belongs to another branch's change; numbers stay unique across branches.
    this.version(6).stores({
      purchases: '++id, &lineKey, productKey, orderedAt, status',
    });
    // 7 only adds a table, so no upgrade step.
    this.version(7).stores({
      claimSightings: '[productKey+figure+where], figure, productKey',
    });
    // 8: month rows stored a quarter to a row, encoded; search reads its own table, so product
    // rows, written on every visit, keep no index (search was the only reader of them).
    this.version(8)
      .stores({
        products: '&key',
        productSearch: '&key, lastSeenAt, *grams',
        productMonths: null,
        productQuarters: '[productKey+quarter]',
      })
      .upgrade(upgradeToVersion8);
  }
}
