import Dexie, { type EntityTable } from 'dexie';
import type { ProductSnapshot } from '../core/types';

/** The latest snapshot of each product, keyed by `site:itemId`. */
export interface ProductRow {
  key: string;
  site: string;
  itemId: string;
  title: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  snapshot: ProductSnapshot;
}

/**
 * A run of identical readings: one row per change, extended while nothing changes. `skuId` is ''
 * for the product-level price so product and SKU histories share one compound index.
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
}

export const DB_NAME = 'fanchang-radar';

export class RadarDatabase extends Dexie {
  products!: EntityTable<ProductRow, 'key'>;
  observations!: EntityTable<ObservationRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Append-only: never edit a released version, add a new one with an upgrade().
    this.version(1).stores({
      products: '&key, site, lastSeenAt, title',
      observations: '++id, [productKey+skuId+at], [productKey+at]',
    });
  }
}
