import type { ProductSnapshot } from '../core/types';
import type { CartAdd, PriceObservation, PromoEvent } from './types';
import { DAY_MS } from './time';
import { eventStart } from './windows';

/** A price and when it was seen. */
export interface DatedPrice {
  price: number;
  at: string;
}

export type PromoPrice =
  | {
      kind: 'known';
      /** The lowest price seen during the main window, if the product was visited then. */
      lowestSeen: DatedPrice | null;
      /** The lowest price at which it went into the cart during the promo, if it did. */
      cartAdd: DatedPrice | null;
      /** The lower of the two, which the 返场 price is compared against. */
      reference: 'lowest-seen' | 'cart-add';
      price: number;
    }
  | { kind: 'not-enough-history' };

export type PriorLow =
  | { kind: 'known'; low: DatedPrice; days: number; observations: number; windowStart: string; windowEnd: string }
  | { kind: 'not-enough-history'; days: number; windowStart: string; windowEnd: string };

/**
 * The observations for one SKU. A visit recorded without a SKU saw the page's default SKU, so it
 * only counts when no visit names a SKU at all.
 */
export function observationsForSku<T extends { skuId?: string }>(items: readonly T[], skuId: string | undefined): T[] {
  if (skuId === undefined) return [...items];
  const named = items.filter((o) => o.skuId !== undefined);
  return named.length > 0 ? named.filter((o) => o.skuId === skuId) : [...items];
}

function lowest(prices: readonly DatedPrice[]): DatedPrice | null {
  let best: DatedPrice | null = null;
  for (const p of prices) if (Number.isFinite(p.price) && p.price > 0 && (best === null || p.price < best.price)) best = p;
  return best;
}

function within(at: string, start: number, end: number): boolean {
  const t = Date.parse(at);
  return t >= start && t <= end;
}

/**
 * The promo price of a SKU for one event (docs/contracts.md): the lowest price seen in the main window,
 * and the cart-add price during the promo (pre-sale to end). Both are reported; the lower is the
 * reference, since it is what the promo really offered.
 */
export function promoPriceOf(
  observations: readonly PriceObservation[],
  cartAdds: readonly CartAdd[],
  event: PromoEvent,
  skuId?: string,
): PromoPrice {
  const main = Date.parse(event.mainAt);
  const end = Date.parse(event.endAt);
  const lowestSeen = lowest(
    observationsForSku(observations, skuId)
      .filter((o) => within(o.at, main, end))
      .map((o) => ({ price: o.price, at: o.at })),
  );
  const cartAdd = lowest(
    observationsForSku(cartAdds, skuId)
      .filter((c) => within(c.addedAt, eventStart(event).getTime(), end))
      .map((c) => ({ price: c.price, at: c.addedAt })),
  );
  if (lowestSeen === null && cartAdd === null) return { kind: 'not-enough-history' };
  const reference = cartAdd !== null && (lowestSeen === null || cartAdd.price <= lowestSeen.price) ? 'cart-add' : 'lowest-seen';
  const price = reference === 'cart-add' ? cartAdd!.price : lowestSeen!.price;
  return { kind: 'known', lowestSeen, cartAdd, reference, price };
}

/** The lowest price seen in the `days` days before `start`; no visit in that window is an answer of its own. */
export function lowestBefore(observations: readonly PriceObservation[], start: Date, days: number, skuId?: string): PriorLow {
  const windowEnd = start.getTime();
  const windowStart = windowEnd - days * DAY_MS;
  const inWindow = observationsForSku(observations, skuId).filter((o) => {
    const t = Date.parse(o.at);
    return t >= windowStart && t < windowEnd;
  });
  const low = lowest(inWindow.map((o) => ({ price: o.price, at: o.at })));
  const bounds = { days, windowStart: new Date(windowStart).toISOString(), windowEnd: new Date(windowEnd).toISOString() };
  if (low === null) return { kind: 'not-enough-history', ...bounds };
  return { kind: 'known', low, observations: inWindow.length, ...bounds };
}

/** The lowest price in the `days` (default 7) days before the promo began, for the 划线价 rule. */
export function prepromoLowOf(observations: readonly PriceObservation[], event: PromoEvent, days = 7, skuId?: string): PriorLow {
  return lowestBefore(observations, eventStart(event), days, skuId);
}

/**
 * How far back a 划线价 must be justified: 7 days in China (《规范促销行为暂行规定》第二十一条), 30 days
 * for shops outside China pricing in another currency (EU Directive 98/6/EC Art. 6a).
 */
export function priorPriceDays(snapshot: Pick<ProductSnapshot, 'site' | 'currency'>, days: { cn: number; eu: number }): number {
  return followsEuPriceRule(snapshot) ? days.eu : days.cn;
}

/** A shop outside China (read through schema.org) pricing in a currency other than yuan. */
export function followsEuPriceRule(snapshot: Pick<ProductSnapshot, 'site' | 'currency'>): boolean {
  return snapshot.site === 'schema-org' && snapshot.currency !== 'CNY';
}
