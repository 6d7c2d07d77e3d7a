import { eventsBegunBy, observationsForSku, promoPriceOf, type DatedPrice, type PromoEvent } from '../promo';
import type { RuleInput } from './types';

export interface PromoReference {
  /** The event the price was recorded in; null when only the cart says what the promo price was. */
  event: PromoEvent | null;
  price: number;
  reference: 'lowest-seen' | 'cart-add';
  lowestSeen: DatedPrice | null;
  cartAdd: DatedPrice | null;
}

/**
 * The promo price to hold a 返场 price against: from the latest finished event with a price
 * recorded for this SKU. Cart adds are promo-time adds by definition (docs/contracts.md), so when no
 * calendar event covers them their lowest price still serves.
 */
export function findPromoReference({ history, cartAdds, siteEvents, now, focusSkuId }: RuleInput): PromoReference | null {
  const t = now.getTime();
  for (const event of eventsBegunBy(now, siteEvents)) {
    if (Date.parse(event.endAt) >= t) continue;
    const found = promoPriceOf(history, cartAdds, event, focusSkuId);
    if (found.kind === 'known') return { event, ...found };
  }
  const adds = observationsForSku(cartAdds, focusSkuId).filter((c) => Date.parse(c.addedAt) < t && c.price > 0);
  if (adds.length === 0) return null;
  const lowest = adds.reduce((a, b) => (b.price < a.price ? b : a));
  const cartAdd = { price: lowest.price, at: lowest.addedAt };
  return { event: null, price: cartAdd.price, reference: 'cart-add', lowestSeen: null, cartAdd };
}
