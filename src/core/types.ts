/**
 * The contracts every part relies on: the product snapshot adapters produce (docs/contracts.md)
 * and the trap verdicts the rules return (docs/contracts.md). Pure types, no runtime code.
 */

export type Site = 'jd' | 'taobao' | 'tmall' | 'pinduoduo' | 'schema-org';

export const SITES: readonly Site[] = ['jd', 'taobao', 'tmall', 'pinduoduo', 'schema-org'];

export type Category = 'food' | 'cosmetics' | 'apparel' | 'shoes' | 'electronics' | 'other';

export interface Sku {
  skuId: string;
  /** e.g. { 颜色: '黑色', 尺码: 'M' } */
  props: Record<string, string>;
  /** The raw size label, if a size dimension exists. */
  size: string | null;
  price: number | null;
  stock: number | null;
  available: boolean;
}

export interface ShelfLife {
  value: number;
  unit: 'day' | 'month' | 'year';
}

export interface Expiry {
  shelfLife?: ShelfLife;
  /** YYYY-MM-DD or YYYY-MM, precision as written on the page. */
  producedFrom?: string;
  producedTo?: string;
  expiresOn?: string;
}

export type Offer =
  | { kind: 'threshold'; threshold: number; discount: number; repeat: boolean }
  | { kind: 'coupon'; amount: number; threshold: number | null }
  | { kind: 'percent'; minQuantity: number; percentOff: number };

export interface PageSignals {
  /** "仅剩3件", "库存紧张" */
  lowStockText: string | null;
  /** "价格24小时后恢复", "距结束 05:12:33" */
  countdownText: string | null;
  returnPolicy: '7day' | 'no-7day' | null;
  /** 瑕疵, 残次, 不退不换, 清仓 ... */
  defectWords: string[];
  /** "87%的用户换购了" */
  socialProofText: string | null;
  /** 上市时间 */
  releasedOn: string | null;
  /**
   * Dearer items the page pushes as an "upgrade" or 换购 beside the product (issue 17). Absent on
   * snapshots stored before it was read; empty when the page shows none.
   */
  upsellOffers?: UpsellOffer[];
}

/** One recommended upgrade as the page shows it: "同款升级 丝绒口红 ¥239 87%的用户换购了". */
export interface UpsellOffer {
  /** The offer's text as shown, width-normalised and trimmed. */
  text: string;
  /** The price the offer states; an offer with no single price is not kept. */
  price: number;
  /** Pressure tags beside it: 明星同款, 爆款, "87%的用户换购了", "Best seller". */
  tags: string[];
}

export interface ProductSnapshot {
  site: Site;
  itemId: string;
  url: string;
  /** ISO time */
  capturedAt: string;
  title: string | null;
  shop: string | null;
  image: string | null;
  category: Category;
  /** 'CNY' on Chinese sites */
  currency: string;
  /** What the shopper pays now for the selected/cheapest SKU. */
  price: number | null;
  /** Upper end when the page shows a range. */
  priceMax: number | null;
  /** 划线价 / 原价 / 吊牌价 as shown */
  listPrice: number | null;
  /** 券后价 / 到手价 when shown */
  couponPrice: number | null;
  skus: Sku[];
  expiry: Expiry | null;
  offers: Offer[];
  signals: PageSignals;
  /** What could not be read, in words. */
  warnings: string[];
  /**
   * How sure the reading of each field is, when the adapter cross-checked it (issue 11): `high`
   * when independent sources agree, `low` when they disagree or only a weak source gave it (the
   * field may then be null, with both readings in `warnings`). Absent for a field means unchecked.
   */
  confidence?: Partial<Record<SnapshotField, FieldConfidence>>;
}

/**
 * The texts of a product page that are read for meaning (shelf life, category, pressure signals,
 * offers) rather than copied: a content script collects them and the background reads them, so
 * the shop's page pays only for finding them (docs/architecture.md, "Reading a product page").
 */
export interface ProductTexts {
  /** Parameter lines per source ("the parameter list", "the spec table"); the sources are cross-checked. */
  expiry: Array<{ source: string; lines: string[] }>;
  /** The page's category names, most general first, and its breadcrumbs. */
  categoryPath: string[];
  breadcrumbs: string[];
  /** The regions read for low-stock and countdown claims, return policy, defect words and upsells. */
  signalText: string;
  /** Where coupons and 满减 are written; null: the same as `signalText`. */
  offerText: string | null;
}

/** A product page as a content script reads it: the snapshot, and the texts the background interprets into it. */
export interface ProductReading {
  snapshot: ProductSnapshot;
  /** Null when the page gave nothing to interpret (no product data found). */
  texts: ProductTexts | null;
}

/** The snapshot fields a rule can depend on, and whose reading the adapters rate. */
export type SnapshotField = 'price' | 'listPrice' | 'couponPrice' | 'skus' | 'expiry' | 'offers' | 'signals' | 'title' | 'category';

export type FieldConfidence = 'high' | 'low';

/**
 * A rule that could not judge: a field it needs is missing or uncertain, or there is too little
 * history. Shown as one quiet line ("not enough data"), never as a trap, never counted in the
 * verdict or the badge.
 */
export interface Undetermined {
  id: TrapId;
  /** Shopper-facing, in the UI language: what is missing and why. */
  reason: string;
  /** The snapshot fields that were missing or uncertain (empty when it was history that lacked). */
  fields: SnapshotField[];
}

export type TrapId =
  | 'near-expiry'
  | 'expiry-unknown'
  | 'size-run'
  | 'same-as-promo-price'
  | 'above-promo-price'
  | 'below-promo-price'
  | 'weak-discount'
  | 'inflated-list-price'
  | 'fake-scarcity'
  | 'fake-countdown'
  | 'no-returns'
  | 'defect-goods'
  | 'hoarding'
  | 'threshold-filler'
  | 'old-model'
  | 'social-proof'
  | 'upsell-pressure'
  | 'price-protect';

export type Severity = 'danger' | 'warn' | 'info' | 'good';

export interface Trap {
  id: TrapId;
  severity: Severity;
  title: string;
  detail: string;
  /** The numbers that made the rule fire. No evidence, no trap. */
  evidence: Record<string, number | string>;
}

/** Where the promo calendar stands at a moment (docs/contracts.md). */
export type PromoPhase = 'pre-sale' | 'main' | 'platform-fanchang' | 'store-fanchang' | 'none';

export type VerdictKind = 'buy-now' | 'fine-to-wait' | 'skip';

/** The overall call on a product page, with its reasons and the 返场 timing. */
export interface Verdict {
  verdict: VerdictKind;
  /** Shopper-facing label of the verdict. */
  label: string;
  /** The traps that decided it, as their titles (or why nothing did). */
  reasons: string[];
  /** Where the calendar stands, with the 返场 timing advice; null outside every event. */
  timing: { phase: PromoPhase; event: string; day?: number; advice: string } | null;
}

export function emptySignals(): PageSignals {
  return {
    lowStockText: null,
    countdownText: null,
    returnPolicy: null,
    defectWords: [],
    socialProofText: null,
    releasedOn: null,
    upsellOffers: [],
  };
}
