import type { ProtectWindow, PurchaseLine } from './types';
import { insideWindow } from './window';

/** Prices within half a fen are equal: pages round differently. */
const PRICE_EPSILON = 0.005;

export interface Claim {
  paid: number;
  priceNow: number;
  quantity: number;
  /** (paid − now) × quantity, in yuan, rounded to the fen. */
  amount: number;
  endsAt: string;
}

export function roundFen(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The difference to claim for a purchase at today's price, or null when there is none: no price
 * paid or now, outside the window, or not cheaper by at least a fen.
 */
export function claimOf(
  purchase: Pick<PurchaseLine, 'unitPrice' | 'quantity' | 'orderedAt'>,
  priceNow: number | null,
  window: Pick<ProtectWindow, 'endsAt'>,
  now: Date,
): Claim | null {
  if (purchase.unitPrice === null || priceNow === null || !Number.isFinite(priceNow) || priceNow <= 0) return null;
  if (!insideWindow(window, purchase.orderedAt, now)) return null;
  if (priceNow >= purchase.unitPrice - PRICE_EPSILON) return null;
  const amount = roundFen((purchase.unitPrice - priceNow) * purchase.quantity);
  if (amount < 0.01) return null;
  return { paid: purchase.unitPrice, priceNow, quantity: purchase.quantity, amount, endsAt: window.endsAt };
}

/** How long before the deadline a reminder goes out for a claim still open. */
export const REMINDER_BEFORE_MS = 24 * 3_600_000;

export function reminderDue(window: Pick<ProtectWindow, 'endsAt'>, now: Date): boolean {
  const left = Date.parse(window.endsAt) - now.getTime();
  return left > 0 && left <= REMINDER_BEFORE_MS;
}
