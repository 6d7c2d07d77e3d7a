import { prepromoLowOf, promoPriceOf, type PriorLow, type PromoEvent, type PromoPrice } from '../promo';
import { cartAddsOf } from './cart';
import type { RadarDatabase } from './db';
import { historyForRules } from './history';

/**
 * The promo price of a SKU for an event (docs/contracts.md): the lowest price seen in the main window
 * and the lowest cart-add price during the promo, worked out by src/promo from the same H.json and
 * C.json inputs the rules get. `skuId` undefined asks about the product as a whole.
 */
export async function promoPriceOfSku(db: RadarDatabase, key: string, event: PromoEvent, skuId?: string): Promise<PromoPrice> {
  const [history, cartAdds] = await Promise.all([historyForRules(db, key), cartAddsOf(db, key)]);
  return promoPriceOf(history, cartAdds, event, skuId);
}

/** The lowest price in the `days` (default 7) days before the event began: the 划线价 rule's reference. */
export async function prepromoLowOfSku(db: RadarDatabase, key: string, event: PromoEvent, skuId?: string, days = 7): Promise<PriorLow> {
  return prepromoLowOf(await historyForRules(db, key), event, days, skuId);
}
