import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getPriceHistory, ingestSnapshot, productObservations, RadarDatabase, searchProducts } from '../../src/store';
import type { ProductMonthRow } from '../../src/store/db';
import { pointsOf } from '../../src/store/runs';
import { monthsOf } from '../../src/store/quarters';
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

/** Schema version 4 as it shipped, the last before purchases (version 6; 5 is another branch's). */
class VersionFourDatabase extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(4).stores({
      products: '&key, site, lastSeenAt, title, *searchGrams',
      skus: '&[productKey+skuId], productKey',
      cartItems: '++id, productKey, [promoEventId+addedAt], addedAt',
      watches: '++id, productKey, [status+nextCheckAt], createdAt',
      notifications: '++id, &eventKey, sentAt, watchId, productKey',
      productMonths: '[productKey+month]',
    });
  }
}

/** Schema version 7 as it shipped, the last with a row per product and month and grams on the product rows. */
class VersionSevenDatabase extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(7).stores({
      products: '&key, site, lastSeenAt, title, *searchGrams',
      skus: '&[productKey+skuId], productKey',
      cartItems: '++id, productKey, [promoEventId+addedAt], addedAt',
      watches: '++id, productKey, [status+nextCheckAt], createdAt',
      notifications: '++id, &eventKey, sentAt, watchId, productKey',
      productMonths: '[productKey+month]',
      purchases: '++id, &lineKey, productKey, orderedAt, status',
      claimSightings: '[productKey+figure+where], figure, productKey',
    });
  }
}

const t = (iso: string) => Date.parse(iso);

/** Month rows as version 7 stored them: several SKUs, quarters, odd prices, page texts, a run carried over from version 1. */
const VERSION_SEVEN_MONTHS: ProductMonthRow[] = [
  {
    productKey: 'jd:1',
    month: '2025-08',
    series: [
      {
        skuId: '',
        runs: [
          [t('2025-08-01T01:02:03.004Z'), t('2025-10-15T00:00:00.000Z'), 329.9, 399, null],
          [t('2025-08-20T00:00:00.000Z'), t('2025-08-21T00:00:00.000Z'), 0.1 + 0.2, null, null, '仅剩3件', null],
        ],
      },
      { skuId: 'sku-41', runs: [[t('2025-08-01T01:02:03.004Z'), t('2025-08-01T01:02:03.004Z'), null, null, 0]] },
    ],
  },
  {
    productKey: 'jd:1',
    month: '2025-09',
    series: [
      {
        skuId: '',
        runs: [[t('2025-09-30T23:59:59.999Z'), t('2025-09-30T23:59:59.999Z'), 1e21, 399, null, null, '距结束 02:03:04']],
      },
    ],
  },
  {
    productKey: 'jd:1',
    month: '2025-10',
    series: [{ skuId: '颜色:黑', runs: [[t('2025-10-01T00:00:00.000Z'), t('2025-10-02T00:00:00.000Z'), 199, 299, 12]] }],
  },
  {
    productKey: 'tb:2',
    month: '2025-10',
    series: [{ skuId: '', runs: [[t('2025-10-05T00:00:00.000Z'), t('2025-10-05T00:00:00.000Z'), 88, null, null]] }],
  },
];

async function writeVersionSeven(name: string): Promise<void> {
  const old = new VersionSevenDatabase(name);
  for (const [key, title] of [
    ['jd:1', 'Nike 跑鞋'],
    ['tb:2', '羊毛围巾'],
  ] as const) {
    const snapshot = makeSnapshot({
      site: key.startsWith('jd') ? 'jd' : 'taobao',
      itemId: key.slice(3),
      title,
      capturedAt: '2025-10-05T00:00:00.000Z',
    });
    await old.table('products').put({
      key,
      site: snapshot.site,
      itemId: snapshot.itemId,
      title,
      shop: snapshot.shop,
      searchGrams: ['stale'],
      firstSeenAt: '2025-08-01T01:02:03.004Z',
      lastSeenAt: snapshot.capturedAt,
      snapshot,
    });
  }
  await old.table('productMonths').bulkPut(VERSION_SEVEN_MONTHS);
  old.close();
}

describe('schema migration', () => {
  it('opens a version 7 database: the same history back from quarter rows, search rows for every product', async () => {
    const name = freshDbName();
    await writeVersionSeven(name);
    const expected = VERSION_SEVEN_MONTHS.flatMap(pointsOf).sort((a, b) => a.atMs - b.atMs || (a.skuId < b.skuId ? -1 : 1));
    const db = new RadarDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(8);
      expect(db.tables.map((table) => table.name)).not.toContain('productMonths');
      expect(await productObservations(db, 'jd:1')).toEqual(expected.filter((p) => p.productKey === 'jd:1'));
      expect(await productObservations(db, 'tb:2')).toEqual(expected.filter((p) => p.productKey === 'tb:2'));
      expect((await db.productQuarters.toArray()).map((q) => [q.productKey, q.quarter])).toEqual([
        ['jd:1', '2025-07'],
        ['jd:1', '2025-10'],
        ['tb:2', '2025-10'],
      ]);
      const product = await db.products.get('jd:1');
      expect(product).not.toHaveProperty('searchGrams');
      expect((await searchProducts(db, '跑鞋')).map((h) => h.key)).toEqual(['jd:1']);
      expect((await searchProducts(db, '围巾')).map((h) => h.key)).toEqual(['tb:2']);
      expect(await searchProducts(db, 'stale')).toEqual([]);
    } finally {
      await db.delete();
    }
  });

  it('opens a version 4 database: watches and alerts kept, the purchases table of version 6 empty, its order lines unique', async () => {
    const name = freshDbName();
    const old = new VersionFourDatabase(name);
    await old.table('watches').add({
      productKey: 'jd:1',
      skuId: null,
      kind: 'price',
      targetPrice: 99,
      sizeLabel: null,
      status: 'active',
      createdAt: '2026-11-01T00:00:00.000Z',
      auto: false,
      lastCheckedAt: null,
      nextCheckAt: '2026-11-01T00:30:00.000Z',
      failureCount: 0,
    });
    await old.table('notifications').add({
      watchId: 1,
      productKey: 'jd:1',
      kind: 'price',
      eventKey: 'price:1:x',
      title: 't',
      body: 'b',
      sentAt: '2026-11-01T00:00:00.000Z',
      url: null,
    });
    old.close();
    const db = new RadarDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(6);
      expect(await db.watches.count()).toBe(1);
      expect(await db.notifications.count()).toBe(1);
      expect(await db.purchases.count()).toBe(0);
      const row = {
        lineKey: 'jd:298765432101:1:1',
        productKey: 'jd:1',
        site: 'jd' as const,
        itemId: '1',
        skuId: '1',
        unitPrice: 99,
        quantity: 1,
        orderedAt: '2026-11-10T16:05:12.000Z',
        shop: null,
        orderRef: '298765432101',
        source: 'order-page' as const,
        recordedAt: '2026-11-16T02:00:00.000Z',
        status: 'open' as const,
        claimedAmount: null,
        closedAt: null,
      };
      await db.purchases.add(row);
      await expect(db.purchases.add({ ...row })).rejects.toThrow();
    } finally {
      await db.delete();
    }
  });

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
      expect(await db.productSearch.where('grams').equals('跑鞋').primaryKeys()).toEqual(['jd:100038004353']);
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
      expect(db.verno).toBe(8);

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
      expect(
        (await db.productQuarters.toArray()).flatMap(monthsOf).flatMap((row) => row.series.flatMap((series) => series.runs)),
      ).toHaveLength(3);
      expect(db.tables.map((t) => t.name)).not.toContain('observations');
      expect(db.tables.map((t) => t.name)).not.toContain('observationMonths');
    } finally {
      await db.delete();
    }
  });
});
