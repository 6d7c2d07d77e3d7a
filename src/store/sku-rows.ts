import { productKey, type Category, type ProductSnapshot } from '../core/types';
import { parseSize, type SizeHint } from '../parse';
import type { SkuRow } from './db';

/**
 * How to read a bare number on a page of this category: 40 is a shoe on a shoe page. Apparel
 * stays unhinted because tops and bottoms share the category and the parser tells them apart.
 */
const SIZE_HINTS: Partial<Record<Category, SizeHint>> = { shoes: 'shoe' };

/** The SKU rows a snapshot describes, each with its size label normalised. */
export function skuRowsOf(s: ProductSnapshot): SkuRow[] {
  const key = productKey(s);
  const hint = SIZE_HINTS[s.category];
  const seenAt = new Date(s.capturedAt).toISOString();
  return s.skus
    .filter((sku) => sku.skuId !== '')
    .map((sku) => ({
    productKey: key,
    skuId: sku.skuId,
    props: sku.props,
    sizeLabel: sku.size,
    size: sku.size === null ? null : parseSize(sku.size, hint),
    price: sku.price,
    stock: sku.stock,
    available: sku.available,
    lastSeenAt: seenAt,
  }));
}
