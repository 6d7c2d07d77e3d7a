import { productKey } from '../core/types';
import type { ProductView } from '../core/views';
import { adapterForUrl } from '../adapters';
import { getPriceHistory, type RadarDatabase } from '../store';

export type ProductQuery = { url: string } | { site: string; itemId: string };

function keyOf(query: ProductQuery): string | null {
  if ('site' in query) return `${query.site}:${query.itemId}`;
  let url: URL;
  try {
    url = new URL(query.url);
  } catch {
    return null;
  }
  const adapter = adapterForUrl(url);
  const itemId = adapter?.itemIdFromUrl(url);
  return adapter && itemId ? productKey({ site: adapter.site, itemId }) : null;
}

/** What the popup shows for one product: the latest snapshot and its price history. */
export async function loadProductView(db: RadarDatabase, query: ProductQuery): Promise<ProductView | null> {
  const key = keyOf(query);
  if (!key) return null;
  const row = await db.products.get(key);
  if (!row) return null;
  return { snapshot: row.snapshot, firstSeenAt: row.firstSeenAt, history: await getPriceHistory(db, key), traps: [] };
}
