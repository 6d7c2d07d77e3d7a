import type { ProductSnapshot, Site } from '../core/types';

/** What an adapter reads from: a parsed page (live DOM, DOMParser output or linkedom in Node). */
export interface PageInput {
  doc: Document;
  url: URL;
  /** Capture time; passed in so extraction stays pure and testable. */
  now: Date;
}

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
}
