import type { ProductSnapshot, Sku } from '../core/types';
import { compareSizes, parseSize } from '../parse';
import { isMySize, skuInStock, type MySizes } from './my-size';

export interface SkuRow {
  sku: Sku;
  mine: boolean;
  inStock: boolean;
}

export interface SkuRows {
  /** Property names in the order the page lists them (颜色, 尺码). */
  dimensions: string[];
  rows: SkuRow[];
  /** Whether the SKUs differ in price, so the table needs a price column. */
  pricesDiffer: boolean;
}

/** The SKU table's rows: by colour (page order), then size small to large; the shopper's size marked. */
export function skuRows(snapshot: Pick<ProductSnapshot, 'skus' | 'category' | 'title'>, sizes: MySizes): SkuRows {
  const dimensions: string[] = [];
  for (const sku of snapshot.skus) for (const name of Object.keys(sku.props)) if (!dimensions.includes(name)) dimensions.push(name);
  const otherDims = dimensions.filter((d) => !snapshot.skus.some((s) => s.size !== null && s.props[d] === s.size));
  const firstSeen = (sku: Sku) => otherDims.map((d) => snapshot.skus.findIndex((s) => s.props[d] === sku.props[d]));
  const parsed = new Map(snapshot.skus.map((s) => [s, s.size ? parseSize(s.size) : null]));

  const rows = snapshot.skus
    .map((sku, order) => ({ sku, order, group: firstSeen(sku) }))
    .sort((a, b) => {
      for (let i = 0; i < a.group.length; i++) if (a.group[i] !== b.group[i]) return a.group[i]! - b.group[i]!;
      const sa = parsed.get(a.sku);
      const sb = parsed.get(b.sku);
      return sa && sb ? compareSizes(sa, sb) || a.order - b.order : a.order - b.order;
    })
    .map(({ sku }) => ({ sku, mine: isMySize(sku, snapshot, sizes), inStock: skuInStock(sku) }));

  const prices = new Set(snapshot.skus.map((s) => s.price).filter((p) => p !== null));
  return { dimensions, rows, pricesDiffer: prices.size > 1 };
}
