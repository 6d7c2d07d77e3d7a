import type { Category } from '../core/types';

/**
 * Every default the rules use, each with where it comes from. "Seed guide" is
 * ../shared/reference/fanchang-guide.txt (电商返场是什么?消费者捡漏 + 商家清库存全指南). The shopper
 * may override any of them in their profile.
 */
export interface Thresholds {
  /** near-expiry: fewer days left than this is flagged. */
  nearExpiryDays: { food: number; cosmetics: number };
  /** The 临期 band: a product whose shelf life is at least `minShelfLifeDays` is 临期 in its last `days` days. */
  lingqiBands: Array<{ minShelfLifeDays: number; days: number }>;
  /** same-as-promo-price: within this many yuan ... */
  samePriceYuan: number;
  /** ... or this fraction of the promo price, whichever is larger. */
  samePriceRatio: number;
  /** weak-discount: a store 返场 price less than this fraction below the list price. */
  weakDiscountRatio: number;
  /** inflated-list-price: how many days before the promotion the 划线价 must have been a real price. */
  priorPriceDays: { cn: number; eu: number };
  /** fake-scarcity: a low-stock message is doubtful when every SKU has more than this in stock. */
  fakeScarcityStock: number;
  /** hoarding: how many months of use are worth stocking up. */
  hoardingMonths: number;
  /** hoarding: units used per month, per category; null where stocking up is not a question of use. */
  monthlyUse: Record<Category, number | null>;
  /** threshold-filler: "nearly reaches" means the gap is at most this fraction of the threshold. */
  fillerGapRatio: number;
  /** threshold-filler: at most this many tracked cart items are combined to cross a threshold. */
  fillerMaxItems: number;
  /** old-model: electronics released more than this many months ago. */
  oldModelMonths: number;
  /** size-run: how many sizes at each end of a run count as "the ends". */
  sizeRunEndSizes: number;
  /** upsell-pressure: an upgrade at most this fraction dearer than the item in the cart. */
  upsellMaxRatio: number;
  /** social-proof: the same exact figure on this many products (this one included) is likely made up. */
  socialProofRepeatProducts: number;
  /** fake-countdown: an "expiring soon" claim with no deadline still shown this many days later never ends. */
  urgencyNeverEndsDays: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  // Seed guide: 零食距过期不足 1 个月, 护肤品不足 3 个月.
  nearExpiryDays: { food: 30, cosmetics: 90 },
  // 北京市工商局《临近保质期限食品销售专区制度》(2012): 保质期 1 年以上 45 天; 6-12 个月 20 天;
  // 90 天-6 个月 15 天; 30-90 天 10 天; 16-30 天 5 天.
  lingqiBands: [
    { minShelfLifeDays: 365, days: 45 },
    { minShelfLifeDays: 180, days: 20 },
    { minShelfLifeDays: 90, days: 15 },
    { minShelfLifeDays: 30, days: 10 },
    { minShelfLifeDays: 16, days: 5 },
  ],
  // Seed guide: 部分商品返场价 = 大促价,无需囤货; "the same" allows for cents and rounding: ¥1 or 1%.
  samePriceYuan: 1,
  samePriceRatio: 0.01,
  // Seed guide: 店铺级返场 价格通常比正价低 10%-30%.
  weakDiscountRatio: 0.1,
  // 《规范促销行为暂行规定》第二十一条: 原价 is the lowest price of the 7 days before the promotion;
  // EU Directive 98/6/EC Art. 6a: the prior price is the lowest of the 30 days before a reduction.
  priorPriceDays: { cn: 7, eu: 30 },
  // Project default: "仅剩N件" counters rarely say more than 10; more than that in every SKU makes the
  // message doubtful (Mathur et al. 2019, Dark Patterns at Scale, on fabricated low-stock messages).
  fakeScarcityStock: 10,
  // Seed guide: 刚需品囤 1-2 个月用量; the upper end.
  hoardingMonths: 2,
  // Project defaults, editable: a pack of food a week; a bottle or jar of a cosmetic a month (the
  // guide's 5 bottles of shampoo lasted over a year); clothes and shoes 1-2 pieces (季末刚需品 适合囤
  // 1-2 件, 非刚需别囤). Electronics and other goods are not used up, so the rule stays silent.
  monthlyUse: { food: 4, cosmetics: 1, apparel: 1, shoes: 1, electronics: null, other: null },
  // Project default: the guide's example is 1 yuan short of 满200减20; within a fifth of the threshold.
  fillerGapRatio: 0.2,
  fillerMaxItems: 3,
  // Seed guide: 家电是老款(如去年的手机型号).
  oldModelMonths: 12,
  // Seed guide: 衣服只剩 XS 码 — the outermost size on each side.
  sizeRunEndSizes: 1,
  // The returns article (../shared/reference/returns-marketing.txt), 规则1 同类商品升级推荐: 筛选同类商品中
  // 价格高于退货商品，但不高于20%的商品, shown with "x%的用户换购了".
  upsellMaxRatio: 0.2,
  // Project default: a shop's claim is its own figure, so the same exact "87%的用户换购了" on three
  // different products is a template, not a count (Mathur et al. 2019, Dark Patterns at Scale, found
  // activity notifications and testimonials generated from fixed or random values). Two could be chance.
  socialProofRepeatProducts: 3,
  // Project default: "即将失效" promises an end within a day or two; still shown three days later, the
  // deadline is not real (the article's 专属优惠即将失效 and 损失提示; Mathur et al. 2019, countdown timers).
  urgencyNeverEndsDays: 3,
};

export type ThresholdOverrides = {
  [K in keyof Thresholds]?: Thresholds[K] extends unknown[]
    ? Thresholds[K]
    : Thresholds[K] extends object
      ? Partial<Thresholds[K]>
      : Thresholds[K];
};

/** The defaults with the shopper's overrides: nested records merge key by key, lists replace. */
export function resolveThresholds(overrides: ThresholdOverrides | undefined): Thresholds {
  if (!overrides) return DEFAULT_THRESHOLDS;
  const merged: Record<string, unknown> = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] =
      base !== null && typeof base === 'object' && !Array.isArray(base) && typeof value === 'object' && !Array.isArray(value)
        ? { ...base, ...value }
        : value;
  }
  return merged as unknown as Thresholds;
}
