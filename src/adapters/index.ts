import { jdOrderReader } from './jd-orders';
import { pinduoduoOrderReader } from './pinduoduo-orders';
import { taobaoOrderReader } from './taobao-orders';
import type { OrderPageReader } from './types';
import { jdCartReader } from './jd-cart';
import { jdAdapter } from './jd';
import { pinduoduoAdapter } from './pinduoduo';
import { schemaOrgAdapter } from './schema-org';
import { taobaoCartReader } from './taobao-cart';
import { taobaoAdapter } from './taobao';
import { tmallAdapter } from './tmall';
import type { CartPageReader, SiteAdapter } from './types';

/**
 * Every adapter, in priority order; the generic schema.org adapter goes last because it matches
 * any address the shop adapters do not. Content scripts import their own adapter module directly,
 * not this registry, so each stays small.
 */
export const ADAPTERS: readonly SiteAdapter[] = [jdAdapter, taobaoAdapter, tmallAdapter, pinduoduoAdapter, schemaOrgAdapter];

export const CART_READERS: readonly CartPageReader[] = [jdCartReader, taobaoCartReader];

/** The order pages the extension reads purchases from (price protection). */
export const ORDER_READERS: readonly OrderPageReader[] = [jdOrderReader, taobaoOrderReader, pinduoduoOrderReader];

export function orderReaderForUrl(url: URL): OrderPageReader | null {
  return ORDER_READERS.find((r) => r.matchesUrl(url)) ?? null;
}

export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matchesUrl(url)) ?? null;
}

export function cartReaderForUrl(url: URL): CartPageReader | null {
  return CART_READERS.find((r) => r.matchesUrl(url)) ?? null;
}

export { extractWith } from './extract';
export type { CartIntent, CartLine, CartPageReader, CartPageResult, OrderPageReader, PageInput, PurchaseLine, SiteAdapter } from './types';
