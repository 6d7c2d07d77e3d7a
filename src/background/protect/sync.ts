/**
 * Keeps one 'protect' watch per product and SKU that has an open purchase inside its window, and
 * none for the others: the watch is what puts the product in the background's rounds of checks.
 */
import { insideWindow, protectWindowOf, PROTECT_RULES } from '../../protect';
import { addWatch, deleteWatch, listWatches, openPurchases, updateWatch } from '../../store';
import type { WatchContext } from '../watch/context';
import { progressBook } from '../watch/state-items';

const keyOf = (productKey: string, skuId: string | null) => `${productKey}\u0000${skuId ?? ''}`;

export async function syncProtectWatches(ctx: WatchContext): Promise<{ added: number; removed: number }> {
  const now = ctx.now();
  const overrides = await ctx.protectWindows();
  const wanted = new Map<string, { productKey: string; skuId: string | null; paid: number }>();
  for (const p of await openPurchases(ctx.db)) {
    if (p.unitPrice === null) continue;
    const found = protectWindowOf(p, PROTECT_RULES, overrides);
    if (!found.ok || !insideWindow(found.window, p.orderedAt, now)) continue;
    const key = keyOf(p.productKey, p.skuId);
    const earlier = wanted.get(key);
    wanted.set(key, { productKey: p.productKey, skuId: p.skuId, paid: Math.max(earlier?.paid ?? 0, p.unitPrice) });
  }
  let added = 0;
  let removed = 0;
  const existing = (await listWatches(ctx.db)).filter((w) => w.kind === 'protect');
  for (const watch of existing) {
    const want = wanted.get(keyOf(watch.productKey, watch.skuId));
    if (want) {
      wanted.delete(keyOf(watch.productKey, watch.skuId));
      if (watch.targetPrice !== want.paid || watch.status !== 'active')
        await updateWatch(ctx.db, watch.id, { targetPrice: want.paid, status: 'active' });
      continue;
    }
    await deleteWatch(ctx.db, watch.id);
    await progressBook.remove(watch.id);
    removed++;
  }
  for (const want of wanted.values()) {
    // Due at once: the first check tells whether the price has already fallen.
    await addWatch(ctx.db, {
      productKey: want.productKey,
      kind: 'protect',
      skuId: want.skuId,
      targetPrice: want.paid,
      auto: true,
      createdAt: now.toISOString(),
    });
    added++;
  }
  return { added, removed };
}
