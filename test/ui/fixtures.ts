import { emptySignals, type ProductSnapshot, type Sku } from '../../src/core/types';
import type { PricePoint, ProductView } from '../../src/core/views';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { judgeSnapshot } from '../../src/traps/judge';
import type { Lang } from '../../src/ui/i18n';
import type { Verdict } from '../../src/ui/verdict';
import type { WatchlistItemView } from '../../src/ui/home-types';
import type { PurchaseView } from '../../src/messaging/protect-messages';

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

/** A hoodie carted in 双11 at ¥279, ¥299 now: the carted side of the 返场 view. */
export const CARTED_HOODIE: WatchlistItemView = {
  site: 'jd',
  itemId: '100038004353',
  title: '卫衣',
  shop: null,
  currency: 'CNY',
  promoPrice: 279,
  nowPrice: 299,
  mySize: null,
  trapCount: 0,
};

/** Two face creams bought in 双11 at ¥359, ¥329 now, inside JD's 7-day window: ¥60 to claim. */
export function purchaseView(over: Partial<PurchaseView> = {}): PurchaseView {
  return {
    id: 1,
    productKey: 'jd:100052117832',
    site: 'jd',
    itemId: '100052117832',
    skuId: '100052117832',
    title: '修护保湿面霜 50g',
    image: null,
    unitPrice: 359,
    quantity: 2,
    orderedAt: '2026-11-11T02:00:00.000Z',
    shop: '肌本护肤京东自营旗舰店',
    source: 'order-page',
    status: 'open',
    claimedAmount: null,
    closedAt: null,
    window: {
      endsAt: '2026-11-18T02:00:00.000Z',
      days: 7,
      ruleName: '京东自营价保 7 天',
      ruleNameEn: 'JD 7 days',
      source: 'help.jd.com',
      estimated: true,
    },
    noWindow: null,
    priceNow: 329,
    claimAmount: 60,
    claimUrl: 'https://pcsitepp-fm.jd.com/',
    productUrl: 'https://item.jd.com/100052117832.html',
    ...over,
  };
}
