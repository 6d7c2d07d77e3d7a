import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addWatch,
  dueWatches,
  getWatch,
  listWatches,
  nextDueAt,
  recordWatchCheck,
  RadarDatabase,
  setWatchStatus,
  updateWatch,
  watchesOfProduct,
  deleteWatch,
} from '../../src/store';
import { freshDbName } from './snapshots';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

describe('watches', () => {
  it('creates an active watch that is due at once, with no checks and no failures', async () => {
    const w = await addWatch(db, {
      productKey: 'jd:1',
      kind: 'restock',
      skuId: 's1',
      sizeLabel: 'M',
      createdAt: '2025-11-12T00:00:00.000Z',
    });
    expect(w).toMatchObject({
      status: 'active',
      nextCheckAt: '2025-11-12T00:00:00.000Z',
      lastCheckedAt: null,
      failureCount: 0,
      auto: false,
      targetPrice: null,
    });
    expect(await getWatch(db, w.id)).toEqual(w);
  });

  it('lists the watch list oldest first and a product’s watches', async () => {
    await addWatch(db, { productKey: 'jd:2', kind: 'price', targetPrice: 199, createdAt: '2025-11-13T00:00:00.000Z' });
    await addWatch(db, { productKey: 'jd:1', kind: 'restock', createdAt: '2025-11-12T00:00:00.000Z' });
    await addWatch(db, { productKey: 'jd:1', kind: 'price', createdAt: '2025-11-14T00:00:00.000Z', auto: true });
    expect((await listWatches(db)).map((w) => w.createdAt)).toEqual([
      '2025-11-12T00:00:00.000Z',
      '2025-11-13T00:00:00.000Z',
      '2025-11-14T00:00:00.000Z',
    ]);
    expect((await watchesOfProduct(db, 'jd:1')).map((w) => w.kind).sort()).toEqual(['price', 'restock']);
  });

  it('finds due watches by nextCheckAt, skipping paused ones and future ones', async () => {
    const a = await addWatch(db, { productKey: 'jd:1', kind: 'restock', createdAt: '2025-11-12T00:00:00.000Z' });
    const b = await addWatch(db, { productKey: 'jd:2', kind: 'restock', createdAt: '2025-11-12T01:00:00.000Z' });
    const c = await addWatch(db, { productKey: 'jd:3', kind: 'restock', createdAt: '2025-11-12T02:00:00.000Z' });
    await setWatchStatus(db, b.id, 'paused');
    await updateWatch(db, c.id, { nextCheckAt: '2025-11-13T00:00:00.000Z' });
    expect((await dueWatches(db, '2025-11-12T12:00:00.000Z')).map((w) => w.id)).toEqual([a.id]);
    expect((await dueWatches(db, '2025-11-13T00:00:00.000Z')).map((w) => w.id)).toEqual([a.id, c.id]);
    expect(await dueWatches(db, '2025-11-13T00:00:00.000Z', 1)).toHaveLength(1);
    expect(await nextDueAt(db)).toBe('2025-11-12T00:00:00.000Z');
  });

  it('counts failures up and resets them on a successful check', async () => {
    const w = await addWatch(db, { productKey: 'jd:1', kind: 'restock', createdAt: '2025-11-12T00:00:00.000Z' });
    await recordWatchCheck(db, w.id, { checkedAt: '2025-11-12T00:30:00.000Z', nextCheckAt: '2025-11-12T01:00:00.000Z', ok: false });
    const twice = await recordWatchCheck(db, w.id, {
      checkedAt: '2025-11-12T01:00:00.000Z',
      nextCheckAt: '2025-11-12T02:00:00.000Z',
      ok: false,
    });
    expect(twice).toMatchObject({ failureCount: 2, lastCheckedAt: '2025-11-12T01:00:00.000Z', nextCheckAt: '2025-11-12T02:00:00.000Z' });
    expect(
      (await recordWatchCheck(db, w.id, { checkedAt: '2025-11-12T02:00:00.000Z', nextCheckAt: '2025-11-12T02:30:00.000Z', ok: true }))
        ?.failureCount,
    ).toBe(0);
  });

  it('reports a missing watch instead of creating one', async () => {
    expect(await updateWatch(db, 999, { status: 'paused' })).toBe(false);
    expect(await recordWatchCheck(db, 999, { checkedAt: 'x', nextCheckAt: 'y', ok: true })).toBeUndefined();
    const w = await addWatch(db, { productKey: 'jd:1', kind: 'restock', createdAt: '2025-11-12T00:00:00.000Z' });
    await deleteWatch(db, w.id);
    expect(await listWatches(db)).toEqual([]);
    expect(await db.watches.count()).toBe(0);
  });
});
