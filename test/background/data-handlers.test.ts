import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handleDeleteAllData,
  handleExportBackup,
  handleGetWatchlist,
  handleImportBackup,
  handleImportCartPage,
  handleRecordCartAdd,
  handleSearchProducts,
  type DataContext,
} from '../../src/background/data-handlers';
import type { BackupProgress } from '../../src/messaging/data-messages';
import { cartAddsOf, ingestSnapshot, RadarDatabase } from '../../src/store';
import { putTransfer, takeTransfer } from '../../src/store/transfer';
import { freshDbName, makeSku, makeSnapshot, TEST_DOUBLE11 } from '../store/snapshots';
import { readingText } from '../../src/core/reading-text';

let db: RadarDatabase;
let settingsCleared: boolean;
let now: Date;
let ctx: DataContext;
let progress: BackupProgress[];
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
  settingsCleared = false;
  now = new Date('2025-11-05T04:00:00.000Z');
  ctx = {
    events: async () => [TEST_DOUBLE11],
    profile: async () => ({ sizes: { top: 'L' } }),
    now: () => now,
    clearSettings: async () => {
      settingsCleared = true;
    },
    progress: (report) => void progress.push(report),
  };
  progress = [];
});
afterEach(async () => db.delete());

const hoodie = () =>
  makeSnapshot({ capturedAt: '2025-11-05T03:59:00.000Z', price: 259, skus: [makeSku('s-m', 'M', 259, 0), makeSku('s-l', 'L', 259, 4)] });

describe('recordCartAdd handler', () => {
  it('stores the snapshot and the add, dated by the background and tagged with the event', async () => {
    const result = await handleRecordCartAdd(
      db,
      { product: { reading: readingText({ snapshot: hoodie(), texts: null }) }, skuId: 's-m', quantity: 2, price: null },
      ctx,
    );
    expect(result).toMatchObject({ ok: true, promoEventId: 'test-double11' });
    expect(await cartAddsOf(db, 'jd:100038004353')).toEqual([{ addedAt: now.toISOString(), price: 259, quantity: 2, skuId: 's-m' }]);
    expect(await db.products.count()).toBe(1);
  });

  it('holds no more than the SKU’s stock on the page, nor more than 200 when the page shows none', async () => {
    const snapshot = hoodie();
    const sku = snapshot.skus.find((s) => s.stock !== null && s.stock > 0)!;
    await handleRecordCartAdd(
      db,
      { product: { reading: readingText({ snapshot, texts: null }) }, skuId: sku.skuId, quantity: 9999, price: null },
      ctx,
    );
    await handleRecordCartAdd(db, { product: { site: 'taobao', itemId: '6001' }, skuId: null, quantity: 9999, price: 88 }, ctx);
    expect((await db.cartItems.toArray()).map((i) => i.quantity)).toEqual([sku.stock, 200]);
  });

  it('accepts a bare product id', async () => {
    expect(
      await handleRecordCartAdd(db, { product: { site: 'taobao', itemId: '6001' }, skuId: null, quantity: 1, price: 88 }, ctx),
    ).toMatchObject({ ok: true });
    expect(await db.products.count()).toBe(0);
  });

  it.each([
    [{ product: { site: 'jd', itemId: '1' }, skuId: null, quantity: 0, price: 1 }, 'quantity'],
    [{ product: { site: 'jd', itemId: '1' }, skuId: null, quantity: 1, price: -1 }, 'price'],
    [{ product: { site: 'amazon', itemId: '1' }, skuId: null, quantity: 1, price: 1 }, 'product'],
    [{ product: { site: 'jd', itemId: '1' }, skuId: null, quantity: 1, price: 1, at: '2020-01-01T00:00:00Z' }, 'at'],
    [null, 'invalid cart add'],
  ])('refuses a forged add (%j) and says why', async (input, reason) => {
    const result = await handleRecordCartAdd(db, input, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(reason);
    expect(await db.cartItems.count()).toBe(0);
  });
});

describe('importCartPage handler', () => {
  it('imports new lines once', async () => {
    const lines = [{ site: 'jd', itemId: '1', skuId: 's1', price: 99, quantity: 1 }];
    expect(await handleImportCartPage(db, { lines }, ctx)).toEqual({ ok: true, added: 1, alreadyTracked: 0 });
    expect(await handleImportCartPage(db, { lines }, ctx)).toEqual({ ok: true, added: 0, alreadyTracked: 1 });
  });

  it('refuses lines that are not lines', async () => {
    expect(await handleImportCartPage(db, { lines: [{ site: 'jd' }] }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid cart page: lines.0'),
    });
    expect(
      await handleImportCartPage(
        db,
        { lines: Array.from({ length: 501 }, () => ({ site: 'jd', itemId: '1', skuId: null, price: 1, quantity: 1 })) },
        ctx,
      ),
    ).toMatchObject({ ok: false });
  });
});

describe('backup handlers', () => {
  it('exports a named JSON file that imports back, and delete-all empties the store and settings', async () => {
    await ingestSnapshot(db, hoodie(), { events: [TEST_DOUBLE11] });
    const exportId = crypto.randomUUID();
    const exported = await handleExportBackup(db, { transferId: exportId }, ctx);
    if (!exported.ok) throw new Error(exported.error);
    const file = await takeTransfer(exportId);
    if (!(file instanceof Blob)) throw new Error('the export left no file');
    expect(await takeTransfer(exportId)).toBeNull();
    expect(exported.fileName).toBe('fanchang-radar-backup-2025-11-05.json');
    expect(exported.counts).toEqual({ products: 1, skus: 2, observations: 3, cartItems: 0, watches: 0, notifications: 0 });

    expect(await handleDeleteAllData(db, ctx)).toEqual({ ok: true });
    expect(settingsCleared).toBe(true);
    expect(await db.products.count()).toBe(0);

    const importId = crypto.randomUUID();
    await putTransfer(importId, file);
    expect(await handleImportBackup(db, { transferId: importId }, ctx)).toMatchObject({
      ok: true,
      counts: { products: 1, observations: 3 },
    });
    expect(await db.products.count()).toBe(1);
    // The file is taken (deleted) by the import, and the page heard each step of both.
    expect(await takeTransfer(importId)).toBeNull();
    expect(progress.filter((p) => p.transferId === exportId).map((p) => p.phase)).toEqual(['reading', 'writing']);
    const stored = progress.filter((p) => p.transferId === importId && p.phase === 'storing');
    expect(stored.at(-1)).toMatchObject({ done: stored.at(-1)!.total });
    expect(stored.at(-1)!.total).toBeGreaterThan(0);
  });

  it('refuses a request without a transfer id, a file that never arrived, and a file that is no backup', async () => {
    expect(await handleImportBackup(db, { json: '{}' }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid backup request'),
    });
    expect(await handleImportBackup(db, { transferId: crypto.randomUUID() }, ctx)).toEqual({
      ok: false,
      error: 'the backup file did not arrive',
    });
    const id = crypto.randomUUID();
    await putTransfer(id, new Blob(['{}']));
    expect(await handleImportBackup(db, { transferId: id }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a 返场雷达 backup'),
    });
  });
});

describe('searchProducts and getWatchlist handlers', () => {
  it('searches, and answers a malformed query with nothing', async () => {
    await ingestSnapshot(db, hoodie(), { events: [] });
    expect((await handleSearchProducts(db, { query: '卫衣' })).map((h) => h.key)).toEqual(['jd:100038004353']);
    expect(await handleSearchProducts(db, { query: 42 })).toEqual([]);
    expect(await handleSearchProducts(db, { query: '卫衣', limit: 1000 })).toEqual([]);
  });

  it.each([
    ['L', { label: 'L', inStock: true, stock: 4 }, 0],
    // M is sold out: the size-run rule fires.
    ['M', { label: 'M', inStock: false, stock: 0 }, 1],
  ])('lists the watch list with the shopper’s size (%s) and a trap count from the rules', async (size, mySize, traps) => {
    ctx.profile = async () => ({ sizes: { top: size } });
    await handleRecordCartAdd(
      db,
      { product: { reading: readingText({ snapshot: hoodie(), texts: null }) }, skuId: null, quantity: 1, price: 259 },
      ctx,
    );
    now = new Date('2025-11-20T04:00:00.000Z');
    const [group] = await handleGetWatchlist(db, ctx);
    expect(group).toMatchObject({ eventId: 'test-double11', phase: 'store-fanchang' });
    expect(group?.items[0]).toMatchObject({ mySize, nowPrice: 259, promoPrice: { kind: 'known', price: 259 }, trapCount: traps });
  });
});
