/**
 * The promo price a price watch waits for, when the shopper does not name one: the lower of the
 * lowest price seen in the latest promo's main window and the price it went into the cart at.
 */
import { eventsBegunBy, eventsForSite, promoPriceOf, type CartAdd, type PriceObservation, type PromoEvent } from '../../promo';
import { getPriceHistory, type ProductRow, type RadarDatabase } from '../../store';

export async function promoPriceFor(
  db: RadarDatabase,
  product: ProductRow,
  skuId: string | null,
  events: readonly PromoEvent[],
  now: Date,
): Promise<number | null> {
  const history = await getPriceHistory(db, product.key);
  // A run of one price counts at both its ends, so a run that started before the window still counts inside it.
  const observations: PriceObservation[] = history.flatMap((p) =>
    p.price === null ? [] : [{ at: p.at, price: p.price }, { at: p.lastSeenAt, price: p.price }],
  );
  const cartAdds: CartAdd[] = (await db.cartItems.where('productKey').equals(product.key).toArray()).flatMap((c) =>
    c.price === null ? [] : [{ addedAt: c.addedAt, price: c.price, ...(c.skuId ? { skuId: c.skuId } : {}) }],
  );
  for (const event of eventsBegunBy(now, eventsForSite(events, product.snapshot.site))) {
    const found = promoPriceOf(observations, cartAdds, event, skuId ?? undefined);
    if (found.kind === 'known') return found.price;
  }
  return null;
}
