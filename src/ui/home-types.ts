import type { Site } from '../core/types';

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
  trapCount: number;
}

/** One promo event's cart items. */
export interface WatchlistGroupView {
  eventId: string;
  name: string;
  nameEn: string;
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
