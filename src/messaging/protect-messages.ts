/**
 * Price protection (价保): purchases read from order pages or entered in the popup, their windows
 * and claims, and the shopper's own windows per shop. Everything here is plain data.
 */
import type { PurchaseLine } from '../adapters/types';

export type PurchaseStatusView = 'open' | 'claimed' | 'dismissed';

export interface PurchaseView {
  id: number;
  productKey: string;
  site: PurchaseLine['site'];
  itemId: string;
  skuId: string | null;
  title: string | null;
  image: string | null;
  unitPrice: number | null;
  quantity: number;
  orderedAt: string;
  shop: string | null;
  source: 'order-page' | 'manual';
  status: PurchaseStatusView;
  claimedAmount: number | null;
  closedAt: string | null;
  /** The window the purchase is protected in; null with `noWindow` saying why. */
  window: { endsAt: string; days: number; ruleName: string; ruleNameEn: string; source: string; estimated: boolean } | null;
  noWindow: 'no-rule' | 'delivery-anchored' | 'no-order-time' | null;
  /** What the SKU costs now, as last read. */
  priceNow: number | null;
  /** Open claim: the amount to claim now (window open, price below the price paid). */
  claimAmount: number | null;
  claimUrl: string;
  /** The product page. */
  productUrl: string | null;
}

export interface PurchaseList {
  purchases: PurchaseView[];
  /** What the shopper marked as claimed, in total. */
  totalRecovered: number;
}

export type PurchaseResult = { ok: true; added: number; updated: number } | { ok: false; error: string };

export interface AddPurchaseInput {
  productKey: string;
  skuId?: string | null;
  unitPrice: number;
  quantity: number;
  /** ISO time, or a YYYY-MM-DD date (Shanghai). */
  orderedAt: string;
}

export interface ProtectMessages {
  /** The popup's "I bought this". */
  addPurchase(data: AddPurchaseInput): PurchaseResult;
  listPurchases(data?: { productKey?: string }): PurchaseList;
  closePurchase(data: { id: number; status: 'claimed' | 'dismissed'; amount?: number | null }): { ok: boolean };
}
