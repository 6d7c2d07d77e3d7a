import type { Site } from '../core/types';
import type { PromoPhase } from '../promo';

/** What one watchlist row shows: a product put in the cart during a promo, as it stands now. */
export interface WatchlistItemView {
  site: Site;
  itemId: string;
  title: string | null;
  shop: string | null;
  currency: string;
  /** The price it went into the cart at during the promo (or the promo's lowest seen). */
  promoPrice: number | null;
  nowPrice: number | null;
  /** Stock of the shopper's size: null when no size applies or none is set. */
  mySize: { label: string; inStock: boolean | null } | null;
  /** null when the traps could not be counted (never visited since the cart add). */
  trapCount: number | null;
}

/** One promo event's cart items. */
export interface WatchlistGroupView {
  eventId: string;
  name: string;
  nameEn: string;
  /** Where the event stands now: a 返场 phase is when these items are worth a look. */
  phase: PromoPhase;
  items: WatchlistItemView[];
}

/** A product found by the search box. */
export interface SearchResultView {
  site: Site;
  itemId: string;
  title: string | null;
  shop: string | null;
  price: number | null;
  currency: string;
  lastSeenAt: string;
}
