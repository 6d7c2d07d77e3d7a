import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProductSnapshot } from '../core/types';
import type { IngestResult, ProductLookup } from '../core/views';

/** Every message between the content scripts, the popup and the background (the only DB writer). */
export interface ProtocolMap {
  /** Content script -> background: a product page was read. */
  ingestSnapshot(snapshot: ProductSnapshot): IngestResult;
  /** Popup -> background: what the store knows about the product in this tab or at this key. */
  getProductView(query: { url: string } | { site: string; itemId: string }): ProductLookup;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
