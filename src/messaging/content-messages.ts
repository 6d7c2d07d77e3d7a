import { defineExtensionMessaging } from '@webext-core/messaging';
import type { IngestResult } from '../core/views';
import type { PurchaseLine } from '../adapters/types';
import type { PurchaseResult } from './protect-messages';
import type { CartAddMessage, CartAddResult, CartImportResult, CartLineMessage } from './data-messages';

/**
 * What a content script may ask of the background, and nothing more: it runs beside the shop's
 * own scripts, so everything here is about the page in its own tab, which the background checks
 * against the sender tab's address. Nothing here answers with stored data.
 */
export interface ContentScriptMessages {
  /** Product page: the page was read (`readingText`; its texts are interpreted in the background). */
  ingestReading(reading: string): IngestResult;
  /** Product page: the shopper pressed add-to-cart. */
  recordCartAdd(input: CartAddMessage): CartAddResult;
  /** Cart page: the lines the cart page lists. */
  importCartPage(input: { lines: CartLineMessage[] }): CartImportResult;
  /** Order page: the purchases it lists (nothing personal). */
  importOrderPage(input: { lines: PurchaseLine[] }): PurchaseResult;
}

export const contentMessaging = defineExtensionMessaging<ContentScriptMessages>();
