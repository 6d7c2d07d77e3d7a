import { emptySignals, type ProductSnapshot, type Sku } from '../../src/core/types';
import type { PricePoint, ProductView } from '../../src/core/views';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { judgeSnapshot } from '../../src/traps/judge';
import type { Lang } from '../../src/ui/i18n';
import type { Verdict } from '../../src/ui/verdict';

/** JD 双11 2025 ended 14 Nov; the 15th is platform 返场 day 1. */
export const NOW = new Date('2025-11-15T10:00:00+08:00');

export function sku(skuId: string, size: string, stock: number, colour = '黑色', price = 299): Sku {
  return { skuId, props: { 颜色: colour, 尺码: size }, size, price, stock, available: stock > 0 };
}

/** The shopper's guide's hoodie: 299 during 双11, list 499, re-run at 299 with M and L gone. */
export function hoodieSnapshot(overrides: Partial<ProductSnapshot> = {}): ProductSnapshot {
  return {
    site: 'jd',
    itemId: '100038004353',
    url: 'https://item.jd.com/100038004353.html',
    capturedAt: NOW.toISOString(),
    title: '连帽加绒卫衣男 冬季宽松潮牌 双11返场补货',
    shop: '城市轻装旗舰店',
    image: null,
    category: 'apparel',
    currency: 'CNY',
    price: 299,
    priceMax: null,
    listPrice: 499,
    couponPrice: null,
    skus: [sku('s4', 'XXL', 7), sku('s1', 'S', 12), sku('s3', 'L', 0), sku('s2', 'M', 0)],
    expiry: null,
    offers: [],
    signals: emptySignals(),
    warnings: [],
    ...overrides,
  };
}

export const HOODIE_HISTORY: PricePoint[] = [
  { at: '2025-09-20T12:00:00+08:00', lastSeenAt: '2025-10-05T12:00:00+08:00', price: 399, listPrice: 499 },
  { at: '2025-10-10T09:00:00+08:00', lastSeenAt: '2025-11-11T22:00:00+08:00', price: 299, listPrice: 499 },
  { at: '2025-11-15T10:00:00+08:00', lastSeenAt: '2025-11-15T10:00:00+08:00', price: 299, listPrice: 499 },
];

/** The view and verdict the background would send, judged by the real rules. */
export function hoodieView(lang: Lang = 'zh', sizes: Record<string, string> = { top: 'M' }): { view: ProductView; verdict: Verdict } {
  const snapshot = hoodieSnapshot();
  const history = HOODIE_HISTORY.flatMap((p) => [
    { at: p.at, price: p.price!, listPrice: p.listPrice! },
    { at: p.lastSeenAt, price: p.price!, listPrice: p.listPrice! },
  ]);
  const judged = judgeSnapshot(snapshot, { now: NOW, history, profile: { sizes }, events: DEFAULT_PROMO_EVENTS, lang });
  return {
    view: {
      snapshot,
      firstSeenAt: HOODIE_HISTORY[0]!.at,
      history: HOODIE_HISTORY,
      traps: judged.traps,
      undetermined: judged.undetermined,
      verdict: judged.verdict,
    },
    verdict: judged.verdict,
  };
}
