/**
 * How each site is checked from the background, as data: which page to fetch for a watched SKU,
 * and which of the site's own data services fill what the page leaves to its scripts. A background
 * fetch gets the HTML without running it, so JD's price (filled after load from p.3.cn) is read
 * from the price service directly, as the page itself does.
 */
import type { ProductSnapshot, Site } from '../../core/types';

export interface CheckTarget {
  site: Site;
  itemId: string;
  /** The watched SKU, when the site has a page per SKU. */
  skuId: string | null;
  /** The product page last seen for this product (used where the site has no page per SKU). */
  url: string;
}

export interface DataRequest {
  url: string;
  /** Folds the answer into the snapshot; never throws (a bad answer becomes a warning). */
  apply(snapshot: ProductSnapshot, body: string): void;
}

export interface CheckPlan {
  pageUrl: string;
  data: DataRequest[];
}

interface SitePlan {
  pageUrl(target: CheckTarget): string;
  data(target: CheckTarget): DataRequest[];
}

const SITE_PLANS: Partial<Record<Site, SitePlan>> = {
  jd: {
    // Every JD SKU has its own page; the SKU's page carries its stock prompt and options.
    pageUrl: (t) => `https://item.jd.com/${t.skuId ?? t.itemId}.html`,
    data: (t) => [jdPriceRequest(t.skuId ?? t.itemId)],
  },
  taobao: {
    pageUrl: (t) => withSku(`https://item.taobao.com/item.htm?id=${encodeURIComponent(t.itemId)}`, t.skuId),
    data: () => [],
  },
  tmall: {
    pageUrl: (t) => withSku(`https://detail.tmall.com/item.htm?id=${encodeURIComponent(t.itemId)}`, t.skuId),
    data: () => [],
  },
  pinduoduo: {
    pageUrl: (t) => `https://mobile.yangkeduo.com/goods.html?goods_id=${encodeURIComponent(t.itemId)}`,
    data: () => [],
  },
};

function withSku(url: string, skuId: string | null): string {
  return skuId ? `${url}&skuId=${encodeURIComponent(skuId)}` : url;
}

export function checkPlanFor(target: CheckTarget): CheckPlan {
  const plan = SITE_PLANS[target.site];
  if (!plan) return { pageUrl: target.url, data: [] };
  return { pageUrl: plan.pageUrl(target), data: plan.data(target) };
}

/** JD's price service: `[{ "id": "J_100038004353", "p": "299.00", "op": "499.00" }]`; "-1.00" means off sale. */
export function jdPriceRequest(skuId: string): DataRequest {
  return {
    url: `https://p.3.cn/prices/mgets?skuIds=J_${encodeURIComponent(skuId)}`,
    apply(snapshot, body) {
      const entry = parseJdPrices(body).find((e) => e.id === `J_${skuId}`);
      if (!entry) {
        snapshot.warnings.push(`JD price service did not answer for SKU ${skuId}`);
        return;
      }
      const price = positiveAmount(entry.p);
      const listPrice = positiveAmount(entry.op);
      if (price === null) {
        snapshot.warnings.push(`JD price service gave no price for SKU ${skuId} (${String(entry.p)})`);
        return;
      }
      const sku = snapshot.skus.find((s) => s.skuId === skuId);
      if (sku) sku.price = price;
      // The page is the SKU's own page, so its price is the page price.
      snapshot.price = price;
      if (snapshot.listPrice === null && listPrice !== null && listPrice > price) snapshot.listPrice = listPrice;
    },
  };
}

function parseJdPrices(body: string): Array<{ id?: unknown; p?: unknown; op?: unknown }> {
  try {
    const parsed: unknown = JSON.parse(body.trim().replace(/^[\w$.]+\((.*)\);?$/s, '$1'));
    return Array.isArray(parsed) ? parsed.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null) : [];
  } catch {
    return [];
  }
}

function positiveAmount(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}
