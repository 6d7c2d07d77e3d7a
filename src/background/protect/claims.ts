/**
 * Claims found by checks. A purchase inside its window has a 'protect' watch, so the watch
 * feature checks its product like any other (politeness, back-off, walls, quiet hours). When the
 * reading puts the SKU below the price paid, the alert names the amount and the deadline and opens
 * the claim page. Each price level of a purchase alerts once (a further drop alerts again, with
 * the larger amount); a claimed or dismissed purchase never alerts.
 */
import type { ProductSnapshot } from '../../core/types';
import { reminderDue } from '../../protect';
import { purchasesOfProduct, openPurchases, recordWatchCheck, type Purchase, type ProductRow, type Watch } from '../../store';
import { raiseAlert } from '../watch/alerts';
import type { WatchContext } from '../watch/context';
import { jitteredPeriodMs } from '../watch/schedule';
import { standingOf, type PurchaseStanding } from './judge';

function sameSku(purchase: Purchase, watch: Pick<Watch, 'skuId'>): boolean {
  return purchase.skuId === watch.skuId;
}

async function alertClaim(
  ctx: WatchContext,
  purchase: Purchase,
  standing: PurchaseStanding,
  title: string | null,
  watchId: number | null,
  reminder: boolean,
): Promise<boolean> {
  const claim = standing.claim!;
  const eventKey = reminder ? `price-protect-reminder:${purchase.id}` : `price-protect:${purchase.id}:${claim.priceNow}`;
  const result = await raiseAlert(ctx, {
    kind: 'price-protect',
    eventKey,
    watchId,
    productKey: purchase.productKey,
    url: standing.claimUrl,
    facts: {
      kind: 'price-protect',
      productTitle: title,
      site: purchase.site,
      amount: claim.amount,
      paid: claim.paid,
      priceNow: claim.priceNow,
      quantity: claim.quantity,
      endsAt: claim.endsAt,
      reminder,
    },
  });
  return result !== 'duplicate';
}

/** A check's reading applied to the purchases behind one 'protect' watch. */
export async function applyProtectReading(ctx: WatchContext, watch: Watch, snapshot: ProductSnapshot): Promise<boolean> {
  const settings = await ctx.settings();
  const now = ctx.now();
  await recordWatchCheck(ctx.db, watch.id, {
    checkedAt: now.toISOString(),
    nextCheckAt: new Date(now.getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random)).toISOString(),
    ok: true,
  });
  const purchases = (await purchasesOfProduct(ctx.db, watch.productKey)).filter((p) => p.status === 'open' && sameSku(p, watch));
  const overrides = await ctx.protectWindows();
  let alerted = false;
  for (const purchase of purchases) {
    const standing = standingOf(purchase, snapshot, overrides, now);
    if (standing.claim && (await alertClaim(ctx, purchase, standing, snapshot.title, watch.id, false))) alerted = true;
  }
  return alerted;
}

/** The last-day reminders for open claims: once per purchase, on the latest reading of its product. */
export async function remindProtectDeadlines(ctx: WatchContext): Promise<number> {
  const purchases = await openPurchases(ctx.db);
  if (purchases.length === 0) return 0;
  const now = ctx.now();
  const overrides = await ctx.protectWindows();
  const rows = await ctx.db.products.bulkGet([...new Set(purchases.map((p) => p.productKey))]);
  const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
  let sent = 0;
  for (const purchase of purchases) {
    const product = products.get(purchase.productKey);
    const standing = standingOf(purchase, product?.snapshot, overrides, now);
    if (!standing.claim || !reminderDue(standing.claim, now)) continue;
    if (await alertClaim(ctx, purchase, standing, product?.title ?? null, null, true)) sent++;
  }
  return sent;
}
