/**
 * Is a content script's message about the page it runs on? A shop page can drive its tab's
 * content script (or forge its messages), so a reading, a cart add or a cart import counts only
 * for the product or cart at the sender tab's own address: a page on one shop never writes
 * another shop's product, and a page never writes a product other than its own.
 */
import { adapterForUrl, cartReaderForUrl } from '../adapters';
import type { Site } from '../core/types';

/** The origin a schema.org item id is bound to (its ids are `origin#sku` or the page's address). */
export function schemaOrgOriginOf(itemId: string): string | null {
  try {
    const origin = new URL(itemId).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** null when the product `{site, itemId}` is the one at `page`; otherwise why not. */
export function productMismatch(product: { site: Site; itemId: string }, page: URL): string | null {
  const adapter = adapterForUrl(page);
  if (!adapter || adapter.site !== product.site) return `the page at ${page.hostname} is not a ${product.site} product page`;
  if (product.site === 'schema-org') {
    return schemaOrgOriginOf(product.itemId) === page.origin ? null : `the product is not one of ${page.origin}`;
  }
  return adapter.itemIdFromUrl(page) === product.itemId ? null : `the page shows another product than ${product.itemId}`;
}

/** null when a snapshot (its product and its address) is the page's own; otherwise why not. */
export function snapshotMismatch(snapshot: { site: Site; itemId: string; url: string }, page: URL): string | null {
  let own: URL;
  try {
    own = new URL(snapshot.url);
  } catch {
    return 'the snapshot has no address';
  }
  if (own.origin !== page.origin) return `the snapshot's address is not on ${page.origin}`;
  return productMismatch(snapshot, page);
}

/** Sites whose items a cart page lists: Taobao's cart holds Tmall items too. */
const CART_SITES: Partial<Record<Site, readonly Site[]>> = { jd: ['jd'], taobao: ['taobao', 'tmall'] };

/** null when every line is of a site the cart page at `page` lists; otherwise why not. */
export function cartLinesMismatch(lines: readonly { site: Site }[], page: URL): string | null {
  const reader = cartReaderForUrl(page);
  if (!reader) return `${page.hostname} is not a cart page`;
  const sites = CART_SITES[reader.site] ?? [reader.site];
  const stray = lines.find((line) => !sites.includes(line.site));
  return stray ? `a ${stray.site} item cannot be in the ${reader.site} cart` : null;
}
