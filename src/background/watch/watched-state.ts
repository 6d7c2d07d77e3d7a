/**
 * Whether a watch's condition holds on a fresh reading of the product, and whether that is news.
 *
 * A watch is "armed" while its condition is unmet (size sold out, price above the target) and
 * fires once when the condition is met again; it re-arms the next time the condition fails. The
 * time it was armed names the episode, so the same restock seen by a background check and an
 * organic visit is one event, and a second sell-out and restock is a new one.
 */
import type { WatchKind } from '../../core/watch-kind';
import type { ProductSnapshot, Sku } from '../../core/types';
import { parseSize, sameSize } from '../../parse';

/**
 * The shopper's own watches. The store also holds 'protect' watches, the extension's checks of
 * purchases inside a price-protection window (src/background/protect), which have rules of their own.
 */
export function isShopperWatch<T extends { kind: string }>(watch: T): watch is T & { kind: WatchKind } {
  return watch.kind === 'restock' || watch.kind === 'price';
}

/** What a watch asks for. */
export interface WatchTarget {
  id: number;
  kind: WatchKind;
  productKey: string;
  /** The exact SKU, or null to watch any SKU in `sizeLabel` (or the whole product). */
  skuId: string | null;
  sizeLabel: string | null;
  /** Price watches: at or below this price. */
  targetPrice: number | null;
}

/** What the watch remembers between readings. */
export interface WatchProgress {
  lastAvailable: boolean | null;
  lastPrice: number | null;
  /** When the condition was last seen unmet and not yet alerted; null once alerted. */
  armedAt: string | null;
}

/** The watched SKU(s) as one reading shows them. Null means the page did not say. */
export interface WatchedReading {
  available: boolean | null;
  price: number | null;
  /** The size label of the SKU that was read, for the alert text. */
  sizeLabel: string | null;
}

export interface DetectedChange {
  kind: WatchKind;
  eventKey: string;
  sizeLabel: string | null;
  priceThen: number | null;
  priceNow: number | null;
  targetPrice: number | null;
}

const buyable = (sku: Sku) => sku.available && sku.stock !== 0;

/** Prices within half a fen are equal: pages round differently. */
const PRICE_EPSILON = 0.005;

function lowestPrice(skus: readonly Sku[]): number | null {
  const prices = skus.map((s) => s.price).filter((p): p is number => p !== null);
  return prices.length > 0 ? Math.min(...prices) : null;
}

/** Reads the SKU(s) a watch is about from a snapshot. */
export function readWatched(watch: Pick<WatchTarget, 'skuId' | 'sizeLabel'>, snapshot: ProductSnapshot): WatchedReading {
  // On a page with one SKU (or none listed) the page price is that SKU's price.
  const pagePriceApplies = snapshot.skus.length <= 1;
  if (watch.skuId !== null) {
    const sku = snapshot.skus.find((s) => s.skuId === watch.skuId);
    if (!sku) return { available: null, price: pagePriceApplies ? snapshot.price : null, sizeLabel: watch.sizeLabel };
    return {
      available: buyable(sku),
      price: sku.price ?? (pagePriceApplies ? snapshot.price : null),
      sizeLabel: sku.size ?? watch.sizeLabel,
    };
  }
  if (watch.sizeLabel !== null) {
    const wanted = parseSize(watch.sizeLabel);
    const matching = snapshot.skus.filter((s) => s.size !== null && sameSize(parseSize(s.size), wanted));
    if (matching.length === 0) return { available: null, price: null, sizeLabel: watch.sizeLabel };
    const inStock = matching.filter(buyable);
    return { available: inStock.length > 0, price: lowestPrice(inStock.length > 0 ? inStock : matching), sizeLabel: watch.sizeLabel };
  }
  return {
    available: snapshot.skus.length > 0 ? snapshot.skus.some(buyable) : null,
    price: snapshot.price,
    sizeLabel: null,
  };
}

/** Whether a reading meets a watch's condition: true, false, or null when the reading cannot tell. */
export function conditionMet(kind: WatchKind, reading: WatchedReading, target: number | null): boolean | null {
  if (kind === 'restock') return reading.available;
  if (reading.price === null || target === null) return null;
  // A low price on a sold-out size is nothing the shopper can act on.
  if (reading.available === false) return null;
  return reading.price <= target + PRICE_EPSILON;
}

export function eventKeyOf(kind: WatchKind, watchId: number, armedAt: string): string {
  return `${kind}:${watchId}:${armedAt}`;
}

/**
 * Applies one reading taken at `at` to a watch. `target` is the price a price watch compares with
 * (its own target, or the promo price found for it). Returns the new progress and the change to
 * alert about, if any.
 */
export function evaluateWatch(
  watch: WatchTarget & WatchProgress,
  reading: WatchedReading,
  at: string,
  target: number | null = watch.targetPrice,
): { progress: WatchProgress; change: DetectedChange | null } {
  const met = conditionMet(watch.kind, reading, target);
  const progress: WatchProgress = {
    lastAvailable: reading.available ?? watch.lastAvailable,
    lastPrice: reading.price ?? watch.lastPrice,
    armedAt: watch.armedAt,
  };
  if (met === false) {
    progress.armedAt = watch.armedAt ?? at;
    return { progress, change: null };
  }
  if (met === true && watch.armedAt !== null) {
    progress.armedAt = null;
    return {
      progress,
      change: {
        kind: watch.kind,
        eventKey: eventKeyOf(watch.kind, watch.id, watch.armedAt),
        sizeLabel: reading.sizeLabel ?? watch.sizeLabel,
        priceThen: watch.lastPrice,
        priceNow: reading.price,
        targetPrice: watch.kind === 'price' ? target : null,
      },
    };
  }
  return { progress, change: null };
}
