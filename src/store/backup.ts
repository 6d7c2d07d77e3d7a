import Dexie from 'dexie';
import * as v from 'valibot';
import { describeIssue } from '../promo';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type BackupFile, type BackupTables } from './backup-schema';
import type { Table } from 'dexie';
import type { CartItemRow, NotificationRow, ProductMonthRow, PurchaseRow, RadarDatabase, WatchRow } from './db';
import { monthsOf, quarterRowsOf } from './quarters';
import { isoOf, monthOf, pointsOf, runOf, seriesIn } from './runs';
import { searchRowOf } from './search-grams';

/**
 * Backup and restore of everything in the database as one JSON file. Restoring replaces the
 * store's contents (it does not merge): a backup is a whole picture, ids of watches and alerts
 * refer to each other inside it, and a merge would have to guess which of two histories of the
 * same SKU is right. The options page says so before it restores.
 */

/** Chrome passes extension messages of up to 64 MiB; a file larger than that cannot arrive anyway. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

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

export type BackupCheck = { ok: true; backup: BackupFile } | { ok: false; error: string };

const refuse = (detail: string): BackupCheck => ({ ok: false, error: `备份文件无效 / Invalid backup: ${detail}` });

/** Keys that would reach an object's prototype if some later code copied the object naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any row of a backup nests (a snapshot's SKU props sit at 7). */
const MAX_BACKUP_DEPTH = 32;

/**
 * The first forbidden key (`__proto__`, …) in the file, or a path nested deeper than a backup
 * ever is. Walks with its own stack: a file nested 100,000 deep is refused, not a stack overflow.
 */
function forbiddenKeyPath(root: unknown, rootPath: string): string | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_BACKUP_DEPTH) return `${path}: nested deeper than ${MAX_BACKUP_DEPTH} levels`;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    const bad = keys.find((key) => FORBIDDEN_KEYS.has(key));
    if (bad !== undefined) return `${path}.${bad}`;
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: `${path}.${keys[i]}`, depth: depth + 1 });
    }
  }
  return null;
}

function firstDuplicate<T>(items: readonly T[], keyOf: (item: T) => string | number): string | number | null {
  const seen = new Set<string | number>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

function duplicateIssue(t: BackupTables): string | null {
  const checks: Array<[string, string | number | null]> = [
    ['products: two rows for product', firstDuplicate(t.products, (p) => p.key)],
    ['skus: two rows for SKU', firstDuplicate(t.skus, (s) => `${s.productKey} ${s.skuId}`)],
    [
      'observations: two runs start at the same time for',
      firstDuplicate(t.observations, (o) => `${o.productKey} ${o.skuId} ${Date.parse(o.at)}`),
    ],
    ['cartItems: two rows with id', firstDuplicate(t.cartItems, (c) => c.id)],
    ['watches: two rows with id', firstDuplicate(t.watches, (w) => w.id)],
    ['notifications: two rows with id', firstDuplicate(t.notifications, (n) => n.id)],
    ['notifications: two rows with eventKey', firstDuplicate(t.notifications, (n) => n.eventKey)],
    ['purchases: two rows with id', firstDuplicate(t.purchases ?? [], (p) => p.id)],
    ['purchases: two rows for order line', firstDuplicate(t.purchases ?? [], (p) => p.lineKey)],
  ];
  const found = checks.find(([, key]) => key !== null);
  return found ? `${found[0]} ${found[1]}` : null;
}

/** Reads and checks a backup file's text; the error says what is wrong and where. */
export function parseBackup(text: string): BackupCheck {
  if (text.length > MAX_BACKUP_CHARS) return refuse(`the file is too large (${Math.round(text.length / 1048576)} MB; at most 64 MB)`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse('not a backup object');
  const { format, version } = data as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) return refuse(`not a 返场雷达 backup (format ${JSON.stringify(format)?.slice(0, 60) ?? 'missing'})`);
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return refuse(`made by a newer version of the extension (backup version ${version}; this one reads version ${BACKUP_VERSION})`);
  }
  if (version !== BACKUP_VERSION) return refuse(`unknown backup version ${JSON.stringify(version)?.slice(0, 60) ?? 'missing'}`);
  const forbidden = forbiddenKeyPath(data, '$');
  if (forbidden?.endsWith(' levels')) return refuse(forbidden.slice(2));
  if (forbidden) return refuse(`${forbidden.slice(2)}: the key "${forbidden.slice(forbidden.lastIndexOf('.') + 1)}" is not allowed`);
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) return refuse(describeIssue(parsed.issues));
  const duplicate = duplicateIssue(parsed.output.tables);
  if (duplicate) return refuse(duplicate);
  return { ok: true, backup: parsed.output };
}

function monthRowsOf(observations: BackupTables['observations']): ProductMonthRow[] {
  const months = new Map<string, ProductMonthRow>();
  // A backup lists a series' runs in time order: most runs fall in the month of the one before,
  // which is found by comparing times rather than formatting a date per run.
  let month = '';
  let monthStart = 0;
  let monthEnd = -1;
  for (const o of observations) {
    const at = Date.parse(o.at);
    if (!(at >= monthStart && at < monthEnd)) {
      month = monthOf(at);
      const start = new Date(at);
      monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      monthEnd = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    }
    const id = `${o.productKey}\u0000${month}`;
    let row = months.get(id);
    if (!row) months.set(id, (row = { productKey: o.productKey, month, series: [] }));
    seriesIn(row, o.skuId).runs.push(runOf(o, at, Date.parse(o.lastSeenAt)));
  }
  for (const row of months.values()) for (const series of row.series) series.runs.sort((a, b) => a[0] - b[0]);
  return [...months.values()];
}

/**
 * Replaces the store's contents with a checked backup, in one transaction: if any write fails,
 * the store is as it was. Rows go in a chunk at a time so that `onProgress` can say how far.
 */
export async function restoreBackup(db: RadarDatabase, backup: BackupFile, onProgress?: OnBackupProgress): Promise<BackupCounts> {
  const t = backup.tables;
  const products = t.products;
  const search = products.map(searchRowOf);
  const quarters = quarterRowsOf(monthRowsOf(t.observations));
  const purchases = (t.purchases ?? []) as PurchaseRow[];
  const total =
    products.length +
    search.length +
    t.skus.length +
    quarters.length +
    t.cartItems.length +
    t.watches.length +
    t.notifications.length +
    purchases.length;
  let done = 0;
  // Progress leaves the transaction's zone: a message sent from inside it (a native promise)
  // makes IndexedDB commit the transaction before the restore has finished.
  const report = (count: number) => Dexie.ignoreTransaction(() => onProgress?.('storing', count, total));
  // Each chunk is sent while the one before is still being written: preparing rows (cloning them
  // for IndexedDB) overlaps the database's own work instead of waiting for it.
  const writes: Array<() => Promise<unknown>> = [];
  const addAll = <T, K, I>(table: Table<T, K, I>, rows: readonly I[]) => {
    for (let i = 0; i < rows.length; i += RESTORE_CHUNK) {
      const chunk = rows.slice(i, i + RESTORE_CHUNK);
      writes.push(() => table.bulkAdd(chunk).then(() => report((done += chunk.length))));
    }
  };
  addAll(db.products, products);
  addAll(db.productSearch, search);
  addAll(db.skus, t.skus);
  addAll(db.productQuarters, quarters);
  addAll(db.cartItems, t.cartItems as CartItemRow[]);
  addAll(db.watches, t.watches as WatchRow[]);
  addAll(db.notifications, t.notifications as NotificationRow[]);
  addAll(db.purchases, purchases);
  await db.transaction('rw', [...dataTables(db), ...derivedTables(db)], async () => {
    await Promise.all([...dataTables(db), ...derivedTables(db)].map((table) => table.clear()));
    report(0);
    let previous: Promise<unknown> | null = null;
    for (const write of writes) {
      const current = write();
      // Awaited below (or the transaction fails with it): only the warning for the wait is spared.
      current.catch(() => {});
      if (previous) await previous;
      previous = current;
    }
    await previous;
  });
  return {
    products: t.products.length,
    skus: t.skus.length,
    observations: t.observations.length,
    cartItems: t.cartItems.length,
    watches: t.watches.length,
    notifications: t.notifications.length,
    purchases: t.purchases?.length ?? 0,
  };
}

export type RestoreResult = { ok: true; counts: BackupCounts } | { ok: false; error: string };

/** Checks a backup file's text and, only if it is sound, replaces the store with it. */
export async function importBackupText(db: RadarDatabase, text: string, onProgress?: OnBackupProgress): Promise<RestoreResult> {
  onProgress?.('checking', 0, 1);
  const checked = parseBackup(text);
  if (!checked.ok) return checked;
  try {
    return { ok: true, counts: await restoreBackup(db, checked.backup, onProgress) };
  } catch (error) {
    return {
      ok: false,
      error: `恢复失败，数据未改动 / Restore failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Empties every table in one transaction (the shopper's "delete all data"). */
export async function deleteAllData(db: RadarDatabase): Promise<void> {
  const tables = [...dataTables(db), ...derivedTables(db)];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
