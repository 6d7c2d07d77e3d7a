import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWatchService } from '../../../src/background/watch/service';
import { exportBackup, importBackupText, RadarDatabase } from '../../../src/store';
import { TEST_NOW } from '../../clock';
import { ORDER_PAGES, readOrderPage } from '../../adapters/order-pages';
import { freshDbName } from '../../store/snapshots';
import { makeWorld } from '../watch/harness';

/** Everything the extension holds, as text: every table of the database. */
async function storeText(db: RadarDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

describe('an order page’s personal data never reaches the store, a backup or a log', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(ORDER_PAGES)('$name', async (page) => {
    const logged: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args));
    const world = makeWorld(TEST_NOW);
    const service = createWatchService(world.ctx);
    const read = readOrderPage(page);
    if (!read.ok) throw new Error(read.unreadable);
    const imported = await service.handlers.importOrderPage({ lines: read.lines });
    expect(imported).toMatchObject({ ok: true });
    await service.runRound();
    const list = JSON.stringify(await service.handlers.listPurchases());
    const backup = JSON.stringify(await exportBackup(world.db, world.clock.now));
    const stored = await storeText(world.db);
    const logs = JSON.stringify(logged);
    for (const secret of page.personal) {
      expect(stored, `store holds ${secret}`).not.toContain(secret);
      expect(backup, `backup holds ${secret}`).not.toContain(secret);
      expect(list, `purchase list holds ${secret}`).not.toContain(secret);
      expect(logs, `a log holds ${secret}`).not.toContain(secret);
    }
    // What is kept is there: the lines themselves, in the backup too.
    expect(JSON.parse(backup).tables.purchases).toHaveLength(read.lines.length);
  });

  it('a backup with purchases restores them; one from before purchases still restores', async () => {
    const world = makeWorld(TEST_NOW);
    const service = createWatchService(world.ctx);
    const read = readOrderPage(ORDER_PAGES.find((p) => p.name === 'Taobao 已买到的宝贝')!);
    if (!read.ok) throw new Error(read.unreadable);
    await service.handlers.importOrderPage({ lines: read.lines });
    const backup = await exportBackup(world.db, world.clock.now);
    const other = new RadarDatabase(freshDbName());
    try {
      expect(await importBackupText(other, JSON.stringify(backup))).toMatchObject({ ok: true, counts: { purchases: 2 } });
      expect(await exportBackup(other, world.clock.now)).toEqual(backup);
      const { purchases: _none, ...before } = backup.tables;
      expect(await importBackupText(other, JSON.stringify({ ...backup, tables: before }))).toMatchObject({
        ok: true,
        counts: { purchases: 0 },
      });
      const hostile = { ...backup, tables: { ...backup.tables, purchases: [{ ...backup.tables.purchases![0], address: '文三路99号' }] } };
      expect(await importBackupText(other, JSON.stringify(hostile))).toMatchObject({ ok: false });
    } finally {
      await other.delete();
    }
  });
});
