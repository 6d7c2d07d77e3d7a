import type { ProductSnapshot } from '../core/types';
import type { IngestResult, ProductLookup } from '../core/views';

export interface ProductMessages {
  /** Content script -> background: a product page was read. */
  ingestSnapshot(snapshot: ProductSnapshot): IngestResult;
  /** Popup -> background: what the store knows about the product in this tab or at this key. */
  getProductView(query: { url: string } | { site: string; itemId: string }): ProductLookup;
}
