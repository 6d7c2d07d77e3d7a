import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ProductSnapshot } from '../../src/core/types';
import { exportBackup, ingestSnapshot, RadarDatabase } from '../../src/store';

/**
 * A backup file holding what the shopper's visits to `snapshots` would have stored: each snapshot
 * ingested by the store's own code into an in-memory database (fake-indexeddb, in this process),
 * then exported. Benchmarks restore it through the options page, as a shopper restores a backup:
 * extension pages may no longer send `ingestSnapshot` (only a content script on the product's own
 * page may), and a real visit per product would take most of a benchmark's time.
 */
export async function backupOfVisits(snapshots: readonly ProductSnapshot[], now: Date): Promise<string> {
  const saved = { indexedDB: Dexie.dependencies.indexedDB, IDBKeyRange: Dexie.dependencies.IDBKeyRange };
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = new RadarDatabase('bench-seed');
  try {
    for (const s of snapshots) await ingestSnapshot(db, s, { events: [] });
    return JSON.stringify(await exportBackup(db, now));
  } finally {
    db.close();
    Object.assign(Dexie.dependencies, saved);
  }
}
