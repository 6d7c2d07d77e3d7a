import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PromoEvent } from '../../src/promo';
import { getPriceHistory, ingestSnapshot, RadarDatabase, skuObservations } from '../../src/store';
import { freshDbName, makeSku, makeSnapshot, TEST_DOUBLE11 } from './snapshots';
import { monthsOf } from '../../src/store/quarters';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const NO_EVENTS: PromoEvent[] = [];

const at = (day: string) => `${day}T04:00:00.000Z`;

describe('ingestSnapshot', () => {
  it('stores the product, its SKUs with normalised sizes and one change point per reading', async () => {
    const s = makeSnapshot({ skus: [makeSku('s-m', 'M', 299, 5), makeSku('s-xl', 'XL(180/96A)', 299, 0)] });
    expect(await ingestSnapshot(db, s, { events: NO_EVENTS })).toBe(3);
    const product = await db.products.get('jd:100038004353');
    expect(product).toMatchObject({ shop: '某某官方旗舰店', title: s.title, firstSeenAt: s.capturedAt });
    expect((await db.productSearch.get('jd:100038004353'))?.grams).toContain('卫衣');
    const skus = await db.skus.where('productKey').equals('jd:100038004353').sortBy('skuId');
    expect(skus.map((k) => [k.skuId, k.size?.label, k.size?.letter, k.firstSeenAt])).toEqual([
      ['s-m', 'M', 4, s.capturedAt],
      ['s-xl', 'XL', 6, s.capturedAt],
    ]);
  });

  it('rewrites the search row when what search shows changed or it is ten minutes old, not on every re-read', async () => {
    const search = () => db.productSearch.get('jd:100038004353');
    const visit = (capturedAt: string, price = 299) => ingestSnapshot(db, makeSnapshot({ capturedAt, price }), { events: NO_EVENTS });
    await visit('2025-09-01T04:00:00.000Z');
    // A SKU switch a minute later: the row stands.
    await visit('2025-09-01T04:01:00.000Z');
    expect(await search()).toMatchObject({ lastSeenAt: '2025-09-01T04:00:00.000Z', price: 299 });
    // A new price is shown in the hit at once.
    await visit('2025-09-01T04:02:00.000Z', 259);
    expect(await search()).toMatchObject({ lastSeenAt: '2025-09-01T04:02:00.000Z', price: 259 });
    // Ten minutes on, the recency catches up; the product row always has the exact time.
    await visit('2025-09-01T04:11:00.000Z', 259);
    expect((await search())?.lastSeenAt).toBe('2025-09-01T04:02:00.000Z');
    await visit('2025-09-01T04:12:00.000Z', 259);
    expect((await search())?.lastSeenAt).toBe('2025-09-01T04:12:00.000Z');
    expect((await db.products.get('jd:100038004353'))?.lastSeenAt).toBe('2025-09-01T04:12:00.000Z');
  });

  it('extends the current run when nothing changed and adds a point when something did', async () => {
    const sku = (stock: number) => [makeSku('s-m', 'M', 299, stock)];
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-01'), skus: sku(5) }), { events: NO_EVENTS });
    expect(await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-02'), skus: sku(5) }), { events: NO_EVENTS })).toBe(0);
    expect(await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-03'), skus: sku(4) }), { events: NO_EVENTS })).toBe(1);
    expect(await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-04'), price: 259, skus: sku(4) }), { events: NO_EVENTS })).toBe(
      1,
    );
    expect(await getPriceHistory(db, 'jd:100038004353')).toEqual([
      { at: at('2025-09-01'), lastSeenAt: at('2025-09-03'), price: 299, listPrice: 399 },
      { at: at('2025-09-04'), lastSeenAt: at('2025-09-04'), price: 259, listPrice: 399 },
    ]);
    const skuRuns = await skuObservations(db, 'jd:100038004353', 's-m');
    expect(skuRuns.map((r) => [new Date(r.atMs).toISOString(), new Date(r.lastSeenAtMs).toISOString(), r.stock])).toEqual([
      [at('2025-09-01'), at('2025-09-02'), 5],
      [at('2025-09-03'), at('2025-09-04'), 4],
    ]);
  });

  it('starts a new run when the low-stock or countdown text changes', async () => {
    const signals = (countdownText: string | null) => ({ ...makeSnapshot().signals, countdownText });
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-01'), signals: signals('距结束 05:12:33') }), { events: NO_EVENTS });
    expect(
      await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-02'), signals: signals('距结束 23:59:59') }), { events: NO_EVENTS }),
    ).toBe(1);
    expect((await skuObservations(db, 'jd:100038004353', '')).map((r) => r.countdownText)).toEqual(['距结束 05:12:33', '距结束 23:59:59']);
  });

  it('cuts an unchanged run at the promo windows so a visit during the sale is a point of its own', async () => {
    const days = ['2025-10-01', '2025-10-15', '2025-11-05', '2025-11-08', '2025-11-20'];
    for (const d of days) await ingestSnapshot(db, makeSnapshot({ capturedAt: at(d) }), { events: [TEST_DOUBLE11] });
    expect((await getPriceHistory(db, 'jd:100038004353')).map((p) => [p.at.slice(0, 10), p.lastSeenAt.slice(0, 10)])).toEqual([
      ['2025-10-01', '2025-10-01'], // 30 days before the pre-sale begins a new window
      ['2025-10-15', '2025-10-15'], // within 7 days of the pre-sale
      ['2025-11-05', '2025-11-08'], // main window
      ['2025-11-20', '2025-11-20'], // after the end
    ]);
  });

  it('keeps the newest snapshot as the product state when an older one arrives late', async () => {
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-05'), title: 'new title' }), { events: NO_EVENTS });
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-01'), title: 'old title', price: 350 }), { events: NO_EVENTS });
    const product = await db.products.get('jd:100038004353');
    expect(product).toMatchObject({ title: 'new title', firstSeenAt: at('2025-09-01'), lastSeenAt: at('2025-09-05') });
    expect((await getPriceHistory(db, 'jd:100038004353')).map((p) => p.price)).toEqual([350, 299]);
  });

  it('rewrites SKU rows only when a SKU is new or described differently, keeping when it was first seen', async () => {
    const skus = (label: string) => [makeSku('s-m', label, 299, 5), makeSku('s-l', 'L', 299, 5)];
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-01'), skus: skus('M') }), { events: NO_EVENTS });
    const skuWrites = vi.spyOn(db.skus, 'bulkPut');
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-02'), price: 199, skus: skus('M') }), { events: NO_EVENTS });
    expect(skuWrites).not.toHaveBeenCalled();
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-09-03'), skus: skus('M码') }), { events: NO_EVENTS });
    expect(skuWrites).toHaveBeenCalledTimes(1);
    expect(await db.skus.get(['jd:100038004353', 's-m'])).toMatchObject({ sizeLabel: 'M码', firstSeenAt: at('2025-09-01') });
    // A late snapshot from an older tab moves first-seen back but does not undo the newer label.
    await ingestSnapshot(db, makeSnapshot({ capturedAt: at('2025-08-30'), skus: skus('M') }), { events: NO_EVENTS });
    expect(await db.skus.get(['jd:100038004353', 's-m'])).toMatchObject({ sizeLabel: 'M码', firstSeenAt: at('2025-08-30') });
  });

  it('writes no history when the same capture arrives twice', async () => {
    const s = makeSnapshot({ capturedAt: at('2025-09-01'), skus: [makeSku('s-m', 'M', 299, 5)] });
    await ingestSnapshot(db, s, { events: NO_EVENTS });
    const historyWrites = vi.spyOn(db.productQuarters, 'put');
    expect(await ingestSnapshot(db, s, { events: NO_EVENTS })).toBe(0);
    expect(historyWrites).not.toHaveBeenCalled();
  });

  it('loses nothing when many tabs ingest at once', async () => {
    const snapshots = Array.from({ length: 40 }, (_, i) =>
      makeSnapshot({
        itemId: `item-${i % 8}`,
        capturedAt: new Date(Date.UTC(2025, 8, 1, i)).toISOString(),
        price: 100 + i,
        skus: [makeSku(`sku-${i % 8}`, 'M', 100 + i, i)],
      }),
    );
    const added = await Promise.all(snapshots.map((s) => ingestSnapshot(db, s, { events: NO_EVENTS })));
    expect(added.every((n) => n === 2)).toBe(true);
    const runs = (await db.productQuarters.toArray()).flatMap(monthsOf).flatMap((row) => row.series.flatMap((series) => series.runs));
    expect(runs).toHaveLength(80);
    expect(await db.products.count()).toBe(8);
    for (let item = 0; item < 8; item++) {
      const prices = (await getPriceHistory(db, `jd:item-${item}`)).map((p) => p.price);
      expect(prices).toEqual([0, 1, 2, 3, 4].map((k) => 100 + item + 8 * k));
    }
  });
});
