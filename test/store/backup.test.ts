import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addWatch, ingestSnapshot, logNotification, RadarDatabase, recordCartAdd } from '../../src/store';
import { deleteAllData, exportBackup, importBackupText, parseBackup, restoreBackup } from '../../src/store/backup';
import type { BackupFile } from '../../src/store/backup-schema';
import { backupArbitrary, canonical } from './backup-data';
import { freshDbName, makeSku, makeSnapshot, TEST_DOUBLE11 } from './snapshots';
import { monthsOf } from '../../src/store/quarters';

let db: RadarDatabase;
beforeEach(() => {
  db = new RadarDatabase(freshDbName());
});
afterEach(async () => db.delete());

const NOW = new Date('2025-11-20T00:00:00.000Z');

/** A store with a bit of everything, as a shopper's would be. */
async function fillStore(): Promise<void> {
  const s = makeSnapshot({
    capturedAt: '2025-11-05T04:00:00.000Z',
    skus: [makeSku('s-m', 'M', 279, 3)],
    signals: { ...makeSnapshot().signals, countdownText: '距结束 05:12:33' },
  });
  await ingestSnapshot(db, s, { events: [TEST_DOUBLE11] });
  await ingestSnapshot(db, { ...s, capturedAt: '2025-11-06T04:00:00.000Z', price: 259 }, { events: [TEST_DOUBLE11] });
  await recordCartAdd(db, { product: { snapshot: s }, skuId: 's-m', quantity: 1, price: 259, at: '2025-11-06T04:00:00.000Z' }, [
    TEST_DOUBLE11,
  ]);
  const w = await addWatch(db, {
    productKey: 'jd:100038004353',
    kind: 'restock',
    skuId: 's-m',
    sizeLabel: 'M',
    createdAt: '2025-11-06T05:00:00.000Z',
  });
  await logNotification(db, {
    watchId: w.id,
    productKey: 'jd:100038004353',
    kind: 'restock',
    eventKey: 'restock:1',
    title: '到货',
    body: 'M',
    sentAt: '2025-11-07T00:00:00.000Z',
    url: null,
  });
}

describe('backup round trip', () => {
  it('exports everything with format, version and time, and restores it as it was', async () => {
    await fillStore();
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({ format: 'fanchang-radar-backup', version: 1, exportedAt: NOW.toISOString() });
    expect(Object.fromEntries(Object.entries(backup.tables).map(([k, rows]) => [k, rows.length]))).toEqual({
      products: 1,
      skus: 1,
      observations: 3,
      cartItems: 1,
      watches: 1,
      notifications: 1,
    });
    const other = new RadarDatabase(freshDbName());
    try {
      expect(await importBackupText(other, JSON.stringify(backup))).toMatchObject({ ok: true, counts: { observations: 3 } });
      expect(await exportBackup(other, NOW)).toEqual(backup);
      expect(await other.productSearch.where('grams').equals('卫衣').count()).toBe(1);
    } finally {
      await other.delete();
    }
  });

  it('is lossless for any store contents (property)', async () => {
    await fc.assert(
      fc.asyncProperty(backupArbitrary, async (backup) => {
        const target = new RadarDatabase(freshDbName());
        try {
          const text = JSON.stringify(backup);
          const result = await importBackupText(target, text);
          if (!result.ok) throw new Error(result.error);
          const exported = await exportBackup(target, new Date(backup.exportedAt));
          expect(canonical(exported.tables)).toEqual(canonical(backup.tables));
          expect(JSON.stringify(exported).length).toBe(text.length);
        } finally {
          await target.delete();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('replaces what was there: restoring an empty backup empties the store', async () => {
    await fillStore();
    const empty: BackupFile = {
      format: 'fanchang-radar-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      tables: { products: [], skus: [], observations: [], cartItems: [], watches: [], notifications: [] },
    };
    await restoreBackup(db, empty);
    expect((await exportBackup(db, NOW)).tables).toEqual(empty.tables);
  });

  it('deletes all data', async () => {
    await fillStore();
    await deleteAllData(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});

describe('a malformed or hostile backup', () => {
  let valid: BackupFile;
  beforeEach(async () => {
    await fillStore();
    valid = await exportBackup(db, NOW);
  });

  const edit = (change: (b: any) => void) => (b: BackupFile) => {
    const copy = structuredClone(b);
    change(copy);
    return JSON.stringify(copy);
  };
  const cases: Array<[string, (b: BackupFile) => string, string]> = [
    ['not JSON', () => '{"format": ', 'not JSON'],
    ['an array', () => '[]', 'not a backup object'],
    ['another format', edit((b) => (b.format = 'something-else')), 'not a 返场雷达 backup'],
    ['a newer version', edit((b) => (b.version = 2)), 'newer version of the extension (backup version 2'],
    ['a version that is text', edit((b) => (b.version = '1')), 'unknown backup version "1"'],
    ['a missing table', edit((b) => delete b.tables.watches), 'tables.watches'],
    ['a negative price', edit((b) => (b.tables.observations[0].price = -5)), 'tables.observations.0.price: a price cannot be negative'],
    ['a price that is text', edit((b) => (b.tables.cartItems[0].price = '259')), 'tables.cartItems.0.price'],
    ['a huge string', edit((b) => (b.tables.notifications[0].title = 'x'.repeat(100_000))), 'tables.notifications.0.title'],
    ['an unknown column', edit((b) => (b.tables.watches[0].extra = 1)), 'tables.watches.0.extra'],
    ['a bad time', edit((b) => (b.tables.watches[0].nextCheckAt = 'tomorrow')), 'tables.watches.0.nextCheckAt'],
    [
      'a run that ends before it starts',
      edit((b) => (b.tables.observations[0].lastSeenAt = '2000-01-01T00:00:00.000Z')),
      'lastSeenAt is before at',
    ],
    ['a product whose key disagrees', edit((b) => (b.tables.products[0].key = 'jd:other')), 'key, site and itemId disagree'],
    ['two watches with one id', edit((b) => b.tables.watches.push({ ...b.tables.watches[0] })), 'watches: two rows with id'],
    [
      'two alerts with one eventKey',
      edit((b) => b.tables.notifications.push({ ...b.tables.notifications[0], id: 99 })),
      'notifications: two rows with eventKey restock:1',
    ],
    [
      '__proto__ in a row',
      (b) => JSON.stringify(b).replace('"quantity":1', '"__proto__":{"polluted":true},"quantity":1'),
      'tables.cartItems[0].__proto__: the key "__proto__" is not allowed',
    ],
    [
      '__proto__ in SKU properties',
      (b) => JSON.stringify(b).replace('"props":{', '"props":{"__proto__":"x",'),
      'the key "__proto__" is not allowed',
    ],
    [
      'constructor in a snapshot',
      (b) => JSON.stringify(b).replace('"snapshot":{', '"snapshot":{"constructor":{"prototype":{}},'),
      'the key "constructor" is not allowed',
    ],
    [
      '__proto__ spelt with escapes',
      (b) => JSON.stringify(b).replace('"props":{', '"props":{"\\u005f\\u005fproto\\u005f\\u005f":"x",'),
      'the key "__proto__" is not allowed',
    ],
    [
      'a value nested deeper than any row',
      (b) => JSON.stringify(b).replace('"title":"到货"', `"title":${'['.repeat(40)}${']'.repeat(40)}`),
      'nested deeper than 32 levels',
    ],
    [
      'two runs of a series that start at the same time',
      edit((b) => b.tables.observations.push({ ...b.tables.observations[1], price: 1 })),
      'observations: two runs start at the same time for jd:100038004353',
    ],
  ];

  it.each(cases)('is refused when it has %s, saying what is wrong, and the store is unchanged', async (_what, make, reason) => {
    const result = await importBackupText(db, make(valid));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(reason);
    expect(!result.ok && result.error).toMatch(/^备份文件无效 \/ Invalid backup: /);
    expect(await exportBackup(db, NOW)).toEqual(valid);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 64 MB before reading it', () => {
    const result = parseBackup(' '.repeat(64 * 1024 * 1024 + 1));
    expect(!result.ok && result.error).toContain('too large');
  });

  it('leaves the store unchanged when a write fails halfway through the restore', async () => {
    const other = new RadarDatabase(freshDbName());
    try {
      await restoreBackup(other, valid);
      const replacement = structuredClone(valid);
      replacement.tables.cartItems = [];
      vi.spyOn(other.notifications, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
      const result = await importBackupText(other, JSON.stringify(replacement));
      expect(result).toEqual({ ok: false, error: '恢复失败，数据未改动 / Restore failed, nothing was changed: disk full' });
      expect(await exportBackup(other, NOW)).toEqual(valid);
    } finally {
      await other.delete();
    }
  });

  it('restores thousands of runs across month ends, in several chunks, as they were exported', async () => {
    const other = new RadarDatabase(freshDbName());
    try {
      const big = structuredClone(valid);
      const key = big.tables.products[0]!.key;
      // Every 7h13m for four years, written with an offset: UTC months turn at other local times.
      big.tables.observations = Array.from({ length: 5000 }, (_, i) => {
        const at = Date.UTC(2025, 8, 30, 20) + i * 26_000_000;
        const local = new Date(at + 8 * 3600_000).toISOString().replace('Z', '+08:00');
        return {
          productKey: key,
          skuId: '',
          at: local,
          lastSeenAt: new Date(at + 1000).toISOString(),
          price: 200 + (i % 9),
          listPrice: null,
          stock: null,
        };
      });
      expect(await importBackupText(other, JSON.stringify(big))).toMatchObject({ ok: true });
      const back = (await exportBackup(other, NOW)).tables.observations;
      expect(back.map((o) => [Date.parse(o.at), o.price])).toEqual(big.tables.observations.map((o) => [Date.parse(o.at), o.price]));
      const months = (await other.productQuarters.toArray()).flatMap(monthsOf);
      for (const row of months) for (const run of row.series[0]!.runs) expect(new Date(run[0]).toISOString().slice(0, 7)).toBe(row.month);
    } finally {
      await other.delete();
    }
  });
});
