import type { Site } from './types';

/**
 * Shop hosts the extension reads, as data. The manifest, the content-script matches and the
 * site detection all derive from this one table, so adding a host is a one-line change.
 */
export const SITE_HOSTS: Record<Exclude<Site, 'schema-org'>, { product: string[]; cart: string[] }> = {
  jd: { product: ['item.jd.com', 'item.m.jd.com', 'item.jd.hk'], cart: ['cart.jd.com'] },
  taobao: { product: ['item.taobao.com', 'h5.m.taobao.com'], cart: ['cart.taobao.com'] },
  tmall: { product: ['detail.tmall.com', 'detail.m.tmall.com', 'chaoshi.detail.tmall.com', 'detail.tmall.hk'], cart: [] },
  pinduoduo: { product: ['mobile.yangkeduo.com', 'mobile.pinduoduo.com'], cart: [] },
};

export function matchPatterns(hosts: string[]): string[] {
  return hosts.map((h) => `https://${h}/*`);
}

export const SHOP_HOST_PATTERNS: string[] = Object.values(SITE_HOSTS).flatMap((h) =>
  matchPatterns([...h.product, ...h.cart]),
);

export function siteOfHost(host: string): Exclude<Site, 'schema-org'> | null {
  for (const [site, hosts] of Object.entries(SITE_HOSTS)) {
    if (hosts.product.includes(host) || hosts.cart.includes(host)) return site as Exclude<Site, 'schema-org'>;
  }
  return null;
}
