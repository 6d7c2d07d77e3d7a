import type { Lang } from '../../core/lang';
import type { Trap } from '../../core/types';
import type { PricePoint } from '../../core/views';
import type { Site } from '../../core/types';
import type { PromoEvent } from '../../promo';
import { referencePrices } from '../chart/chart-model';

const PROMO_TRAPS = new Set<Trap['id']>(['same-as-promo-price', 'above-promo-price', 'below-promo-price']);

function numberIn(trap: Trap | undefined, key: string): number | null {
  const value = trap?.evidence[key];
  return typeof value === 'number' ? value : null;
}

/**
 * The promo price, the 7-day pre-promo low and the cart-add price the chart draws. The rules' own numbers win (they
 * know the cart-add price); the history alone gives them when no rule fired.
 */
export function chartReferences(
  traps: readonly Trap[],
  history: readonly PricePoint[],
  site: Site,
  events: readonly PromoEvent[],
  now: Date,
): { promoPrice: number | null; prepromoLow: number | null; cartPrice: number | null } {
  const fromHistory = referencePrices(history, site, events, now);
  const promoTrap = traps.find((t) => PROMO_TRAPS.has(t.id));
  const listTrap = traps.find((t) => t.id === 'inflated-list-price');
  return {
    promoPrice: numberIn(promoTrap, 'promoPrice') ?? fromHistory.promoPrice,
    prepromoLow: numberIn(listTrap, 'lowestPriorPrice') ?? fromHistory.prepromoLow,
    // Only the rules know the cart: the price the shopper carted at during the promo.
    cartPrice: numberIn(promoTrap, 'cartAddPrice'),
  };
}

/** A promo event's name in the shopper's language, from the calendar. */
export function eventNameIn(events: readonly PromoEvent[], id: string, lang: Lang): string | null {
  const event = events.find((e) => e.id === id);
  return event ? (lang === 'zh' ? event.name : event.nameEn) : null;
}
