import type { ProductReading, Site } from '../core/types';

/** What an adapter reads from: a parsed page (live DOM, DOMParser output or linkedom in Node). */
export interface PageInput {
  doc: Document;
  url: URL;
  /** Capture time; passed in so extraction stays pure and testable. */
  now: Date;
}

/** A page being read: each `yield` is a place where the reading may pause. */
export type PageReader = Generator<void, ProductReading, void>;

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
  /**
   * Reads the page: what it states, and the texts to read for meaning (interpret.ts). It yields
   * between its stages (state, SKUs, regions, the shown price): a content script gives the page's
   * own work a turn there, so no one task of ours runs long; other callers run straight through.
   * May throw on hostile input: callers go through `readProduct` or `extractWith`.
   */
  extract(page: PageInput): PageReader;
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

/** The sites whose order pages the extension reads (schema.org shops have none in common). */
export type OrderSite = Exclude<Site, 'schema-org'>;

/**
 * One line of an order as the shopper's own order page shows it, and nothing else: no names,
 * addresses, phone numbers, logistics or order totals. `orderRef` is the order number, kept only
 * because the claim page is per order.
 */
export interface PurchaseLine {
  site: OrderSite;
  itemId: string;
  skuId: string | null;
  /** The unit price paid for this line; null when the page does not show it per item. */
  unitPrice: number | null;
  quantity: number;
  /** ISO time of the order. */
  orderedAt: string;
  shop: string | null;
  orderRef: string | null;
}

/** An order page read: its lines, or why it could not be read (logged out, layout changed). */
export type OrderPageResult = { ok: true; lines: PurchaseLine[]; warnings: string[] } | { ok: false; unreadable: string };

/** Reads a shop's order pages (order list, order detail). */
export interface OrderPageReader {
  site: OrderSite;
  matchesUrl(url: URL): boolean;
  /** A selector whose presence means the orders have rendered (or the page says why not). */
  readySelector: string;
  /** Never throws. */
  read(doc: Document, url: URL): OrderPageResult;
}
