import type { PurchaseLine } from '../adapters/types';
import { productKey } from '../core/product-key';
import type { PurchaseRow, PurchaseSource, PurchaseStatus, RadarDatabase } from './db';

/** A stored purchase: the id is always there once it is in the table. */
export type Purchase = PurchaseRow & { id: number };

export function lineKeyOf(line: PurchaseLine, source: PurchaseSource): string {
  const sku = line.skuId ?? '';
  if (source === 'order-page' && line.orderRef) return `${line.site}:${line.orderRef}:${line.itemId}:${sku}`;
  return `manual:${line.site}:${line.itemId}:${sku}:${line.orderedAt}`;
}

export interface RecordPurchasesResult {
  added: number;
  updated: number;
  ids: number[];
}

/**
 * Stores order lines. The same line read again (the order list, then the order's detail page)
 * fills in what was missing, such as the price the list does not show, and keeps the shopper's
 * claimed or dismissed mark.
 */
export async function recordPurchases(
  db: RadarDatabase,
  lines: readonly PurchaseLine[],
  source: PurchaseSource,
  now: Date,
): Promise<RecordPurchasesResult> {
  return db.transaction('rw', db.purchases, async () => {
    const result: RecordPurchasesResult = { added: 0, updated: 0, ids: [] };
    for (const line of lines) {
      const lineKey = lineKeyOf(line, source);
      const existing = (await db.purchases.where('lineKey').equals(lineKey).first()) as Purchase | undefined;
      if (existing) {
        const unitPrice = line.unitPrice ?? existing.unitPrice;
        const shop = line.shop ?? existing.shop;
        if (unitPrice !== existing.unitPrice || shop !== existing.shop || line.quantity !== existing.quantity) {
          await db.purchases.update(existing.id, { unitPrice, shop, quantity: line.quantity });
          result.updated++;
        }
        result.ids.push(existing.id);
        continue;
      }
      const row: PurchaseRow = {
        lineKey,
        productKey: productKey(line),
        site: line.site,
        itemId: line.itemId,
        skuId: line.skuId,
        unitPrice: line.unitPrice,
        quantity: line.quantity,
        orderedAt: line.orderedAt,
        shop: line.shop,
        orderRef: line.orderRef,
        source,
        recordedAt: now.toISOString(),
        status: 'open',
        claimedAmount: null,
        closedAt: null,
      };
      result.ids.push((await db.purchases.add(row)) as number);
      result.added++;
    }
    return result;
  });
}

export async function getPurchase(db: RadarDatabase, id: number): Promise<Purchase | undefined> {
  return (await db.purchases.get(id)) as Purchase | undefined;
}

/** Every purchase, newest order first. */
export async function listPurchases(db: RadarDatabase): Promise<Purchase[]> {
  return (await db.purchases.orderBy('orderedAt').reverse().toArray()) as Purchase[];
}

export async function purchasesOfProduct(db: RadarDatabase, key: string): Promise<Purchase[]> {
  return (await db.purchases.where('productKey').equals(key).toArray()) as Purchase[];
}

export async function openPurchases(db: RadarDatabase): Promise<Purchase[]> {
  return (await db.purchases.where('status').equals('open').toArray()) as Purchase[];
}

/** Marks a purchase claimed (with the amount recovered) or dismissed; false when there is none. */
export async function closePurchase(
  db: RadarDatabase,
  id: number,
  status: Exclude<PurchaseStatus, 'open'>,
  claimedAmount: number | null,
  now: Date,
): Promise<boolean> {
  const changed = await db.purchases.update(id, {
    status,
    claimedAmount: status === 'claimed' ? claimedAmount : null,
    closedAt: now.toISOString(),
  });
  return changed === 1;
}

export async function deletePurchase(db: RadarDatabase, id: number): Promise<void> {
  await db.purchases.delete(id);
}
