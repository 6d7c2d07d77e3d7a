import type { Site } from '../core/types';

/**
 * A sales event (大促) as data: its pre-sale, main and end times as ISO strings with the +08:00
 * offset the platforms announce them in. The 返场 windows follow from `endAt` (see windows.ts).
 */
export interface PromoEvent {
  /** Stable and unique, e.g. '2025-double11-tmall'; a shopper's edit replaces the event with this id. */
  id: string;
  /** Shopper-facing name, Chinese first: '双11'. */
  name: string;
  nameEn: string;
  /** The sites this event's dates were announced for. */
  platforms: Site[];
  /** Deposit (定金) pre-sale start; null when the event opened with spot sales straight away. */
  preSaleAt: string | null;
  /** Start of the main selling window: promo prices are read from here to `endAt`. */
  mainAt: string;
  endAt: string;
  /** True when the dates were derived from the usual pattern rather than announced. */
  estimated: boolean;
  /** Where the dates come from, or how they were derived. */
  source: string;
}

/** One earlier visit to a product page (docs/contracts.md, H.json). */
export interface PriceObservation {
  at: string;
  price: number;
  listPrice?: number;
  skuId?: string;
  stock?: number;
  lowStockText?: string;
  countdownText?: string;
}

/** A product put into the cart during a promo (docs/contracts.md, C.json). */
export interface CartAdd {
  addedAt: string;
  price: number;
  skuId?: string;
  quantity?: number;
}

export type { PromoPhase } from '../core/types';
