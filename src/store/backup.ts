import Dexie from 'dexie';
import { checkBackupProducts, checkBackupRest, monthRowsOf, parseBackup, readBackupJson, type BackupCheck } from './backup-check';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupTables } from './backup-schema';
import type { Table } from 'dexie';
import type { CartItemRow, NotificationRow, PurchaseRow, RadarDatabase, WatchRow } from './db';
import { monthsOf, quarterRowsOf } from './quarters';
import { isoOf, pointsOf } from './runs';
import { searchRowOf } from './search-grams';

export { MAX_BACKUP_CHARS, parseBackup, type BackupCheck } from './backup-check';

/**
 * Backup and restore of everything in the database as one JSON file. Restoring replaces the
 * store's contents (it does not merge): a backup is a whole picture, ids of watches and alerts
 * refer to each other inside it, and a merge would have to guess which of two histories of the
 * same SKU is right. The options page says so before it restores.
 */

export type BackupCounts = { [K in keyof BackupTables]-?: number };

/** Reading the file or the store, checking the file, storing its rows, writing the export. */
export type BackupPhase = 'reading' | 'checking' | 'storing' | 'writing';
export type OnBackupProgress = (phase: BackupPhase, done: number, total: number) => void;

/** Rows written per request while restoring: the progress bar moves, the transaction stays one. */
const RESTORE_CHUNK = 2_000;

/** The tables a backup holds, which restore and delete empty together. */
const dataTables = (db: RadarDatabase) => [
  db.products,
  db.skus,
  db.productQuarters,
  db.cartItems,
  db.watches,
  db.notifications,
  db.purchases,
];

/**
 * What the store derived from pages and a backup does not hold (claims seen, issue 17; the search
 * rows, rebuilt from the products): restore and delete empty it with the rest, so nothing outlives
 * the data it came from.
 */
const derivedTables = (db: RadarDatabase) => [db.claimSightings, db.productSearch];

/** Everything, read in one transaction so that the file is one consistent moment. */
export async function exportBackup(db: RadarDatabase, now: Date): Promise<BackupFile> {
  return db.transaction('r', dataTables(db), async () => {
    const [products, skus, quarters, cartItems, watches, notifications, purchases] = await Promise.all([
      db.products.toArray(),
      db.skus.toArray(),
      db.productQuarters.toArray(),
      db.cartItems.toArray(),
      db.watches.toArray(),
      db.notifications.toArray(),
      db.purchases.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      tables: {
        products,
        skus,
        observations: quarters
          .flatMap(monthsOf)
          .flatMap(pointsOf)
          .map(({ atMs, lastSeenAtMs, lowStockText, countdownText, ...point }) => ({
            ...point,
            at: isoOf(atMs),
            lastSeenAt: isoOf(lastSeenAtMs),
            ...(lowStockText !== null && { lowStockText }),
            ...(countdownText !== null && { countdownText }),
          })),
        cartItems: cartItems as BackupTables['cartItems'],
        watches: watches as BackupTables['watches'],
        notifications: notifications as BackupTables['notifications'],
        ...(purchases.length > 0 && { purchases: purchases as NonNullable<BackupTables['purchases']> }),
      },
    };
  });
}

type CheckedRest = Extract<BackupCheck, { ok: true }>;

/**
 * Replaces the store's contents with a checked backup, in one transaction: if any write fails,
 * the store is as it was. Rows go in a chunk at a time so that `onProgress` can say how far.
 */
export async function restoreBackup(
  db: RadarDatabase,
  backup: BackupFile,
  onProgress?: OnBackupProgress,
  months = monthRowsOf(backup.tables.observations),
): Promise<BackupCounts> {
  if (months === null) throw new Error('two runs of a series start at the same time');
  return replaceStore(db, backup.tables.products, () => ({ ok: true, backup, months }), onProgress);
}

/** Thrown inside the restore's transaction to undo it: the rest of the file was refused. */
class Refused extends Error {}

/**
 * Empties the store and writes `products`, then the rest of the file that `checkRest` hands over
 * (or refuses by throwing, which undoes everything). The database writes the products while this
 * thread checks the rest: on a large file each took about as long as the other.
 */
async function replaceStore(
  db: RadarDatabase,
  products: BackupTables['products'],
  checkRest: () => CheckedRest,
  onProgress?: OnBackupProgress,
): Promise<BackupCounts> {
  let done = 0;
  let total = 0;
  // Progress leaves the transaction's zone: a message sent from inside it (a native promise)
  // makes IndexedDB commit the transaction before the restore has finished.
  const report = (count: number) => Dexie.ignoreTransaction(() => onProgress?.('storing', count, total));
  const chunks = <T, K, I>(table: Table<T, K, I>, rows: readonly I[]) => {
    const writes: Array<() => Promise<unknown>> = [];
    for (let i = 0; i < rows.length; i += RESTORE_CHUNK) {
      const chunk = rows.slice(i, i + RESTORE_CHUNK);
      writes.push(() => table.bulkAdd(chunk).then(() => report((done += chunk.length))));
    }
    return writes;
  };
  // Each chunk is sent while the one before is still being written: preparing rows (cloning them
  // for IndexedDB) overlaps the database's own work instead of waiting for it.
  const inFlight: Array<Promise<unknown>> = [];
  const start = (write: () => Promise<unknown>) => {
    const current = write();
    // Awaited below (or the transaction fails with it): only the warning for the wait is spared.
    current.catch(() => {});
    inFlight.push(current);
  };
  const search = products.map(searchRowOf);
  const productWrites = [...chunks(db.products, products), ...chunks(db.productSearch, search)];
  let t: BackupTables | undefined;
  await db.transaction('rw', [...dataTables(db), ...derivedTables(db)], async () => {
    await Promise.all([...dataTables(db), ...derivedTables(db)].map((table) => table.clear()));
    productWrites.slice(0, 2).forEach(start);
    const rest = checkRest();
    t = rest.backup.tables;
    const purchases = (t.purchases ?? []) as PurchaseRow[];
    const quarters = quarterRowsOf(rest.months);
    total =
      products.length +
      search.length +
      t.skus.length +
      quarters.length +
      t.cartItems.length +
      t.watches.length +
      t.notifications.length +
      purchases.length;
    report(0);
    const writes = [
      ...productWrites.slice(2),
      ...chunks(db.skus, t.skus),
      ...chunks(db.productQuarters, quarters),
      ...chunks(db.cartItems, t.cartItems as CartItemRow[]),
      ...chunks(db.watches, t.watches as WatchRow[]),
      ...chunks(db.notifications, t.notifications as NotificationRow[]),
      ...chunks(db.purchases, purchases),
    ];
    for (const write of writes) {
      start(write);
      while (inFlight.length > 1) await inFlight.shift();
    }
    for (const write of inFlight) await write;
  });
  const tables = t!;
  return {
    products: products.length,
    skus: tables.skus.length,
    observations: tables.observations.length,
    cartItems: tables.cartItems.length,
    watches: tables.watches.length,
    notifications: tables.notifications.length,
    purchases: tables.purchases?.length ?? 0,
  };
}

export type RestoreResult = { ok: true; counts: BackupCounts } | { ok: false; error: string };

/**
 * Checks a backup file's text and, only if it is sound, replaces the store with it. The products
 * are checked first and written while the rest is checked; a refusal then undoes the transaction,
 * so a refused file leaves the store as it was either way, with `parseBackup`'s reason.
 */
export async function importBackupText(db: RadarDatabase, text: string, onProgress?: OnBackupProgress): Promise<RestoreResult> {
  onProgress?.('checking', 0, 1);
  const read = readBackupJson(text);
  if (!read.ok) return read;
  const products = checkBackupProducts(read);
  if (products === null) return refusalOf(text);
  let refusal: RestoreResult | null = null;
  try {
    const counts = await replaceStore(
      db,
      products,
      () => {
        const rest = checkBackupRest(read, products);
        if (rest.ok) return rest;
        refusal = rest;
        throw new Refused(rest.error);
      },
      onProgress,
    );
    return { ok: true, counts };
  } catch (error) {
    return (
      refusal ?? {
        ok: false,
        error: `恢复失败，数据未改动 / Restore failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      }
    );
  }
}

/** What `parseBackup` says of a file a quicker check refused (it refuses it too). */
function refusalOf(text: string): RestoreResult {
  const checked = parseBackup(text);
  return checked.ok ? { ok: false, error: '备份文件无效 / Invalid backup' } : checked;
}

/** Empties every table in one transaction (the shopper's "delete all data"). */
export async function deleteAllData(db: RadarDatabase): Promise<void> {
  const tables = [...dataTables(db), ...derivedTables(db)];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
