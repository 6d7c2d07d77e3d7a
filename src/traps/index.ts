import type { Trap } from '../core/types';
import { eventsForSite, phaseAt } from '../promo';
import { defectGoods } from './defect-goods';
import { expiryUnknown } from './expiry-unknown';
import { fakeCountdown } from './fake-countdown';
import { fakeScarcity } from './fake-scarcity';
import { hoarding } from './hoarding';
import { inflatedListPrice } from './inflated-list-price';
import { nearExpiry } from './near-expiry';
import { noReturns } from './no-returns';
import { oldModel } from './old-model';
import { promoPrice } from './promo-price';
import { sizeRun } from './size-run';
import { socialProof } from './social-proof';
import { resolveThresholds } from './thresholds';
import { thresholdFiller } from './threshold-filler';
import type { Rule, RuleInput, TrapContext } from './types';
import { upsellPressure } from './upsell-pressure';
import { weakDiscount } from './weak-discount';

/** Every rule, in the order their traps are listed (the most serious kinds of trap first). */
export const RULES: readonly Rule[] = [
  nearExpiry,
  expiryUnknown,
  defectGoods,
  sizeRun,
  noReturns,
  promoPrice,
  weakDiscount,
  inflatedListPrice,
  fakeScarcity,
  fakeCountdown,
  socialProof,
  upsellPressure,
  hoarding,
  oldModel,
  thresholdFiller,
];

/** The SKU the shopper put in the cart most recently, when the cart names one. */
function focusSku(ctx: TrapContext): string | undefined {
  const named = ctx.cartAdds.filter((c) => c.skuId !== undefined).sort((a, b) => Date.parse(b.addedAt) - Date.parse(a.addedAt));
  return named[0]?.skuId;
}

/**
 * What the shopper's SKU costs now. When the page lists SKUs but not the one in the cart, the
 * page price belongs to another SKU, and no price is better than a wrong one.
 */
function currentPriceOf({ snapshot }: TrapContext, focusSkuId: string | undefined): number | null {
  if (focusSkuId === undefined || snapshot.skus.length === 0) return snapshot.price;
  const sku = snapshot.skus.find((s) => s.skuId === focusSkuId);
  if (!sku) return null;
  return sku.price ?? snapshot.price;
}

export function prepareRuleInput(ctx: TrapContext): RuleInput {
  const focusSkuId = focusSku(ctx);
  const siteEvents = eventsForSite(ctx.events, ctx.snapshot.site);
  return {
    ...ctx,
    lang: ctx.lang ?? 'zh',
    thresholds: resolveThresholds(ctx.profile.thresholds),
    siteEvents,
    phase: phaseAt(ctx.now, siteEvents),
    focusSkuId,
    currentPrice: currentPriceOf(ctx, focusSkuId),
  };
}

/** Runs every rule. A trap without evidence is dropped: no evidence, no trap. */
export function runRules(input: RuleInput): Trap[] {
  return RULES.map((rule) => rule(input)).filter((t): t is Trap => t !== null && Object.keys(t.evidence).length > 0);
}

export function evaluateTraps(ctx: TrapContext): Trap[] {
  return runRules(prepareRuleInput(ctx));
}

export { DEFAULT_THRESHOLDS, resolveThresholds, type Thresholds, type ThresholdOverrides } from './thresholds';
export { decideVerdict, type Verdict, type VerdictKind } from './verdict';
export type { ClaimSighting, Lang, Rule, RuleInput, ShopperProfile, TrackedCartItem, TrapContext } from './types';
