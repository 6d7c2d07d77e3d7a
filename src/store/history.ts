import type { PricePoint } from '../core/views';
import type { RadarDatabase } from './db';

/** A product's price change points, oldest first. */
export async function getPriceHistory(db: RadarDatabase, key: string): Promise<PricePoint[]> {
  const rows = await db.observations.where('[productKey+skuId+at]').between([key, '', ''], [key, '', '\uffff']).toArray();
  return rows.map((r) => ({ at: r.at, lastSeenAt: r.lastSeenAt, price: r.price, listPrice: r.listPrice }));
}
