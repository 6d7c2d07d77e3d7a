/**
 * "返场 started" alerts for what went into the cart during a promo: when the event's platform or
 * store 返场 window opens, each such cart item gets one alert with its cart price and today's price.
 */
import { phaseOfEvent, platformFanchangWindow, storeFanchangWindow, type PromoEvent } from '../../promo';
import type { CartItemRow, ProductRow } from '../../store';
import { raiseAlert } from './alerts';
import { pageUrlOf } from './checker';
import type { WatchContext } from './context';
import { readWatched } from './watched-state';

export type FanchangPhase = 'platform-fanchang' | 'store-fanchang';

export interface FanchangDue {
  item: Pick<CartItemRow, 'productKey' | 'skuId' | 'price'>;
  event: PromoEvent;
  phase: FanchangPhase;
  day: number | null;
  eventKey: string;
}

/**
 * The event a cart item went in during the sale itself (pre-sale or main). The store tags adds made
 * during an event's 返场 with that event too; those are not waiting for a 返场 to begin.
 */
export function promoEventOfAdd(
  item: Pick<CartItemRow, 'promoEventId' | 'addedAt'>,
  byId: ReadonlyMap<string, PromoEvent>,
): PromoEvent | null {
  const event = item.promoEventId ? byId.get(item.promoEventId) : undefined;
  return event && Date.parse(item.addedAt) <= Date.parse(event.endAt) ? event : null;
}

/**
 * Cart items whose event is in a 返场 window at `now`, one per product and SKU (the lowest cart
 * price when it was added more than once). The key names event, window and SKU: each window opens once.
 */
export function fanchangDue(items: readonly CartItemRow[], events: readonly PromoEvent[], now: Date): FanchangDue[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const due = new Map<string, FanchangDue>();
  for (const item of items) {
    const event = promoEventOfAdd(item, byId);
    if (!event) continue;
    const found = phaseOfEvent(now, event);
    if (found?.phase !== 'platform-fanchang' && found?.phase !== 'store-fanchang') continue;
    const eventKey = `fanchang:${event.id}:${found.phase}:${item.productKey}:${item.skuId ?? ''}`;
    const earlier = due.get(eventKey);
    if (earlier && (earlier.item.price ?? Infinity) <= (item.price ?? Infinity)) continue;
    due.set(eventKey, { item, event, phase: found.phase, day: found.day ?? null, eventKey });
  }
  return [...due.values()];
}

/** When the next 返场 window of a cart item's event opens after `now`, or null when none is ahead. */
export function nextFanchangStart(items: readonly CartItemRow[], events: readonly PromoEvent[], now: Date): number | null {
  const byId = new Map(events.map((e) => [e.id, e]));
  let next: number | null = null;
  const pending = new Set(items.map((i) => promoEventOfAdd(i, byId)).filter((e): e is PromoEvent => e !== null));
  for (const event of pending) {
    // Platform 返场 begins just after the event's last second (phaseOfEvent counts that second as the sale).
    for (const start of [platformFanchangWindow(event).start.getTime() + 1000, storeFanchangWindow(event).start.getTime()]) {
      if (start > now.getTime() && (next === null || start < next)) next = start;
    }
  }
  return next;
}

export async function promoCartItems(ctx: WatchContext): Promise<CartItemRow[]> {
  return ctx.db.cartItems.filter((i) => i.promoEventId !== null).toArray();
}

/** Raises the 返场 alerts that are due; the notification log keeps each to once. */
export async function alertFanchang(ctx: WatchContext): Promise<number> {
  const items = await promoCartItems(ctx);
  if (items.length === 0) return 0;
  const due = fanchangDue(items, await ctx.promoEvents(), ctx.now());
  const rows = await ctx.db.products.bulkGet([...new Set(due.map((d) => d.item.productKey))]);
  const products = new Map(rows.filter((r): r is ProductRow => r !== undefined).map((r) => [r.key, r]));
  let raised = 0;
  for (const d of due) {
    const product = products.get(d.item.productKey);
    const reading = product ? readWatched({ skuId: d.item.skuId, sizeLabel: null }, product.snapshot) : null;
    const result = await raiseAlert(ctx, {
      kind: 'fanchang',
      eventKey: d.eventKey,
      watchId: null,
      productKey: d.item.productKey,
      url: pageUrlOf({ productKey: d.item.productKey, skuId: d.item.skuId }, product),
      facts: {
        kind: 'fanchang',
        productTitle: product?.title ?? null,
        currency: product?.snapshot.currency ?? 'CNY',
        sizeLabel: reading?.sizeLabel ?? null,
        eventName: d.event.name,
        eventNameEn: d.event.nameEn,
        phase: d.phase,
        day: d.day,
        cartPrice: d.item.price,
        priceNow: reading?.price ?? null,
      },
    });
    if (result !== 'duplicate') raised++;
  }
  return raised;
}
