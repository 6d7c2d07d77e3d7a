import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPriceHistory, historyForRules, ingestSnapshot, productObservations, RadarDatabase, skuObservations } from '../../src/store';
import { freshDbName, makeSku, makeSnapshot } from './snapshots';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const KEY = 'jd:100038004353';
const visit = (at: string, price: number, stock: number, extra: Parameters<typeof makeSnapshot>[0] = {}) =>
  ingestSnapshot(db, makeSnapshot({ capturedAt: at, price, skus: [makeSku('s-m', 'M', price, stock)], ...extra }), { events: [] });

describe('history queries', () => {
  beforeEach(async () => {
    await visit('2025-09-28T02:00:00.000Z', 299, 5);
    await visit('2025-09-30T02:00:00.000Z', 299, 5);
    await visit('2025-10-02T02:00:00.000Z', 299, 5); // new month: a run of its own
    await visit('2025-10-05T02:00:00.000Z', 259, 3);
  });

  it('starts a new run in a new month even when nothing changed', async () => {
    expect((await getPriceHistory(db, KEY)).map((p) => [p.at, p.lastSeenAt, p.price])).toEqual([
      ['2025-09-28T02:00:00.000Z', '2025-09-30T02:00:00.000Z', 299],
      ['2025-10-02T02:00:00.000Z', '2025-10-02T02:00:00.000Z', 299],
      ['2025-10-05T02:00:00.000Z', '2025-10-05T02:00:00.000Z', 259],
    ]);
  });

  it('answers a time range with the runs that overlap it', async () => {
    const range = { from: '2025-09-29T00:00:00.000Z', to: '2025-10-03T00:00:00.000Z' };
    expect((await getPriceHistory(db, KEY, range)).map((p) => p.at)).toEqual(['2025-09-28T02:00:00.000Z', '2025-10-02T02:00:00.000Z']);
    expect((await skuObservations(db, KEY, 's-m', { from: '2025-10-03T00:00:00.000Z' })).map((p) => p.stock)).toEqual([3]);
    expect(await productObservations(db, KEY, { to: '2025-09-01T00:00:00.000Z' })).toEqual([]);
  });

  it('lists every SKU of the product in time order', async () => {
    const all = await productObservations(db, KEY);
    expect(all).toHaveLength(6);
    expect(all.map((p) => p.skuId)).toEqual(['', 's-m', '', 's-m', '', 's-m']);
    expect(await productObservations(db, 'jd:other')).toEqual([]);
  });

  it('gives the rules their H.json input: each run as the visits that began and last saw it', async () => {
    await visit('2025-10-06T02:00:00.000Z', 259, 3, { signals: { ...makeSnapshot().signals, lowStockText: '仅剩3件' } });
    const h = await historyForRules(db, KEY);
    expect(h.filter((o) => o.skuId === undefined)).toEqual([
      { at: '2025-09-28T02:00:00.000Z', price: 299, listPrice: 399 },
      { at: '2025-09-30T02:00:00.000Z', price: 299, listPrice: 399 },
      { at: '2025-10-02T02:00:00.000Z', price: 299, listPrice: 399 },
      { at: '2025-10-05T02:00:00.000Z', price: 259, listPrice: 399 },
      { at: '2025-10-06T02:00:00.000Z', price: 259, listPrice: 399, lowStockText: '仅剩3件' },
    ]);
    expect(h.filter((o) => o.skuId === 's-m').map((o) => [o.at.slice(5, 10), o.price, o.stock])).toEqual([
      ['09-28', 299, 5],
      ['09-30', 299, 5],
      ['10-02', 299, 5],
      ['10-05', 259, 3],
      ['10-06', 259, 3],
    ]);
  });

  it('leaves runs without a price out of the rules’ input', async () => {
    await ingestSnapshot(db, makeSnapshot({ itemId: 'noprice', capturedAt: '2025-10-01T00:00:00.000Z', price: null }), { events: [] });
    expect(await historyForRules(db, 'jd:noprice')).toEqual([]);
  });
});
