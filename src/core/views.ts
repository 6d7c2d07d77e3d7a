import type { ProductSnapshot, Trap, Undetermined, Verdict } from './types';

/** Plain data the background answers with; everything here crosses the messaging boundary. */
export interface PricePoint {
  /** ISO time this price was first seen in its run. */
  at: string;
  /** ISO time this price was last seen unchanged. */
  lastSeenAt: string;
  price: number | null;
  listPrice: number | null;
}

export interface ProductView {
  snapshot: ProductSnapshot;
  firstSeenAt: string;
  history: PricePoint[];
  /** The rules' findings on the latest snapshot, most serious first. */
  traps: Trap[];
  /** Rules that could not judge (missing or uncertain fields, too little history): quiet lines, never traps. */
  undetermined: Undetermined[];
  verdict: Verdict;
}

export type IngestResult = { ok: true; observations: number } | { ok: false; error: string };

/** What the background knows about the page in a tab. */
export type ProductLookup =
  /**
   * `otherShopOrigin`: a shop outside the built-in sites where the extension could read schema.org
   * product data once the shopper grants access to that origin.
   */
  | { status: 'not-a-product-page'; otherShopOrigin?: string }
  | { status: 'not-seen'; site: string; itemId: string }
  | { status: 'found'; view: ProductView };
