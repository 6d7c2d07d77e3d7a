import type { Site } from './types';

/**
 * Shop hosts the extension reads, as data. The manifest's host permissions and the content-script
 * matches derive from this one table, and so do the fixture shop's and the tests' host lists; each
 * adapter still decides which paths are product pages. `services`: hosts a site's own pages fetch
 * their data from, which the background's checks fetch too (JD's price service).
 */
export interface SiteHosts {
  product: string[];
  cart: string[];
  /** The shopper's order pages (price protection). */
  orders: string[];
  services: string[];
}

export const SITE_HOSTS: Record<Exclude<Site, 'schema-org'>, SiteHosts> = {
  jd: {
    product: ['item.jd.com', 'item.m.jd.com', 'item.jd.hk', 'npcitem.jd.hk'],
    cart: ['cart.jd.com'],
    orders: ['order.jd.com', 'details.jd.com'],
    services: ['p.3.cn'],
  },
  // h5.m.taobao.com: the H5 detail (_DATA_Detail); main.m.taobao.com: the current mobile detail;
  // a.m.taobao.com/i<id>.htm: the mobile share address.
  taobao: {
    product: ['item.taobao.com', 'h5.m.taobao.com', 'main.m.taobao.com', 'a.m.taobao.com'],
    cart: ['cart.taobao.com'],
    orders: ['buyertrade.taobao.com'],
    services: [],
  },
  // Tmall orders are listed on Taobao's 已买到的宝贝 (buyertrade.taobao.com).
  tmall: {
    product: ['detail.tmall.com', 'detail.m.tmall.com', 'chaoshi.detail.tmall.com', 'detail.tmall.hk'],
    cart: [],
    orders: [],
    services: [],
  },
  pinduoduo: {
    product: ['mobile.yangkeduo.com', 'mobile.pinduoduo.com', 'yangkeduo.com'],
    cart: [],
    orders: ['mobile.yangkeduo.com', 'mobile.pinduoduo.com'],
    services: [],
  },
};

/**
 * The order pages each site's order content script runs on (its reader still checks the URL):
 * narrower than the hosts, so a shopper on JD's order centre does not load it on every page.
 */
export const ORDER_PAGE_MATCHES: Record<'jd' | 'taobao' | 'pinduoduo', string[]> = {
  jd: ['https://order.jd.com/center/list.action*', 'https://details.jd.com/normal/item.action*'],
  taobao: ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm*'],
  pinduoduo: ['https://mobile.yangkeduo.com/orders.html*', 'https://mobile.pinduoduo.com/orders.html*'],
};

/** The built-in sites (every site but schema.org shops), in the registry's order. */
export const BUILT_IN_SITES = Object.keys(SITE_HOSTS) as Array<keyof typeof SITE_HOSTS>;

/** Every host of the built-in sites: pages, carts and their services. */
export const ALL_SITE_HOSTS: string[] = [
  ...new Set(Object.values(SITE_HOSTS).flatMap((h) => [...h.product, ...h.cart, ...h.orders, ...h.services])),
];

export function matchPatterns(hosts: string[]): string[] {
  return hosts.map((h) => `https://${h}/*`);
}

export const SHOP_HOST_PATTERNS: string[] = [
  ...new Set(Object.values(SITE_HOSTS).flatMap((h) => matchPatterns([...h.product, ...h.cart, ...h.orders]))),
];

/**
 * A host name a shop can have on the public web: not a bare IP address (IPv4 or IPv6), not
 * `localhost` or a name under it, and not a local-network name (`.local`, `.internal`, `.lan`,
 * `.home.arpa`, a single label). The extension never reads, fetches or offers to read anything
 * else: those are the shopper's router, printer or own machine.
 */
export function isPublicHostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host.startsWith('[') || host.includes(':')) return false;
  if (/^[\d.]+$/.test(host) || /^0x[\da-f]+$/i.test(host)) return false;
  if (!host.includes('.')) return false;
  return !/(^|\.)(localhost|local|internal|lan|home\.arpa|intranet|corp)$/.test(host);
}

/** Hosts of the sites' own data services that checks read beside the product page. */
export const DATA_SERVICE_HOSTS: Readonly<Partial<Record<Site, readonly string[]>>> = Object.fromEntries(
  Object.entries(SITE_HOSTS).map(([site, hosts]) => [site, hosts.services]),
);
