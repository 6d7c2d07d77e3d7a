import type { ProductSnapshot, Site } from '../core/types';

/** What an adapter reads from: a parsed page (live DOM, DOMParser output or linkedom in Node). */
export interface PageInput {
  doc: Document;
  url: URL;
  /** Capture time; passed in so extraction stays pure and testable. */
  now: Date;
}

/** The SKU, quantity and price in the buy box at the moment the shopper presses add-to-cart. */
export interface CartIntent {
  skuId: string | null;
  quantity: number;
  price: number | null;
}

export interface CartLine {
  site: Site;
  itemId: string;
  skuId: string | null;
  title: string | null;
  price: number | null;
  quantity: number;
}

/** A cart page read: its lines, or why it could not be read (logged out, layout changed). */
export type CartPageResult = { ok: true; items: CartLine[]; warnings: string[] } | { ok: false; unreadable: string };

export interface SiteAdapter {
  site: Site;
  /** True when this adapter reads product pages at this URL. */
  matchesUrl(url: URL): boolean;
  /** The site's item id from a product URL alone (the popup knows only the tab's URL). */
  itemIdFromUrl(url: URL): string | null;
  /**
   * A CSS selector whose presence means the product data a shopper sees has arrived; the content
   * script waits (bounded) for it before extracting on pages that render their price after load.
   */
  readySelector?: string;
  /** Reads the page. May throw on hostile input: callers go through `extractWith`. */
  extract(page: PageInput): ProductSnapshot;
  /** The add-to-cart controls on the product page, for the content script to listen on. */
  addToCartSelector?: string;
  /** The buy box's current choice, read when add-to-cart is pressed. Never throws. */
  readCartIntent?(doc: Document, url: URL): CartIntent;
}

/** Reads a shop's cart page (cart.jd.com, cart.taobao.com). */
export interface CartPageReader {
  site: Site;
  matchesUrl(url: URL): boolean;
  /** Never throws: a page it cannot read gives `{ ok: false, unreadable }`. */
  read(doc: Document, url: URL): CartPageResult;
}
