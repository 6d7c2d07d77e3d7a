import type { SnapshotField, Trap, Undetermined } from '../core/types';
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
import type { RuleEntry, RuleInput, TrapContext } from './types';
import { isUndetermined, unreadFields } from './undetermined';
import { upsellPressure } from './upsell-pressure';
import { weakDiscount } from './weak-discount';

/**
 * Every rule with the fields it stands on, in the order their traps are listed (the most serious
 * kinds of trap first).
 */
export const RULES: readonly RuleEntry[] = [
  { id: 'near-expiry', needs: ['expiry', 'category'], judge: nearExpiry },
  { id: 'expiry-unknown', needs: ['category', 'expiry'], judge: expiryUnknown },
  { id: 'defect-goods', needs: ['signals'], judge: defectGoods },
  { id: 'size-run', needs: ['skus', 'category'], judge: sizeRun },
  { id: 'no-returns', needs: ['signals'], judge: noReturns },
  { id: 'same-as-promo-price', needs: ['price'], judge: promoPrice },
  { id: 'weak-discount', needs: ['price', 'listPrice'], judge: weakDiscount },
  { id: 'inflated-list-price', needs: ['price', 'listPrice'], judge: inflatedListPrice },
  { id: 'fake-scarcity', needs: ['signals', 'skus'], judge: fakeScarcity },
  { id: 'fake-countdown', needs: ['signals'], judge: fakeCountdown },
  { id: 'social-proof', needs: ['signals'], judge: socialProof },
  { id: 'upsell-pressure', needs: ['signals', 'category'], judge: upsellPressure },
  { id: 'hoarding', needs: ['category'], judge: hoarding },
  { id: 'old-model', needs: ['category', 'signals'], judge: oldModel },
  { id: 'threshold-filler', needs: ['price', 'offers'], judge: thresholdFiller },
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

export interface RuleOutcomes {
  traps: Trap[];
  /** Rules that could not judge, each once. */
  undetermined: Undetermined[];
}

/** The needed fields the adapter could not read confidently. */
function uncertainFields(input: RuleInput, needs: readonly SnapshotField[]): SnapshotField[] {
  const confidence = input.snapshot.confidence ?? {};
  return needs.filter((f) => confidence[f] === 'low');
}

/**
 * Runs every rule. A trap standing on a field read with low confidence becomes "not enough data";
 * a trap without evidence is dropped: no evidence, no trap.
 */
export function runRules(input: RuleInput): RuleOutcomes {
  const traps: Trap[] = [];
  const undetermined: Undetermined[] = [];
  for (const { id, needs, judge } of RULES) {
    const outcome = judge(input);
    if (outcome === null) continue;
    if (isUndetermined(outcome)) {
      if (!undetermined.some((u) => u.id === outcome.id)) undetermined.push(outcome);
      continue;
    }
    const uncertain = uncertainFields(input, needs);
    if (uncertain.length > 0) {
      if (!undetermined.some((u) => u.id === id)) undetermined.push(unreadFields(id, input.lang, uncertain, 'uncertain'));
    } else if (Object.keys(outcome.evidence).length > 0) traps.push(outcome);
  }
  return { traps, undetermined };
}

export function evaluateTraps(ctx: TrapContext): Trap[] {
  return runRules(prepareRuleInput(ctx)).traps;
}

export { DEFAULT_THRESHOLDS, resolveThresholds, type Thresholds, type ThresholdOverrides } from './thresholds';
export { decideVerdict, type Verdict, type VerdictKind } from './verdict';
export type { ClaimSighting, Lang, Rule, RuleEntry, RuleInput, ShopperProfile, TrackedCartItem, TrapContext } from './types';
