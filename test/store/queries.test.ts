import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getWatchlist,
  ingestSnapshot,
  prepromoLowOfSku,
  promoPriceOfSku,
  RadarDatabase,
  recordCartAdd,
  searchProducts,
} from '../../src/store';
import type { ProductSnapshot } from '../../src/core/types';
import type { ProductRow } from '../../src/store/db';
import { searchRowOf } from '../../src/store/search-grams';
import { freshDbName, makeSku, makeSnapshot, TEST_DOUBLE11 } from './snapshots';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const EVENTS = [TEST_DOUBLE11];

/** A product row as ingest would store it. */
function productRowOf(s: ProductSnapshot): ProductRow {
  return {
    key: `${s.site}:${s.itemId}`,
    site: s.site,
    itemId: s.itemId,
    title: s.title,
    shop: s.shop,
    firstSeenAt: s.capturedAt,
    lastSeenAt: s.capturedAt,
    snapshot: s,
  };
}

/** Product rows written straight to the tables, with the search rows ingest would write beside them. */
async function putProducts(rows: ProductRow[]): Promise<void> {
  await Promise.all([db.products.bulkPut(rows), db.productSearch.bulkPut(rows.map(searchRowOf))]);
}
const KEY = 'jd:100038004353';
const visit = (at: string, skuPrice: number, stocks: { m: number; l: number }) =>
  ingestSnapshot(
    db,
    makeSnapshot({
      capturedAt: at,
      price: skuPrice,
      skus: [makeSku('s-m', 'M', skuPrice, stocks.m), makeSku('s-l', 'L', skuPrice, stocks.l)],
    }),
    { events: EVENTS },
  );

describe('promo prices from the store', () => {
  beforeEach(async () => {
    await visit('2025-10-14T12:00:00+08:00', 329, { m: 5, l: 5 }); // 6 days before the pre-sale
    await visit('2025-10-16T12:00:00+08:00', 299, { m: 5, l: 5 });
    await visit('2025-11-01T12:00:00+08:00', 259, { m: 4, l: 5 }); // main window
    await visit('2025-11-11T12:00:00+08:00', 249, { m: 2, l: 5 });
    await visit('2025-11-20T12:00:00+08:00', 279, { m: 0, l: 5 }); // store 返场
  });

  it('finds the lowest price seen in the main window and the cart-add price', async () => {
    expect(await promoPriceOfSku(db, KEY, TEST_DOUBLE11, 's-m')).toMatchObject({
      kind: 'known',
      price: 249,
      reference: 'lowest-seen',
      cartAdd: null,
    });
    await recordCartAdd(
      db,
      { product: { key: { site: 'jd', itemId: '100038004353' } }, skuId: 's-m', quantity: 1, price: 239, at: '2025-10-25T12:00:00+08:00' },
      EVENTS,
    );
    expect(await promoPriceOfSku(db, KEY, TEST_DOUBLE11, 's-m')).toMatchObject({ kind: 'known', price: 239, reference: 'cart-add' });
  });

  it('finds the lowest price of the 7 days before the promo, and says when there is no history', async () => {
    expect(await prepromoLowOfSku(db, KEY, TEST_DOUBLE11, 's-m')).toMatchObject({ kind: 'known', low: { price: 299 } });
    expect(await prepromoLowOfSku(db, 'jd:unknown', TEST_DOUBLE11)).toMatchObject({ kind: 'not-enough-history' });
    expect(await promoPriceOfSku(db, 'jd:unknown', TEST_DOUBLE11)).toEqual({ kind: 'not-enough-history' });
  });

  it('lists the 返场 watch list by event with promo price, price now and the shopper’s size', async () => {
    const product = { key: { site: 'jd' as const, itemId: '100038004353' } };
    await recordCartAdd(db, { product, skuId: 's-m', quantity: 1, price: 259, at: '2025-11-01T12:05:00+08:00' }, EVENTS);
    await recordCartAdd(db, { product, skuId: 's-m', quantity: 1, price: 255, at: '2025-11-02T12:05:00+08:00' }, EVENTS);
    await recordCartAdd(db, { product, skuId: null, quantity: 1, price: 249, at: '2025-11-11T12:05:00+08:00' }, EVENTS);
    await recordCartAdd(
      db,
      { product: { key: { site: 'jd', itemId: 'never-seen' } }, skuId: null, quantity: 1, price: 10, at: '2025-12-25T12:00:00+08:00' },
      EVENTS,
    );

    const list = await getWatchlist(db, { events: EVENTS, sizes: { top: 'L' }, now: new Date('2025-11-20T12:00:00+08:00') });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ eventId: 'test-double11', name: '双11', phase: 'store-fanchang' });
    const [bySku, byProfile] = list[0]!.items;
    expect(bySku).toMatchObject({
      skuId: 's-m',
      quantity: 2,
      priceAtAdd: 255,
      nowPrice: 279,
      mySize: { label: 'M', inStock: false, stock: 0 },
      trapCount: null,
    });
    expect(bySku?.promoPrice).toMatchObject({ kind: 'known', price: 249 });
    expect(bySku?.cartItemIds).toHaveLength(2);
    expect(byProfile).toMatchObject({
      skuId: null,
      mySize: { label: 'L', inStock: true, stock: 5 },
      nowPrice: 279,
      title: makeSnapshot().title,
    });
  });

  it('keeps items of an event no longer in the calendar, named by its id', async () => {
    await recordCartAdd(
      db,
      { product: { key: { site: 'jd', itemId: '9' } }, skuId: null, quantity: 1, price: 10, at: '2025-11-05T12:00:00+08:00' },
      EVENTS,
    );
    const list = await getWatchlist(db, { events: [], sizes: {}, now: new Date('2025-11-20T12:00:00+08:00') });
    expect(list[0]).toMatchObject({ eventId: 'test-double11', name: 'test-double11', phase: 'none' });
    expect(list[0]?.items[0]).toMatchObject({ promoPrice: { kind: 'not-enough-history' }, mySize: null, title: null });
  });
});

describe('searchProducts', () => {
  beforeEach(async () => {
    const products = [
      { itemId: '1001', title: '男士连帽加绒卫衣', shop: '优衣库官方旗舰店', capturedAt: '2025-10-01T00:00:00.000Z' },
      { itemId: '1002', title: 'Nike Air Zoom 跑鞋', shop: 'Nike官方旗舰店', capturedAt: '2025-10-03T00:00:00.000Z' },
      { itemId: '1003', title: '女士卫衣 宽松', shop: '某店', capturedAt: '2025-10-02T00:00:00.000Z' },
      { itemId: '20030', title: null, shop: null, capturedAt: '2025-10-04T00:00:00.000Z' },
    ];
    for (const p of products) await ingestSnapshot(db, makeSnapshot(p), { events: [] });
  });

  it.each([
    ['卫衣', ['1003', '1001']],
    ['卫', ['1003', '1001']],
    ['ｎｉｋｅ', ['1002']],
    ['air zoom', ['1002']],
    ['旗舰店', ['1002', '1001']],
    ['100', ['1002', '1003', '1001']],
    ['0030', ['20030']],
    ['卫衣男', []],
    ['', []],
    ['   ', []],
    ['毛衣', []],
  ])('finds %j', async (query, itemIds) => {
    expect((await searchProducts(db, query)).map((h) => h.itemId)).toEqual(itemIds);
  });

  it('returns at most `limit` hits, most recently seen first, with what the popup lists', async () => {
    const [hit] = await searchProducts(db, '100', 1);
    expect(hit).toEqual({
      key: 'jd:1002',
      site: 'jd',
      itemId: '1002',
      title: 'Nike Air Zoom 跑鞋',
      shop: 'Nike官方旗舰店',
      image: null,
      price: 299,
      currency: 'CNY',
      lastSeenAt: '2025-10-03T00:00:00.000Z',
    });
  });

  it('finds a word among 2,000 products through the gram index, without reading every row', async () => {
    const words = ['卫衣', '羽绒服', '跑鞋', '面霜', '零食', '手机', '耳机', '牛仔裤'];
    await putProducts(
      Array.from({ length: 2000 }, (_, i) => {
        const s = makeSnapshot({
          itemId: `b${i}`,
          title: `品牌${i % 50} ${words[i % words.length]} 款${i}`,
          capturedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
        });
        return productRowOf(s);
      }),
    );
    let rowsRead = 0;
    const countReads = (row: unknown) => (rowsRead++, row);
    db.productSearch.hook('reading', countReads);
    db.products.hook('reading', countReads);
    const hits = await searchProducts(db, '羽绒服');
    db.productSearch.hook('reading').unsubscribe(countReads);
    db.products.hook('reading').unsubscribe(countReads);
    expect(hits).toHaveLength(20);
    expect(hits.every((h) => h.title?.includes('羽绒服'))).toBe(true);
    // 250 of the 2,000 products hold the word; the speed itself is measured by `npm run bench`.
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThanOrEqual(250);
  });

  describe('at scale, against reading every row', () => {
    const SHOPS = 40;
    beforeEach(async () => {
      await putProducts(
        Array.from({ length: 3000 }, (_, i) => {
          // Recency unrelated to the key, with ties: a walk that loses its place would show it.
          const seen = new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 1500) * 60_000).toISOString();
          const s = makeSnapshot({ itemId: `s${i}`, title: `商品 ${i} 连帽卫衣`, shop: `店铺 ${i % SHOPS}`, capturedAt: seen });
          return productRowOf(s);
        }),
      );
    });

    /** What search must answer: every row checked, most recent first, ties by key from the highest. */
    async function everyRow(query: string, limit: number): Promise<string[]> {
      const { matchesSearch, normalizeSearchText } = await import('../../src/store/search-grams');
      const q = normalizeSearchText(query);
      const rows = (await db.products.toArray()).filter((r) => matchesSearch(r, q));
      rows.sort((a, b) => (a.lastSeenAt !== b.lastSeenAt ? (a.lastSeenAt < b.lastSeenAt ? 1 : -1) : a.key < b.key ? 1 : -1));
      return rows.slice(0, limit).map((r) => r.key);
    }

    it.each([
      ['店铺 7', 20],
      ['店铺 7', 100],
      ['店铺 3', 5],
      ['卫衣', 20],
      ['商品 1', 20],
      ['商品 29', 50],
      ['7', 20],
      ['s1234', 20],
      ['连帽卫衣 x', 20],
    ])('finds the same %j (limit %i) as reading every row', async (query, limit) => {
      expect((await searchProducts(db, query, limit)).map((h) => h.key)).toEqual(await everyRow(query, limit));
    });
  });
});
