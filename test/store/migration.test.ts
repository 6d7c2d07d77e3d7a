import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getPriceHistory, ingestSnapshot, RadarDatabase } from '../../src/store';
import { freshDbName, makeSku, makeSnapshot } from './snapshots';

/** A frozen copy of schema version 1 as it shipped: what a shopper's browser already holds. */
class VersionOneDatabase extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({
      products: '&key, site, lastSeenAt, title',
      observations: '++id, [productKey+skuId+at], [productKey+at]',
    });
  }
}

async function writeVersionOne(name: string): Promise<void> {
  const old = new VersionOneDatabase(name);
  const snapshot = makeSnapshot({
    capturedAt: '2025-09-02T00:00:00.000Z',
    skus: [makeSku('s-40', '40', 499, 3)],
    category: 'shoes',
    title: 'Nike 跑鞋',
  });
  await old.table('products').put({
    key: 'jd:100038004353',
    site: 'jd',
    itemId: '100038004353',
    title: snapshot.title,
    firstSeenAt: '2025-09-01T00:00:00.000Z',
    lastSeenAt: snapshot.capturedAt,
    snapshot,
  });
  await old.table('observations').bulkAdd([
    {
      productKey: 'jd:100038004353',
      skuId: '',
      at: '2025-09-01T00:00:00.000Z',
      lastSeenAt: '2025-09-01T00:00:00.000Z',
      price: 529,
      listPrice: 699,
      stock: null,
    },
    {
      productKey: 'jd:100038004353',
      skuId: '',
      at: '2025-09-02T00:00:00.000Z',
      lastSeenAt: '2025-09-02T00:00:00.000Z',
      price: 499,
      listPrice: 699,
      stock: null,
    },
    {
      productKey: 'jd:100038004353',
      skuId: 's-40',
      at: '2025-09-02T00:00:00.000Z',
      lastSeenAt: '2025-09-02T00:00:00.000Z',
      price: 499,
      listPrice: null,
      stock: 3,
    },
  ]);
  old.close();
}

describe('schema migration', () => {
  it('opens a version 1 database, keeps its history and fills the tables later versions added', async () => {
    const name = freshDbName();
    await writeVersionOne(name);
    const db = new RadarDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(4);
      expect((await getPriceHistory(db, 'jd:100038004353')).map((p) => p.price)).toEqual([529, 499]);
      const product = await db.products.get('jd:100038004353');
      expect(product?.shop).toBe('某某官方旗舰店');
      expect(await db.products.where('searchGrams').equals('跑鞋').primaryKeys()).toEqual(['jd:100038004353']);
      const sku = await db.skus.get(['jd:100038004353', 's-40']);
      expect(sku).toEqual({
        productKey: 'jd:100038004353',
        skuId: 's-40',
        props: { 尺码: '40' },
        sizeLabel: '40',
        size: expect.objectContaining({ footMm: 250 }),
        firstSeenAt: '2025-09-02T00:00:00.000Z',
      });
      for (const table of ['cartItems', 'watches', 'notifications', 'claimSightings'] as const) expect(await db[table].count()).toBe(0);
      expect(db.verno).toBe(7);

      // A visit after the upgrade extends the version 1 run: rows without signal texts read as unchanged.
      expect(
        await ingestSnapshot(
          db,
          makeSnapshot({
            capturedAt: '2025-09-03T00:00:00.000Z',
            price: 499,
            listPrice: 699,
            skus: [makeSku('s-40', '40', 499, 3)],
            category: 'shoes',
          }),
          { events: [] },
        ),
      ).toBe(0);
      expect((await db.productMonths.toArray()).flatMap((row) => row.series.flatMap((series) => series.runs))).toHaveLength(3);
      expect(db.tables.map((t) => t.name)).not.toContain('observations');
      expect(db.tables.map((t) => t.name)).not.toContain('observationMonths');
    } finally {
      await db.delete();
    }
  });
});
