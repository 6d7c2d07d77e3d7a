import type { RadarDatabase, StoredWatchKind, WatchRow, WatchStatus } from './db';

/** A stored watch: the id is always there once it is in the table. */
export type Watch = WatchRow & { id: number };

export interface NewWatch {
  productKey: string;
  kind: StoredWatchKind;
  skuId?: string | null;
  targetPrice?: number | null;
  sizeLabel?: string | null;
  auto?: boolean;
  /** ISO time the watch is created; it is due for a first check straight away. */
  createdAt: string;
}

export async function addWatch(db: RadarDatabase, input: NewWatch): Promise<Watch> {
  const row: WatchRow = {
    productKey: input.productKey,
    skuId: input.skuId ?? null,
    kind: input.kind,
    targetPrice: input.targetPrice ?? null,
    sizeLabel: input.sizeLabel ?? null,
    status: 'active',
    createdAt: input.createdAt,
    auto: input.auto ?? false,
    lastCheckedAt: null,
    nextCheckAt: input.createdAt,
    failureCount: 0,
  };
  // An auto-increment table always hands back the new number.
  const id = (await db.watches.add(row)) as number;
  return { ...row, id };
}

export async function getWatch(db: RadarDatabase, id: number): Promise<Watch | undefined> {
  return (await db.watches.get(id)) as Watch | undefined;
}

/** Every watch, oldest first: the watch list the options page and popup show. */
export async function listWatches(db: RadarDatabase): Promise<Watch[]> {
  return (await db.watches.orderBy('createdAt').toArray()) as Watch[];
}

export async function watchesOfProduct(db: RadarDatabase, productKey: string): Promise<Watch[]> {
  return (await db.watches.where('productKey').equals(productKey).toArray()) as Watch[];
}

/** Active watches whose next check is at or before `now`, most overdue first. */
export async function dueWatches(db: RadarDatabase, now: string, limit = Infinity): Promise<Watch[]> {
  const due = db.watches.where('[status+nextCheckAt]').between(['active', ''], ['active', now], true, true);
  return (await (Number.isFinite(limit) ? due.limit(limit) : due).toArray()) as Watch[];
}

/** The earliest next check of any active watch, for scheduling the alarm; null when none is active. */
export async function nextDueAt(db: RadarDatabase): Promise<string | null> {
  const first = await db.watches.where('[status+nextCheckAt]').between(['active', ''], ['active', '\uffff']).first();
  return first?.nextCheckAt ?? null;
}

export type WatchChanges = Partial<Pick<WatchRow, 'skuId' | 'targetPrice' | 'sizeLabel' | 'status' | 'nextCheckAt' | 'auto'>>;

/** Returns false when no watch has this id. */
export async function updateWatch(db: RadarDatabase, id: number, changes: WatchChanges): Promise<boolean> {
  return (await db.watches.update(id, changes)) === 1;
}

export async function setWatchStatus(db: RadarDatabase, id: number, status: WatchStatus): Promise<boolean> {
  return updateWatch(db, id, { status });
}

/**
 * Records one check: when it ran, when the next is due, and whether it worked. Failures count up
 * (for back-off) and a success resets them. Returns the updated watch, or undefined if it is gone.
 */
export async function recordWatchCheck(
  db: RadarDatabase,
  id: number,
  check: { checkedAt: string; nextCheckAt: string; ok: boolean },
): Promise<Watch | undefined> {
  return db.transaction('rw', db.watches, async () => {
    const watch = await db.watches.get(id);
    if (!watch) return undefined;
    const updated: Watch = {
      ...watch,
      id,
      lastCheckedAt: check.checkedAt,
      nextCheckAt: check.nextCheckAt,
      failureCount: check.ok ? 0 : watch.failureCount + 1,
    };
    await db.watches.put(updated);
    return updated;
  });
}

export async function deleteWatch(db: RadarDatabase, id: number): Promise<void> {
  await db.watches.delete(id);
}
