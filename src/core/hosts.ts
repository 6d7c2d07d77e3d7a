import type { Site } from './types';

/**
 * Shop hosts the extension reads, as data. The manifest's host permissions and the content-script
 * matches derive from this one table; each adapter still decides which paths are product pages.
 */
export const SITE_HOSTS: Record<Exclude<Site, 'schema-org'>, { product: string[]; cart: string[] }> = {
  jd: { product: ['item.jd.com', 'item.m.jd.com', 'item.jd.hk', 'npcitem.jd.hk'], cart: ['cart.jd.com'] },
  // h5.m.taobao.com: the H5 detail (_DATA_Detail); main.m.taobao.com: the current mobile detail;
  // a.m.taobao.com/i<id>.htm: the mobile share address.
  taobao: { product: ['item.taobao.com', 'h5.m.taobao.com', 'main.m.taobao.com', 'a.m.taobao.com'], cart: ['cart.taobao.com'] },
  tmall: { product: ['detail.tmall.com', 'detail.m.tmall.com', 'chaoshi.detail.tmall.com', 'detail.tmall.hk'], cart: [] },
  pinduoduo: { product: ['mobile.yangkeduo.com', 'mobile.pinduoduo.com', 'yangkeduo.com'], cart: [] },
};

export function matchPatterns(hosts: string[]): string[] {
  return hosts.map((h) => `https://${h}/*`);
}

export const SHOP_HOST_PATTERNS: string[] = Object.values(SITE_HOSTS).flatMap((h) => matchPatterns([...h.product, ...h.cart]));
