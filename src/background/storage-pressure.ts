import type { PromoEvent } from '../promo';
import { logNotification, pruneOldObservations, type PruneResult, type RadarDatabase } from '../store';

/**
 * True for a quota error however it arrives: thrown by a request as a DOMException, or as the
 * reason (`inner`, `cause`) of the transaction abort Dexie reports.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return e.name === 'QuotaExceededError' || isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

export interface PressureOptions {
  events: readonly PromoEvent[];
  now: () => Date;
}

/** The entry that tells the shopper history was removed; the options page and popup list it with the alerts. */
function prunedNotice(pruned: PruneResult, at: Date) {
  return {
    watchId: null,
    productKey: null,
    kind: 'storage-pruned' as const,
    eventKey: `storage-pruned:${at.toISOString()}`,
    title: '存储空间不足，已清理旧记录 / Storage full: old price history removed',
    body:
      `删除了 ${pruned.products} 个商品的 ${pruned.removedRuns} 条最旧价格记录；购物车、关注和大促价格记录都保留着。` +
      ` / Removed the ${pruned.removedRuns} oldest price records of ${pruned.products} products; cart items, watches and promo prices are kept.`,
    sentAt: at.toISOString(),
    url: null,
  };
}

/**
 * Runs a write; when the browser says the storage quota is used up, prunes the oldest history of
 * products that are neither in the cart nor watched, tells the shopper, and tries once more. A
 * second failure is the caller's to report.
 */
export async function withStoragePressureRelief<T>(db: RadarDatabase, write: () => Promise<T>, options: PressureOptions): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  const pruned = await pruneOldObservations(db, { events: options.events });
  if (pruned.removedRuns > 0) {
    try {
      await logNotification(db, prunedNotice(pruned, options.now()));
    } catch (error) {
      // The notice is worth less than the write it makes room for: a full disk must not stop the retry.
      if (!isQuotaError(error)) throw error;
    }
  }
  return write();
}
