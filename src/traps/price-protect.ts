import { claimOf, protectWindowOf, PROTECT_RULES, type Claim, type ProtectWindow } from '../protect';
import { money, say } from './text';
import { trap } from './trap';
import type { PurchaseInput, Rule, RuleInput } from './types';

/** What the purchased SKU costs now; none when the page does not list it or it is sold out. */
function priceNowOf({ snapshot }: RuleInput, purchase: PurchaseInput): number | null {
  if (purchase.skuId === undefined || snapshot.skus.length === 0) return snapshot.price;
  const sku = snapshot.skus.find((s) => s.skuId === purchase.skuId);
  if (!sku || !sku.available || sku.stock === 0) return null;
  return sku.price ?? (snapshot.skus.length === 1 ? snapshot.price : null);
}

/**
 * 价保: a purchase of this product inside its price-protection window (the shopper's own window
 * for the shop, else the platform's sourced rule) now sells below the price paid. Good news, with
 * the amount to claim; silent when no window applies or the price cannot be told.
 */
export const priceProtect: Rule = (input) => {
  const { snapshot, now, lang, purchases = [], protectWindows = [] } = input;
  const site = snapshot.site;
  // schema.org shops share no price-protection scheme.
  if (site === 'schema-org') return null;
  let best: { purchase: PurchaseInput; claim: Claim; window: ProtectWindow } | null = null;
  for (const purchase of purchases) {
    const found = protectWindowOf(
      { site, shop: purchase.shop ?? snapshot.shop, orderedAt: purchase.boughtAt },
      PROTECT_RULES,
      protectWindows,
    );
    if (!found.ok) continue;
    const claim = claimOf(
      { unitPrice: purchase.price, quantity: purchase.quantity ?? 1, orderedAt: purchase.boughtAt },
      priceNowOf(input, purchase),
      found.window,
      now,
    );
    if (claim && (!best || claim.amount > best.claim.amount)) best = { purchase, claim, window: found.window };
  }
  if (!best) return null;
  const { claim, window, purchase } = best;
  const c = snapshot.currency;
  const endDay = window.endsAt.slice(0, 10);
  const bought = purchase.boughtAt.slice(0, 10);
  return trap(
    'price-protect',
    'good',
    say(lang, `可申请价保，退 ${money(claim.amount, c)}`, `Price protection: claim ${money(claim.amount, c)}`),
    say(
      lang,
      `你在 ${bought} 以 ${money(claim.paid, c)} 买入${claim.quantity > 1 ? ` ${claim.quantity} 件` : ''}，现价 ${money(claim.priceNow, c)}；${window.ruleName}${window.estimated ? '（估计）' : ''}，截止 ${endDay}。`,
      `You bought ${claim.quantity > 1 ? `${claim.quantity} ` : ''}at ${money(claim.paid, c)} on ${bought}; it is ${money(claim.priceNow, c)} now. ${window.ruleNameEn}${window.estimated ? ' (estimated)' : ''}, ends ${endDay}.`,
    ),
    {
      paidPrice: claim.paid,
      boughtAt: purchase.boughtAt,
      priceNow: claim.priceNow,
      boughtQuantity: claim.quantity,
      claimAmount: claim.amount,
      protectionEnd: window.endsAt,
      rule: window.ruleId,
      source: window.source,
      estimated: window.estimated ? 'yes' : 'no',
    },
  );
};
