import type { Site } from '../core/types';
import type { BackupCounts, BackupPhase, ProductSearchHit, WatchlistGroup } from '../store';

/**
 * Store-wide messages of the extension's own pages (popup and options -> background): search, the
 * 返场 watch list, backup and deletion. The cart messages' shapes live here too; content scripts
 * send them (content-messages.ts). Times are the background's clock: a cart add is dated when the
 * background hears of it, never by the page.
 */

/** The product an add-to-cart was pressed on: the page's reading (`readingText`), or just its id. */
export type CartAddProduct = { reading: string } | { site: Site; itemId: string };

export interface CartAddMessage {
  product: CartAddProduct;
  skuId: string | null;
  quantity: number;
  /** The price in the buy box; null when the page showed none (the snapshot's is used). */
  price: number | null;
}

export interface CartLineMessage {
  site: Site;
  itemId: string;
  skuId: string | null;
  price: number | null;
  quantity: number;
}

export type DataFailure = { ok: false; error: string };

export type CartAddResult = { ok: true; cartItemId: number; promoEventId: string | null } | DataFailure;
export type CartImportResult = { ok: true; added: number; alreadyTracked: number } | DataFailure;
/** The file itself waits in the transfer store (src/store/transfer.ts) under the request's id. */
export type BackupExport = { ok: true; fileName: string; counts: BackupCounts } | DataFailure;
export type BackupImport = { ok: true; counts: BackupCounts } | DataFailure;

/** How far a backup import or export has got, for the options page's progress bar. */
export interface BackupProgress {
  transferId: string;
  phase: BackupPhase;
  /** Rows stored so far while storing; otherwise 0 of 1 (the phase has begun). */
  done: number;
  total: number;
}

export interface DataMessages {
  /** Options: the whole store as one JSON file, left in the transfer store under `transferId`. */
  exportBackup(input: { transferId: string }): BackupExport;
  /** Options: replace the store with the backup file the page left in the transfer store under `transferId`. */
  importBackup(input: { transferId: string }): BackupImport;
  /** Background -> options page: progress of the import or export `transferId`. */
  backupProgress(input: BackupProgress): void;
  /** Options: delete everything the extension stored, settings included. */
  deleteAllData(): { ok: true } | DataFailure;
  /** Popup search box: products by title, shop or item id. */
  searchProducts(input: { query: string; limit?: number }): ProductSearchHit[];
  /** Popup home: cart items by promo event, promo price against now, the shopper's size, trap count. */
  getWatchlist(): WatchlistGroup[];
}
