import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cartAddsOf, cartItemsOfEvent, importCartPage, ingestSnapshot, RadarDatabase, recordCartAdd } from '../../src/store';
import { freshDbName, makeSku, makeSnapshot, TEST_DOUBLE11 } from './snapshots';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const EVENTS = [TEST_DOUBLE11];
const jd = (itemId: string) => ({ key: { site: 'jd' as const, itemId } });

describe('recordCartAdd', () => {
  it.each([
    ['before the pre-sale', '2025-10-19T12:00:00+08:00', null],
    ['in the pre-sale', '2025-10-21T12:00:00+08:00', 'test-double11'],
    ['in the main sale', '2025-11-11T23:00:00+08:00', 'test-double11'],
    ['on platform 返场 day 2', '2025-11-13T10:00:00+08:00', 'test-double11'],
    ['in the store 返场', '2025-11-20T10:00:00+08:00', 'test-double11'],
    ['after every window', '2025-12-20T10:00:00+08:00', null],
  ])('tags an add %s with the event running then', async (_when, at, eventId) => {
    const item = await recordCartAdd(db, { product: jd('1'), skuId: 's1', quantity: 1, price: 199, at }, EVENTS);
    expect(item.promoEventId).toBe(eventId);
    expect(item).toMatchObject({ productKey: 'jd:1', source: 'product-page', addedAt: new Date(at).toISOString() });
  });

  it('only tags events that apply to the site', async () => {
    const item = await recordCartAdd(
      db,
      { product: { key: { site: 'schema-org', itemId: 'x' } }, skuId: null, quantity: 1, price: 10, at: '2025-11-05T12:00:00+08:00' },
      EVENTS,
    );
    expect(item.promoEventId).toBeNull();
  });

  it('takes the SKU price from the snapshot when the buy box showed none', async () => {
    const snapshot = makeSnapshot({ price: 299, skus: [makeSku('s-m', 'M', 279, 3)] });
    const item = await recordCartAdd(
      db,
      { product: { snapshot }, skuId: 's-m', quantity: 2, price: null, at: '2025-11-05T12:00:00+08:00' },
      EVENTS,
    );
    expect(item).toMatchObject({ price: 279, quantity: 2, itemId: '100038004353' });
    const unknownSku = await recordCartAdd(
      db,
      { product: { snapshot }, skuId: 'gone', quantity: 1, price: null, at: '2025-11-05T12:00:00+08:00' },
      EVENTS,
    );
    expect(unknownSku.price).toBe(299);
  });

  it('keeps every press as its own entry and gives the rules their C.json input', async () => {
    await recordCartAdd(db, { product: jd('1'), skuId: 's1', quantity: 1, price: 199, at: '2025-11-01T12:00:00+08:00' }, EVENTS);
    await recordCartAdd(db, { product: jd('1'), skuId: 's1', quantity: 2, price: 189, at: '2025-11-11T12:00:00+08:00' }, EVENTS);
    await recordCartAdd(db, { product: jd('1'), skuId: null, quantity: 1, price: null, at: '2025-11-11T13:00:00+08:00' }, EVENTS);
    expect(await cartAddsOf(db, 'jd:1')).toEqual([
      { addedAt: '2025-11-01T04:00:00.000Z', price: 199, quantity: 1, skuId: 's1' },
      { addedAt: '2025-11-11T04:00:00.000Z', price: 189, quantity: 2, skuId: 's1' },
    ]);
    expect(await cartItemsOfEvent(db, 'test-double11')).toHaveLength(3);
  });
});

describe('importCartPage', () => {
  const at = '2025-11-12T10:00:00+08:00';
  const lines = [
    { site: 'jd' as const, itemId: '1', skuId: 's1', price: 199, quantity: 1 },
    { site: 'jd' as const, itemId: '2', skuId: null, price: 59, quantity: 3 },
  ];

  it('adds the lines not yet tracked, tagged with the event, and is idempotent', async () => {
    const first = await importCartPage(db, lines, at, EVENTS);
    expect(first.added.map((i) => [i.productKey, i.source, i.promoEventId, i.quantity])).toEqual([
      ['jd:1', 'cart-page', 'test-double11', 1],
      ['jd:2', 'cart-page', 'test-double11', 3],
    ]);
    expect(await importCartPage(db, lines, at, EVENTS)).toEqual({ added: [], alreadyTracked: 2 });
    expect(await db.cartItems.count()).toBe(2);
  });

  it('leaves a line alone when the product page already recorded that SKU in the event', async () => {
    await recordCartAdd(db, { product: jd('1'), skuId: 's1', quantity: 1, price: 179, at: '2025-11-05T12:00:00+08:00' }, EVENTS);
    const result = await importCartPage(db, [...lines, { site: 'jd', itemId: '1', skuId: 's2', price: 199, quantity: 1 }], at, EVENTS);
    expect(result.alreadyTracked).toBe(1);
    expect(result.added.map((i) => `${i.itemId}/${i.skuId}`)).toEqual(['2/null', '1/s2']);
    expect((await cartAddsOf(db, 'jd:1')).map((a) => a.price)).toEqual([179, 199]);
  });

  it('adds each line once when two imports race', async () => {
    const results = await Promise.all([importCartPage(db, lines, at, EVENTS), importCartPage(db, lines, at, EVENTS)]);
    expect(results.map((r) => r.added.length).sort()).toEqual([0, 2]);
    expect(await db.cartItems.count()).toBe(2);
  });

  it('tracks the same product again in a later event', async () => {
    await importCartPage(db, lines, at, EVENTS);
    const later = await importCartPage(db, lines, '2026-01-05T10:00:00+08:00', EVENTS);
    expect(later.added.map((i) => i.promoEventId)).toEqual([null, null]);
  });
});

describe('cart adds and history together', () => {
  it('a snapshot ingest and a cart add of the same product do not interfere', async () => {
    const snapshot = makeSnapshot({ capturedAt: '2025-11-05T04:00:00.000Z', skus: [makeSku('s-m', 'M', 279, 3)] });
    await Promise.all([
      ingestSnapshot(db, snapshot, { events: EVENTS }),
      recordCartAdd(db, { product: { snapshot }, skuId: 's-m', quantity: 1, price: 279, at: snapshot.capturedAt }, EVENTS),
    ]);
    expect(await db.products.count()).toBe(1);
    expect(await db.cartItems.count()).toBe(1);
  });
});
