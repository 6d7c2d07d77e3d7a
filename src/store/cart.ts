import { productKey } from '../core/product-key';
import type { ProductSnapshot, Site } from '../core/types';
import { promoEventAt, type CartAdd, type PromoEvent } from '../promo';
import type { TrackedCartItem } from '../traps/types';
import type { CartItemRow, CartSource, RadarDatabase } from './db';

export type CartItem = CartItemRow & { id: number };

/** The product a cart add is about: the snapshot of the page it was made on, or just its key. */
export type CartProduct = { snapshot: ProductSnapshot } | { key: { site: Site; itemId: string } };

export interface CartAddInput {
  product: CartProduct;
  skuId: string | null;
  quantity: number;
  /** The price in the buy box at the add; when null, the snapshot's price for the SKU is used. */
  price: number | null;
  /** ISO time of the add. */
  at: string;
}

/** One line of a cart page (what src/adapters' cart readers return). */
export interface CartPageLine {
  site: Site;
  itemId: string;
  skuId: string | null;
  price: number | null;
  quantity: number;
}

function priceFromSnapshot(s: ProductSnapshot, skuId: string | null): number | null {
  const sku = skuId === null ? undefined : s.skus.find((k) => k.skuId === skuId);
  return sku?.price ?? s.price;
}

function identify(product: CartProduct): { site: Site; itemId: string } {
  return 'snapshot' in product ? { site: product.snapshot.site, itemId: product.snapshot.itemId } : product.key;
}

function rowOf(
  id: { site: Site; itemId: string },
  line: { skuId: string | null; quantity: number; price: number | null },
  at: string,
  events: readonly PromoEvent[],
  source: CartSource,
): CartItemRow {
  return {
    site: id.site,
    itemId: id.itemId,
    productKey: productKey(id),
    skuId: line.skuId,
    quantity: line.quantity,
    price: line.price,
    addedAt: new Date(at).toISOString(),
    promoEventId: promoEventAt(at, id.site, events)?.id ?? null,
    source,
  };
}

/**
 * Records an add-to-cart pressed on a product page, tagged with the promo event running then. Each
 * press is its own entry: its price at that moment is what the promo offered.
 */
export async function recordCartAdd(db: RadarDatabase, input: CartAddInput, events: readonly PromoEvent[]): Promise<CartItem> {
  const price = input.price ?? ('snapshot' in input.product ? priceFromSnapshot(input.product.snapshot, input.skuId) : null);
  const row = rowOf(identify(input.product), { skuId: input.skuId, quantity: input.quantity, price }, input.at, events, 'product-page');
  // An auto-increment table always hands back the new number.
  const id = (await db.cartItems.add(row)) as number;
  return { ...row, id };
}

export interface CartImportResult {
  added: CartItem[];
  /** Lines already tracked for the same event (from the product page or an earlier import). */
  alreadyTracked: number;
}

/**
 * Imports the lines of a cart page. A line already tracked in the same event is left alone: the
 * add seen on the product page knows its price at the add better than the cart page does now, and
 * importing the same page twice must not double the cart. One transaction, so two imports racing
 * cannot both add a line.
 */
export async function importCartPage(
  db: RadarDatabase,
  lines: readonly CartPageLine[],
  at: string,
  events: readonly PromoEvent[],
): Promise<CartImportResult> {
  return db.transaction('rw', db.cartItems, async () => {
    const added: CartItem[] = [];
    let alreadyTracked = 0;
    for (const line of lines) {
      const row = rowOf(line, line, at, events, 'cart-page');
      const tracked = await db.cartItems
        .where('productKey')
        .equals(row.productKey)
        .filter((c) => c.promoEventId === row.promoEventId && (c.skuId === row.skuId || row.skuId === null || c.skuId === null))
        .count();
      if (tracked > 0) {
        alreadyTracked++;
        continue;
      }
      const id = (await db.cartItems.add(row)) as number;
      added.push({ ...row, id });
    }
    return { added, alreadyTracked };
  });
}

export async function cartItemsOfProduct(db: RadarDatabase, key: string): Promise<CartItem[]> {
  return (await db.cartItems.where('productKey').equals(key).sortBy('addedAt')) as CartItem[];
}

/** The items put in the cart during one promo event, in the order they were added. */
export async function cartItemsOfEvent(db: RadarDatabase, eventId: string): Promise<CartItem[]> {
  return (await db.cartItems.where('[promoEventId+addedAt]').between([eventId, ''], [eventId, '\uffff']).toArray()) as CartItem[];
}

/** A product's cart adds as the rules read them (docs/contracts.md, C.json); adds without a price are left out. */
export async function cartAddsOf(db: RadarDatabase, key: string): Promise<CartAdd[]> {
  const adds: CartAdd[] = [];
  for (const item of await cartItemsOfProduct(db, key)) {
    if (item.price === null) continue;
    const add: CartAdd = { addedAt: item.addedAt, price: item.price, quantity: item.quantity };
    if (item.skuId !== null) add.skuId = item.skuId;
    adds.push(add);
  }
  return adds;
}

/**
 * The products in the cart for an event as the 满减 filler rule reads them (key, title, price to
 * pay now, quantity), one entry per product. Products never visited have no title or price now;
 * they count at their price at the add.
 */
export async function trackedCartItemsOf(db: RadarDatabase, eventId: string): Promise<TrackedCartItem[]> {
  const items = await cartItemsOfEvent(db, eventId);
  const keys = [...new Set(items.map((i) => i.productKey))];
  const products = await db.products.bulkGet(keys);
  const tracked: TrackedCartItem[] = [];
  keys.forEach((key, i) => {
    const mine = items.filter((item) => item.productKey === key);
    const snapshot = products[i]?.snapshot;
    const atAdd = mine.map((item) => item.price).find((p) => p !== null) ?? null;
    const price = snapshot?.price ?? atAdd;
    if (price === null) return;
    tracked.push({ key, title: snapshot?.title ?? key, price, quantity: mine.reduce((sum, item) => sum + item.quantity, 0) });
  });
  return tracked;
}
