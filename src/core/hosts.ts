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
  services: string[];
}

export const SITE_HOSTS: Record<Exclude<Site, 'schema-org'>, SiteHosts> = {
  jd: { product: ['item.jd.com', 'item.m.jd.com', 'item.jd.hk', 'npcitem.jd.hk'], cart: ['cart.jd.com'], services: ['p.3.cn'] },
  // h5.m.taobao.com: the H5 detail (_DATA_Detail); main.m.taobao.com: the current mobile detail;
  // a.m.taobao.com/i<id>.htm: the mobile share address.
  taobao: {
    product: ['item.taobao.com', 'h5.m.taobao.com', 'main.m.taobao.com', 'a.m.taobao.com'],
    cart: ['cart.taobao.com'],
    services: [],
  },
  tmall: { product: ['detail.tmall.com', 'detail.m.tmall.com', 'chaoshi.detail.tmall.com', 'detail.tmall.hk'], cart: [], services: [] },
  pinduoduo: { product: ['mobile.yangkeduo.com', 'mobile.pinduoduo.com', 'yangkeduo.com'], cart: [], services: [] },
};

/** The built-in sites (every site but schema.org shops), in the registry's order. */
export const BUILT_IN_SITES = Object.keys(SITE_HOSTS) as Array<keyof typeof SITE_HOSTS>;

/** Every host of the built-in sites: pages, carts and their services. */
export const ALL_SITE_HOSTS: string[] = Object.values(SITE_HOSTS).flatMap((h) => [...h.product, ...h.cart, ...h.services]);

export function matchPatterns(hosts: string[]): string[] {
  return hosts.map((h) => `https://${h}/*`);
}

export const SHOP_HOST_PATTERNS: string[] = Object.values(SITE_HOSTS).flatMap((h) => matchPatterns([...h.product, ...h.cart]));

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
export const DATA_SERVICE_HOSTS: Readonly<Partial<Record<Site, readonly string[]>>> = { jd: ['p.3.cn'] };
