import type { ProductSnapshot } from '../core/types';
import { interpretReading } from './interpret';
import { readProduct } from './read';
import type { PageInput, SiteAdapter } from './types';

/**
 * Reads a page and interprets its texts in one go, where both run in the same place: the CLI,
 * the background's checks and the tests. Never throws (see `readProduct`).
 */
export function extractWith(adapter: SiteAdapter, page: PageInput): ProductSnapshot {
  return interpretReading(readProduct(adapter, page));
}
