/**
 * The background's side of the price-protection messages (src/messaging/protect-messages.ts).
 * Order lines come from content scripts on the platforms' order pages and the popup's form, so
 * each is checked before it touches the store: ids are digits, prices finite, orders not in the future.
 */
import * as v from 'valibot';
import { chinaTimeToIso } from '../../adapters/order-lines';
import type { OrderSite, PurchaseLine } from '../../adapters/types';
import type { AddPurchaseInput, PurchaseList, PurchaseResult, PurchaseView } from '../../messaging/protect-messages';
import { IsoInstantSchema } from '../../promo';
import { roundFen } from '../../protect';
import {
  closePurchase,
  getPurchase,
  listPurchases,
  purchasesOfProduct,
  recordPurchases,
  type Purchase,
  type ProductRow,
} from '../../store';
import { checkPlanFor } from '../watch/site-checks';
import type { WatchContext } from '../watch/context';
import { standingOf } from './judge';

const ORDER_SITES = ['jd', 'taobao', 'tmall', 'pinduoduo'] as const;
const digits = v.pipe(v.string(), v.regex(/^\d{1,30}$/, 'expected digits'));
const money = v.pipe(v.number(), v.finite(), v.minValue(0.01, 'a price above 0'), v.maxValue(10_000_000));
const quantity = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999));
/** An order is never later than the moment it is read (a minute's grace for clock skew). */
const FUTURE_GRACE_MS = 60_000;

const LineSchema = v.strictObject({
  site: v.picklist(ORDER_SITES),
  itemId: digits,
  skuId: v.nullable(digits),
  unitPrice: v.nullable(money),
  quantity,
  orderedAt: IsoInstantSchema,
  shop: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  orderRef: v.nullable(v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/))),
});
const ImportSchema = v.strictObject({ lines: v.pipe(v.array(LineSchema), v.minLength(1), v.maxLength(500)) });
const AddSchema = v.strictObject({
  productKey: v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
  skuId: v.optional(v.nullable(digits)),
  unitPrice: money,
  quantity,
  orderedAt: v.pipe(v.string(), v.maxLength(40)),
});
const CloseSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  status: v.picklist(['claimed', 'dismissed']),
  amount: v.optional(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000)))),
});

const issues = (r: { issues: ReadonlyArray<{ message: string }> }) => r.issues.map((i) => i.message).join('; ');

function viewOf(
  purchase: Purchase,
  product: ProductRow | undefined,
  ctxNow: Date,
  overrides: Parameters<typeof standingOf>[2],
): PurchaseView {
  const standing = standingOf(purchase, product?.snapshot, overrides, ctxNow);
  const w = standing.window;
  return {
    id: purchase.id,
    productKey: purchase.productKey,
    site: purchase.site,
    itemId: purchase.itemId,
    skuId: purchase.skuId,
    title: product?.title ?? null,
    image: product?.snapshot.image ?? null,
    unitPrice: purchase.unitPrice,
    quantity: purchase.quantity,
    orderedAt: purchase.orderedAt,
    shop: purchase.shop,
    source: purchase.source,
    status: purchase.status,
    claimedAmount: purchase.claimedAmount,
    closedAt: purchase.closedAt,
    window: w
      ? { endsAt: w.endsAt, days: w.days, ruleName: w.ruleName, ruleNameEn: w.ruleNameEn, source: w.source, estimated: w.estimated }
      : null,
    noWindow: standing.noWindow,
    priceNow: standing.priceNow,
    claimAmount: standing.claim?.amount ?? null,
    claimUrl: standing.claimUrl,
    productUrl:
      checkPlanFor({ site: purchase.site, itemId: purchase.itemId, skuId: purchase.skuId, url: product?.snapshot.url ?? '' }).pageUrl ||
      null,
  };
}

/** Open claims first (largest amount first), then open purchases, then the closed, newest order first. */
function rank(p: PurchaseView): number {
  if (p.claimAmount !== null) return 0;
  return p.status === 'open' ? 1 : 2;
}

export function protectHandlers(ctx: WatchContext, afterChange: () => Promise<void>) {
  async function importOrderPage(raw: { lines: PurchaseLine[] }): Promise<PurchaseResult> {
    const parsed = v.safeParse(ImportSchema, raw);
    if (!parsed.success) return { ok: false, error: issues(parsed) };
    const now = ctx.now();
    const lines = parsed.output.lines.filter((l) => Date.parse(l.orderedAt) <= now.getTime() + FUTURE_GRACE_MS);
    if (lines.length === 0) return { ok: false, error: 'every order is dated in the future' };
    const result = await recordPurchases(ctx.db, lines, 'order-page', now);
    await afterChange();
    return { ok: true, added: result.added, updated: result.updated };
  }

  async function addPurchase(raw: AddPurchaseInput): Promise<PurchaseResult> {
    const parsed = v.safeParse(AddSchema, raw);
    if (!parsed.success) return { ok: false, error: issues(parsed) };
    const input = parsed.output;
    const product = await ctx.db.products.get(input.productKey);
    if (!product || !(ORDER_SITES as readonly string[]).includes(product.site))
      return { ok: false, error: 'unknown product: open its page first' };
    // A date alone counts from the start of that day in China, the earlier end of the window.
    const orderedAt = /^\d{4}-\d{2}-\d{2}$/.test(input.orderedAt)
      ? chinaTimeToIso(input.orderedAt)
      : v.is(IsoInstantSchema, input.orderedAt)
        ? new Date(input.orderedAt).toISOString()
        : null;
    const now = ctx.now();
    if (!orderedAt || Date.parse(orderedAt) > now.getTime() + FUTURE_GRACE_MS)
      return { ok: false, error: 'the purchase date is not a past date' };
    const skuId = input.skuId ?? null;
    if (skuId !== null && product.snapshot.skus.length > 0 && !product.snapshot.skus.some((s) => s.skuId === skuId))
      return { ok: false, error: 'the product has no such SKU' };
    const line: PurchaseLine = {
      site: product.site as OrderSite,
      itemId: product.itemId,
      skuId,
      unitPrice: input.unitPrice,
      quantity: input.quantity,
      orderedAt,
      shop: product.shop,
      orderRef: null,
    };
    const result = await recordPurchases(ctx.db, [line], 'manual', now);
    await afterChange();
    return { ok: true, added: result.added, updated: result.updated };
  }

  async function list(raw?: { productKey?: string }): Promise<PurchaseList> {
    const key = typeof raw?.productKey === 'string' ? raw.productKey : undefined;
    const purchases = key ? await purchasesOfProduct(ctx.db, key) : await listPurchases(ctx.db);
    const rows = await ctx.db.products.bulkGet([...new Set(purchases.map((p) => p.productKey))]);
    const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
    const overrides = await ctx.protectWindows();
    const now = ctx.now();
    const views = purchases
      .map((p) => viewOf(p, products.get(p.productKey), now, overrides))
      .sort(
        (a, b) => rank(a) - rank(b) || (b.claimAmount ?? 0) - (a.claimAmount ?? 0) || Date.parse(b.orderedAt) - Date.parse(a.orderedAt),
      );
    const totalRecovered = roundFen(purchases.reduce((sum, p) => sum + (p.status === 'claimed' ? (p.claimedAmount ?? 0) : 0), 0));
    return { purchases: views, totalRecovered };
  }

  async function close(raw: { id: number; status: 'claimed' | 'dismissed'; amount?: number | null }): Promise<{ ok: boolean }> {
    const parsed = v.safeParse(CloseSchema, raw);
    if (!parsed.success) return { ok: false };
    const purchase = await getPurchase(ctx.db, parsed.output.id);
    if (!purchase) return { ok: false };
    let amount = parsed.output.amount ?? null;
    if (parsed.output.status === 'claimed' && amount === null) {
      // "I claimed it" without a figure records the amount the extension computed.
      const product = await ctx.db.products.get(purchase.productKey);
      amount = standingOf(purchase, product?.snapshot, await ctx.protectWindows(), ctx.now()).claim?.amount ?? null;
    }
    const ok = await closePurchase(ctx.db, purchase.id, parsed.output.status, amount, ctx.now());
    await afterChange();
    return { ok };
  }

  return { importOrderPage, addPurchase, listPurchases: list, closePurchase: close };
}
