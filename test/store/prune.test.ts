import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWatch, ingestSnapshot, pruneOldObservations, RadarDatabase, recordCartAdd, skuObservations } from '../../src/store';
import { freshDbName, makeSnapshot, TEST_DOUBLE11 } from './snapshots';
import { monthsOf } from '../../src/store/quarters';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const EVENTS = [TEST_DOUBLE11];
/** A price change every visit, so every visit is a run of its own. */
async function visits(itemId: string, days: string[]): Promise<void> {
  for (const [i, day] of days.entries())
    await ingestSnapshot(db, makeSnapshot({ itemId, capturedAt: `${day}T04:00:00.000Z`, price: 300 - i }), { events: EVENTS });
}
const runDays = async (itemId: string) =>
  (await skuObservations(db, `jd:${itemId}`, '')).map((p) => new Date(p.atMs).toISOString().slice(0, 10));

// Six runs: four before the protected windows (which begin 30 days before the 10-20 pre-sale),
// one in the main window, and the latest.
const DAYS = ['2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01', '2025-11-05', '2025-12-20'];

describe('pruneOldObservations', () => {
  beforeEach(async () => {
    await visits('plain', DAYS);
    await visits('carted', DAYS);
    await visits('watched', DAYS);
    await recordCartAdd(
      db,
      { product: { key: { site: 'jd', itemId: 'carted' } }, skuId: null, quantity: 1, price: 199, at: '2025-11-05T12:00:00+08:00' },
      EVENTS,
    );
    await addWatch(db, { productKey: 'jd:watched', kind: 'price', createdAt: '2025-11-06T00:00:00.000Z' });
  });

  it('removes the oldest runs of products neither carted nor watched, keeping promo windows and the latest run', async () => {
    expect(await pruneOldObservations(db, { events: EVENTS, fraction: 0.5 })).toEqual({ removedRuns: 2, products: 1 });
    expect(await runDays('plain')).toEqual(['2025-08-01', '2025-09-01', '2025-11-05', '2025-12-20']);
    expect(await pruneOldObservations(db, { events: EVENTS, fraction: 1 })).toEqual({ removedRuns: 2, products: 1 });
    expect(await runDays('plain')).toEqual(['2025-11-05', '2025-12-20']);
    expect(await pruneOldObservations(db, { events: EVENTS, fraction: 1 })).toEqual({ removedRuns: 0, products: 0 });
  });

  it('never touches the history of a carted or watched product, nor cart items and watches', async () => {
    await pruneOldObservations(db, { events: EVENTS, fraction: 1 });
    expect(await runDays('carted')).toEqual(DAYS);
    expect(await runDays('watched')).toEqual(DAYS);
    expect(await db.cartItems.count()).toBe(1);
    expect(await db.watches.count()).toBe(1);
  });

  it('drops the months it empties, and the quarter rows', async () => {
    await pruneOldObservations(db, { events: EVENTS, fraction: 1 });
    const quarters = await db.productQuarters.where('[productKey+quarter]').between(['jd:plain', ''], ['jd:plain', '\uffff']).toArray();
    expect(quarters.map((q) => q.quarter)).toEqual(['2025-10']);
    expect(quarters.flatMap(monthsOf).map((m) => m.month)).toEqual(['2025-11', '2025-12']);
  });
});
