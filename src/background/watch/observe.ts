/**
 * The shopper's own visits count as checks. A snapshot of a watched page updates its watches (and
 * may alert), a clean read of a paused host lifts the pause, and a promo cart item whose size sold
 * out or whose price rose above its cart price gets a watch of its own.
 */
import { productKey } from '../../core/product-key';
import type { ProductSnapshot } from '../../core/types';
import { addWatch, listWatches, updateWatch, type CartItemRow, type ProductRow, type Watch } from '../../store';
import { applyReading, pageUrlOf } from './checker';
import type { WatchContext } from './context';
import { promoEventOfAdd } from './fanchang';
import { resumeHost } from './handlers';
import { jitteredPeriodMs } from './schedule';
import { hostBook, progressBook } from './state-items';
import { readWatched } from './watched-state';
import type { WatchKind } from '../../core/watch-kind';

const PRICE_EPSILON = 0.005;

/**
 * Watches a snapshot speaks for: those of its product, and on sites with a page per SKU (JD) those
 * of any product whose watched SKU the page lists.
 */
function watchesSeenIn(watches: Watch[], snapshot: ProductSnapshot): Watch[] {
  const key = productKey(snapshot);
  const skuIds = new Set(snapshot.skus.map((s) => s.skuId));
  return watches.filter(
    (w) =>
      w.status === 'active' &&
      (w.productKey === key || (w.productKey.startsWith(`${snapshot.site}:`) && w.skuId !== null && skuIds.has(w.skuId))),
  );
}

/**
 * A page that read as a product, not a wall the content script happened to run on (a wall page has
 * a title too, so only a price or the SKU list counts).
 */
function readAsProduct(snapshot: ProductSnapshot): boolean {
  return snapshot.price !== null || snapshot.skus.length > 0;
}

export async function observeSnapshot(ctx: WatchContext, snapshot: ProductSnapshot): Promise<void> {
  let host: string;
  try {
    host = new URL(snapshot.url).hostname;
  } catch {
    return;
  }
  if ((await hostBook.get(host))?.blocked && readAsProduct(snapshot)) await resumeHost(ctx, host);

  const all = await listWatches(ctx.db);
  const seen = watchesSeenIn(all, snapshot);
  if (seen.length > 0) {
    const rows = await ctx.db.products.bulkGet([...new Set(seen.map((w) => w.productKey))]);
    const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
    for (const watch of seen) await applyReading(ctx, watch, snapshot, pageUrlOf(watch, products.get(watch.productKey)));
  }
  await watchCartItems(ctx, snapshot, all);
}

/** What a cart item added during a promo needs watching for, by this reading. */
export function cartItemNeeds(
  item: Pick<CartItemRow, 'skuId' | 'price'>,
  snapshot: ProductSnapshot,
): Array<{ kind: WatchKind; targetPrice: number | null; sizeLabel: string | null }> {
  const reading = readWatched({ skuId: item.skuId, sizeLabel: null }, snapshot);
  const needs: Array<{ kind: WatchKind; targetPrice: number | null; sizeLabel: string | null }> = [];
  if (reading.available === false) needs.push({ kind: 'restock', targetPrice: null, sizeLabel: reading.sizeLabel });
  if (reading.price !== null && item.price !== null && reading.price > item.price + PRICE_EPSILON) {
    needs.push({ kind: 'price', targetPrice: item.price, sizeLabel: reading.sizeLabel });
  }
  return needs;
}

async function watchCartItems(ctx: WatchContext, snapshot: ProductSnapshot, existing: Watch[]): Promise<void> {
  const key = productKey(snapshot);
  const candidates = await ctx.db.cartItems.where('productKey').equals(key).toArray();
  if (candidates.length === 0) return;
  const byId = new Map((await ctx.promoEvents()).map((e) => [e.id, e]));
  const items = candidates.filter((i) => promoEventOfAdd(i, byId) !== null);
  const settings = await ctx.settings();
  const now = ctx.now();
  for (const item of items) {
    for (const need of cartItemNeeds(item, snapshot)) {
      // One watch per thing: a watch the shopper made, or paused, is theirs to keep as it is.
      if (existing.some((w) => w.productKey === key && w.kind === need.kind && w.skuId === item.skuId)) continue;
      const watch = await addWatch(ctx.db, {
        productKey: key,
        kind: need.kind,
        skuId: item.skuId,
        sizeLabel: need.sizeLabel,
        targetPrice: need.targetPrice,
        auto: true,
        createdAt: now.toISOString(),
      });
      existing.push(watch);
      const reading = readWatched(watch, snapshot);
      await progressBook.set(watch, { lastAvailable: reading.available, lastPrice: reading.price, armedAt: snapshot.capturedAt });
      await updateWatch(ctx.db, watch.id, {
        nextCheckAt: new Date(now.getTime() + jitteredPeriodMs(settings.periodMinutes, ctx.random)).toISOString(),
      });
    }
  }
}
