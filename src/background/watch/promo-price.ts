/**
 * The promo price a price watch waits for, when the shopper does not name one: for the latest promo
 * with a known price, the lower of the lowest price seen in its main window and the price the SKU
 * went into the cart at (docs/contracts.md, worked out by the store from the same history the rules get).
 */
import { eventsBegunBy, eventsForSite, type PromoEvent } from '../../promo';
import { promoPriceOfSku, type ProductRow, type RadarDatabase } from '../../store';

export async function promoPriceFor(
  db: RadarDatabase,
  product: ProductRow,
  skuId: string | null,
  events: readonly PromoEvent[],
  now: Date,
): Promise<number | null> {
  for (const event of eventsBegunBy(now, eventsForSite(events, product.site))) {
    const found = await promoPriceOfSku(db, product.key, event, skuId ?? undefined);
    if (found.kind === 'known') return found.price;
  }
  return null;
}
