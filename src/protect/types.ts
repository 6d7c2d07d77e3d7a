import type { OrderSite, PurchaseLine } from '../adapters/types';

export type { OrderSite, PurchaseLine };

/** What a rule's window counts from. Only 'order' can be applied: we never read delivery dates. */
export type WindowAnchor = 'order' | 'delivery';

/** One platform rule for price protection, as data with its source (like the promo calendar). */
export interface ProtectRule {
  id: string;
  site: OrderSite;
  /** Shopper-facing name, Chinese and English. */
  name: string;
  nameEn: string;
  days: number;
  from: WindowAnchor;
  /** The rule applies only to shops whose name matches (e.g. 京东自营); absent: every shop. */
  shopPattern?: RegExp;
  /** How the platform counts coupons and 满减 in the paid price, as the source says (or null). */
  paidPriceNote: string | null;
  /** Where the claim is made. */
  claimUrl: string | null;
  source: string;
  /** True when the number is read from a secondary summary or derived, not the platform's own text. */
  estimated: boolean;
}

/** A window the shopper set for one shop, which wins over the platform's rule. */
export interface ShopWindowOverride {
  site: OrderSite;
  shop: string;
  days: number;
}

/** The window a purchase is protected in, with the rule that set it. */
export interface ProtectWindow {
  endsAt: string;
  days: number;
  ruleId: string;
  ruleName: string;
  ruleNameEn: string;
  source: string;
  estimated: boolean;
  claimUrl: string | null;
}
