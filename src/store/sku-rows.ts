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

/** The SKU rows a snapshot describes, each with its size label normalised, first seen now. */
export function skuRowsOf(s: ProductSnapshot): SkuRow[] {
  const key = productKey(s);
  const seenAt = new Date(s.capturedAt).toISOString();
  return s.skus
    .filter((sku) => sku.skuId !== '')
    .map((sku) => ({
      productKey: key,
      skuId: sku.skuId,
      props: sku.props,
      sizeLabel: sku.size,
      size: sizeOf(sku.size, s.category),
      firstSeenAt: seenAt,
    }));
}

function sameProps(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/**
 * The SKU rows to write for a snapshot, given the rows stored for the product: new SKUs, SKUs
 * seen earlier than recorded (a late snapshot), and, when the snapshot is the product's latest,
 * SKUs whose properties or size label changed. A visit that changes none of that writes nothing.
 */
export function changedSkuRows(s: ProductSnapshot, stored: readonly SkuRow[], isLatest: boolean): SkuRow[] {
  const byId = new Map(stored.map((row) => [row.skuId, row]));
  const changed: SkuRow[] = [];
  for (const row of skuRowsOf(s)) {
    const old = byId.get(row.skuId);
    if (!old) {
      changed.push(row);
      continue;
    }
    const describedAnew = isLatest && (old.sizeLabel !== row.sizeLabel || !sameProps(old.props, row.props));
    const seenEarlier = row.firstSeenAt < old.firstSeenAt;
    if (!describedAnew && !seenEarlier) continue;
    changed.push({ ...(describedAnew ? row : old), firstSeenAt: seenEarlier ? row.firstSeenAt : old.firstSeenAt });
  }
  return changed;
}
