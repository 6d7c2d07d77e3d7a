import type { ProductLookup } from '../core/views';
import { adapterForUrl } from '../adapters';
import { getPriceHistory, type RadarDatabase } from '../store';

export type ProductQuery = { url: string } | { site: string; itemId: string };

function identify(query: ProductQuery): { site: string; itemId: string } | null {
  if ('site' in query) return query;
  let url: URL;
  try {
    url = new URL(query.url);
  } catch {
    return null;
  }
  const adapter = adapterForUrl(url);
  const itemId = adapter?.itemIdFromUrl(url);
  return adapter && itemId ? { site: adapter.site, itemId } : null;
}

/** What the popup shows for one product: the latest snapshot and its price history. */
export async function lookUpProduct(db: RadarDatabase, query: ProductQuery): Promise<ProductLookup> {
  const id = identify(query);
  if (!id) return { status: 'not-a-product-page' };
  const key = `${id.site}:${id.itemId}`;
  const row = await db.products.get(key);
  // Any https page matches the generic adapter; unseen, it is an offer to read that shop, not a product.
  if (!row && id.site === 'schema-org' && 'url' in query) return { status: 'not-a-product-page', otherShopOrigin: new URL(query.url).origin };
  if (!row) return { status: 'not-seen', ...id };
  return {
    status: 'found',
    view: { snapshot: row.snapshot, firstSeenAt: row.firstSeenAt, history: await getPriceHistory(db, key), traps: [] },
  };
}
