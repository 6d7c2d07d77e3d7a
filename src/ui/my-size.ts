import type { ProductSnapshot, Sku } from '../core/types';
import { normalizeProfileSize, parseSize, sameSize, type SizeHint } from '../parse';

/** The shopper's sizes as the options and the welcome screen store them. */
export type MySizes = Partial<Record<SizeHint, string>>;

export const SIZE_KINDS: readonly SizeHint[] = ['top', 'bottom', 'shoe', 'kids'];

/** Title words that say which of the shopper's sizes a garment takes, longest first wins. */
const KIDS_WORDS = ['童装', '儿童', '童', '宝宝', '婴儿', '小童', '中大童', 'kids', 'children', 'baby', 'toddler'];
const BOTTOM_WORDS = ['裤', '裙', '牛仔裤', '短裤', '打底裤', 'pants', 'jeans', 'trousers', 'shorts', 'skirt', 'leggings'];

function mentions(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w));
}

/** Which of the shopper's sizes applies to this product, or null when sizes do not apply. */
export function sizeKindFor(snapshot: Pick<ProductSnapshot, 'category' | 'title'>): SizeHint | null {
  const title = snapshot.title ?? '';
  if (snapshot.category === 'shoes') return 'shoe';
  if (snapshot.category !== 'apparel') return null;
  if (mentions(title, KIDS_WORDS)) return 'kids';
  // A 连衣裙 is worn as a top-size garment even though it says 裙.
  if (title.includes('连衣裙')) return 'top';
  return mentions(title, BOTTOM_WORDS) ? 'bottom' : 'top';
}

/** The shopper's size for this product as they wrote it, when they gave one that applies. */
export function mySizeLabel(snapshot: Pick<ProductSnapshot, 'category' | 'title'>, sizes: MySizes): string | null {
  const kind = sizeKindFor(snapshot);
  const label = kind ? sizes[kind]?.trim() : undefined;
  return label ? label : null;
}

/** Whether a SKU is in the shopper's size. */
export function isMySize(sku: Pick<Sku, 'size'>, snapshot: Pick<ProductSnapshot, 'category' | 'title'>, sizes: MySizes): boolean {
  const kind = sizeKindFor(snapshot);
  const label = kind ? sizes[kind] : undefined;
  if (!kind || !label || !sku.size) return false;
  return sameSize(parseSize(sku.size, kind), normalizeProfileSize(kind, label));
}

export function skuInStock(sku: Pick<Sku, 'stock' | 'available'>): boolean {
  return sku.available && (sku.stock === null || sku.stock > 0);
}

/** Whether a size label can be read at all: the welcome and the options say so at once. */
export function readableSize(kind: SizeHint, label: string): boolean {
  return label.trim() === '' || normalizeProfileSize(kind, label) !== null;
}
