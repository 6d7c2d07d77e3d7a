import type { ProductSnapshot, Sku } from '../core/types';
import type { ParsedPrice } from '../parse';

/**
 * The parts of a snapshot every adapter fills the same way once it has found the raw pieces:
 * SKUs and their size label, and the price summary over SKUs. What is read for meaning (expiry,
 * offers, text signals, category) is interpret.ts's, in the background.
 */

/** Names of a sale property that is a size (尺码 M, 鞋码 40, Size L). */
const SIZE_DIMENSION = /尺码|尺寸|鞋码|码数|^码$|号码|size/i;

export function isSizeDimension(name: string): boolean {
  return SIZE_DIMENSION.test(name);
}

/** The value of the first size dimension in `props`, in the props' key order. */
export function sizeLabel(props: Record<string, string>): string | null {
  for (const name of Object.keys(props)) if (isSizeDimension(name)) return props[name]!;
  return null;
}

export interface SkuInput {
  skuId: string;
  props: Record<string, string>;
  price: number | null;
  stock: number | null;
  /** When the page says so outright (a disabled option); otherwise derived from the stock. */
  available?: boolean;
  /** `sizeLabel(props)`, when the caller has it already from dimensions it tested once per page. */
  size?: string | null;
}

export function makeSku({ skuId, props, price, stock, available, size }: SkuInput): Sku {
  const cleanStock = stock !== null && Number.isFinite(stock) ? Math.max(0, Math.floor(stock)) : null;
  const cleanPrice = price !== null && Number.isFinite(price) && price >= 0 ? price : null;
  return {
    skuId,
    props,
    size: size === undefined ? sizeLabel(props) : size,
    price: cleanPrice,
    stock: cleanStock,
    available: available ?? (cleanStock === null ? true : cleanStock > 0),
  };
}

/**
 * Price and range from the SKUs: the selected SKU's price when one is selected, otherwise the
 * cheapest SKU the shopper can buy; the range's top over every SKU, as the page's range shows it.
 */
export function priceFromSkus(s: ProductSnapshot, selectedSkuId: string | null = null): boolean {
  const priced = s.skus.filter((k) => k.price !== null);
  if (priced.length === 0) return false;
  const selected = selectedSkuId ? priced.find((k) => k.skuId === selectedSkuId) : undefined;
  if (selected) {
    s.price = selected.price;
    s.priceMax = null;
    return true;
  }
  const buyable = priced.filter((k) => k.available);
  const pool = buyable.length > 0 ? buyable : priced;
  const low = Math.min(...pool.map((k) => k.price!));
  const high = Math.max(...priced.map((k) => k.price!));
  s.price = low;
  s.priceMax = high > low ? high : null;
  return true;
}

/** Applies a price read from the page's text (a single amount or a range). */
export function applyShownPrice(s: ProductSnapshot, shown: ParsedPrice | null): boolean {
  if (!shown) return false;
  s.price = shown.amount;
  s.priceMax = shown.max !== undefined && shown.max > shown.amount ? shown.max : null;
  if (shown.currency) s.currency = shown.currency;
  return true;
}
