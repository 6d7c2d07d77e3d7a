import { productKey } from '../core/product-key';
import type { Category, ProductSnapshot } from '../core/types';
import { parseSize, type NormalizedSize, type SizeHint } from '../parse';
import type { SkuRow } from './db';

/**
 * How to read a bare number on a page of this category: 40 is a shoe on a shoe page. Apparel
 * stays unhinted because tops and bottoms share the category and the parser tells them apart.
 */
const SIZE_HINTS: Partial<Record<Category, SizeHint>> = { shoes: 'shoe' };

export function sizeOf(label: string | null, category: Category): NormalizedSize | null {
  return label === null ? null : parseSize(label, SIZE_HINTS[category]);
}

/** One SKU's row as a snapshot describes it, its size label normalised, first seen `seenAt`. */
function skuRowOf(key: string, sku: ProductSnapshot['skus'][number], category: Category, seenAt: string): SkuRow {
  return {
    productKey: key,
    skuId: sku.skuId,
    props: sku.props,
    sizeLabel: sku.size,
    size: sizeOf(sku.size, category),
    firstSeenAt: seenAt,
  };
}

/** The SKU rows a snapshot describes, each with its size label normalised, first seen now. */
export function skuRowsOf(s: ProductSnapshot): SkuRow[] {
  const key = productKey(s);
  const seenAt = new Date(s.capturedAt).toISOString();
  return s.skus.filter((sku) => sku.skuId !== '').map((sku) => skuRowOf(key, sku, s.category, seenAt));
}

function sameProps(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/**
 * The SKU rows to write for a snapshot, given the rows stored for the product: new SKUs, SKUs
 * seen earlier than recorded (a late snapshot), and, when the snapshot is the product's latest,
 * SKUs whose properties or size label changed. A visit that changes none of that writes nothing,
 * and parses no size: sizes are read only for the rows written.
 */
export function changedSkuRows(s: ProductSnapshot, stored: readonly SkuRow[], isLatest: boolean): SkuRow[] {
  const key = productKey(s);
  const seenAt = new Date(s.capturedAt).toISOString();
  const byId = new Map(stored.map((row) => [row.skuId, row]));
  // A page that lists a SKU twice is described by its last listing, as skuRowsOf's rows would be.
  const listed = new Map(s.skus.filter((sku) => sku.skuId !== '').map((sku) => [sku.skuId, sku]));
  const changed: SkuRow[] = [];
  for (const sku of listed.values()) {
    const old = byId.get(sku.skuId);
    if (!old) {
      changed.push(skuRowOf(key, sku, s.category, seenAt));
      continue;
    }
    const describedAnew = isLatest && (old.sizeLabel !== sku.size || !sameProps(old.props, sku.props));
    const seenEarlier = seenAt < old.firstSeenAt;
    if (!describedAnew && !seenEarlier) continue;
    changed.push({
      ...(describedAnew ? skuRowOf(key, sku, s.category, seenAt) : old),
      firstSeenAt: seenEarlier ? seenAt : old.firstSeenAt,
    });
  }
  return changed;
}
