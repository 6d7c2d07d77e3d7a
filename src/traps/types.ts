import type { ProductSnapshot, SnapshotField, Trap, TrapId, Undetermined } from '../core/types';
import type { SizeHint } from '../parse';
import type { CartAdd, PhaseAt, PriceObservation, PromoEvent } from '../promo';
import type { Thresholds, ThresholdOverrides } from './thresholds';

export type Lang = 'zh' | 'en';

/** The shopper's profile (docs/contracts.md, P.json). */
export interface ShopperProfile {
  sizes: Partial<Record<SizeHint, string>>;
  thresholds?: ThresholdOverrides;
}

/** Another product the shopper tracks in the cart: candidates to reach a 满减 threshold. */
export interface TrackedCartItem {
  /** productKey(): 'jd:100012043978' */
  key: string;
  title: string;
  price: number;
  quantity: number;
}

/**
 * A shop's social-proof claim seen on some product page earlier (issue 17): the background keeps
 * what each visit claimed, so the same figure on unrelated products can be recognised.
 */
export interface ClaimSighting {
  /** productKey(): 'jd:100012043978' */
  productKey: string;
  shop?: string | null;
  /** The phrase as shown: "87%的用户换购了". */
  text: string;
  /** About the product itself, or about an item it recommended; 'product' when not said. */
  where?: 'product' | 'recommended';
  at: string;
}

/** Everything the rules judge a page with. */
export interface TrapContext {
  snapshot: ProductSnapshot;
  now: Date;
  /** Earlier visits to this product (docs/contracts.md, H.json). */
  history: readonly PriceObservation[];
  /** This product's cart adds during promos (docs/contracts.md, C.json). */
  cartAdds: readonly CartAdd[];
  profile: ShopperProfile;
  /** The promo calendar (defaults merged with the shopper's events). */
  events: readonly PromoEvent[];
  cartItems: readonly TrackedCartItem[];
  /** Social-proof claims seen on this and other products; none when not given. */
  claimSightings?: readonly ClaimSighting[];
  /** Language of titles and details; Chinese by default. */
  lang?: Lang;
}

/** A context with what every rule needs worked out once. */
export interface RuleInput extends TrapContext {
  lang: Lang;
  thresholds: Thresholds;
  /** The calendar events that apply to this site. */
  siteEvents: PromoEvent[];
  /** The promo phase at `now`. */
  phase: PhaseAt;
  /** The SKU the shopper put in the cart, when the cart says which. */
  focusSkuId: string | undefined;
  /** What that SKU costs now (else the page's price); null when the page shows no price for it. */
  currentPrice: number | null;
}

/** A rule gives a trap, says it could not judge (Undetermined), or has nothing to say. */
export type Rule = (input: RuleInput) => Trap | Undetermined | null;

/**
 * A rule with the snapshot fields its judgement stands on: when the adapter rated one of them
 * `low`, a trap the rule gives turns into an Undetermined (right or silent).
 */
export interface RuleEntry {
  /** The trap id shown for the rule when it cannot judge. */
  id: TrapId;
  needs: readonly SnapshotField[];
  judge: Rule;
}
