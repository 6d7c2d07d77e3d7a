/**
 * Where one purchase stands: its window (the shopper's for the shop, else the platform rule), the
 * SKU's price as last read, and the amount to claim when that price is below the price paid.
 */
import type { ProductSnapshot } from '../../core/types';
import {
  claimOf,
  claimPageOf,
  protectWindowOf,
  PROTECT_RULES,
  type Claim,
  type ProtectWindow,
  type ShopWindowOverride,
  type WindowResult,
} from '../../protect';
import type { Purchase } from '../../store';
import { readWatched } from '../watch/watched-state';

export interface PurchaseStanding {
  window: ProtectWindow | null;
  noWindow: Extract<WindowResult, { ok: false }>['reason'] | null;
  priceNow: number | null;
  claim: Claim | null;
  claimUrl: string;
}

/**
 * The SKU's price on a reading. A sold-out SKU gives none: JD does not protect goods out of stock
 * when the claim is made, and a price no one can buy at is nothing to claim against.
 */
export function priceOfPurchase(purchase: Pick<Purchase, 'skuId'>, snapshot: ProductSnapshot | undefined): number | null {
  if (!snapshot) return null;
  const reading = readWatched({ skuId: purchase.skuId, sizeLabel: null }, snapshot);
  return reading.available === false ? null : reading.price;
}

export function standingOf(
  purchase: Purchase,
  snapshot: ProductSnapshot | undefined,
  overrides: readonly ShopWindowOverride[],
  now: Date,
): PurchaseStanding {
  const found = protectWindowOf(purchase, PROTECT_RULES, overrides);
  const window = found.ok ? found.window : null;
  const priceNow = priceOfPurchase(purchase, snapshot);
  const claim = window && purchase.status === 'open' ? claimOf(purchase, priceNow, window, now) : null;
  return {
    window,
    noWindow: found.ok ? null : found.reason,
    priceNow,
    claim,
    claimUrl: claimPageOf(purchase.site, purchase.orderRef, window?.claimUrl ?? null),
  };
}
