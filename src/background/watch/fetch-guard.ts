/**
 * Which addresses a background check may fetch: https only, on the watched site's own hosts (a
 * schema.org shop: the origin its product id is bound to), never a bare IP address or a local
 * name. The check's own fetches follow no redirects (fetch-check.ts), so a shop cannot send the
 * background to the shopper's router by redirecting.
 */
import { DATA_SERVICE_HOSTS, SITE_HOSTS, isPublicHostName } from '../../core/hosts';
import type { Site } from '../../core/types';
import { schemaOrgOriginOf } from '../page-match';

/** null when a check of the product `{site, itemId}` may fetch `address`; otherwise why not. */
export function unfetchable(address: string, product: { site: Site; itemId: string }): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `not an address: ${address.slice(0, 80)}`;
  }
  if (url.protocol !== 'https:') return `checks fetch only https addresses, not ${url.protocol}`;
  if (url.username || url.password) return 'checks fetch no address with credentials in it';
  if (!isPublicHostName(url.hostname)) return `checks never fetch ${url.hostname}`;
  if (product.site === 'schema-org') {
    return schemaOrgOriginOf(product.itemId) === url.origin ? null : `${url.origin} is not the shop of this product`;
  }
  const hosts = [...SITE_HOSTS[product.site].product, ...(DATA_SERVICE_HOSTS[product.site] ?? [])];
  return hosts.includes(url.hostname) ? null : `${url.hostname} is not a ${product.site} host`;
}

/** null when a reading is of the product the check was for; otherwise why not. */
export function otherProduct(
  read: { site: Site; itemId: string },
  wanted: { site: Site; itemId: string; skuId: string | null },
): string | null {
  // JD has a page per SKU, named by the SKU's id.
  const id = wanted.site === 'jd' ? (wanted.skuId ?? wanted.itemId) : wanted.itemId;
  return read.site === wanted.site && read.itemId === id ? null : `the page showed ${read.site}:${read.itemId}, not ${wanted.site}:${id}`;
}
