import { parseSize } from '../../../src/parse';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  importBackupText,
  ingestSnapshot,
  productObservations,
  RadarDatabase,
  type BackupFile,
  type BackupTables,
} from '../../../src/store';
import { makeSku, makeSnapshot } from '../../store/snapshots';
import { quarterOf } from '../../../src/store/quarters';

/**
 * Runs inside Chromium: builds a store of 2,000 products and 100,000 observations through a
 * backup import, then times history queries (against the same query on bare IndexedDB), ingests
 * of a 50-SKU snapshot and the import itself, and reads the storage the observations take.
 */
const PRODUCTS = 2000;
const SIZES = ['S', 'M', 'L', 'XL'];
/** Product-level price plus four SKUs, ten runs each: 50 observations a product. */
const RUNS_PER_SERIES = 10;
const DAY = 24 * 3600 * 1000;
const START = Date.UTC(2025, 5, 1);
/** Queries timed per sample. */
const REPEATS = 20;

const itemIdOf = (p: number) => String(100038000000 + p);
const iso = (ms: number) => new Date(ms).toISOString();

function syntheticTables(withProducts: boolean): BackupTables {
  const tables: BackupTables = { products: [], skus: [], observations: [], cartItems: [], watches: [], notifications: [] };
  for (let p = 0; p < PRODUCTS; p++) {
    const itemId = itemIdOf(p);
    const key = `jd:${itemId}`;
    const skuIds = SIZES.map((_, i) => `${itemId}${i}`);
    if (withProducts) {
      const seen = iso(START + RUNS_PER_SERIES * 9 * DAY);
      const snapshot = makeSnapshot({
        itemId,
        url: `https://item.jd.com/${itemId}.html`,
        capturedAt: seen,
        title: `品牌${p % 40} 加绒连帽卫衣 款${p}`,
        skus: skuIds.map((id, i) => makeSku(id, SIZES[i]!, 199 + (p % 50), 10)),
      });
      tables.products.push({
        key,
        site: 'jd',
        itemId,
        title: snapshot.title,
        shop: snapshot.shop,
        firstSeenAt: iso(START),
        lastSeenAt: seen,
        snapshot,
      });
      skuIds.forEach((skuId, i) =>
        tables.skus.push({
          productKey: key,
          skuId,
          props: { 尺码: SIZES[i]! },
          sizeLabel: SIZES[i]!,
          size: parseSize(SIZES[i]!),
          firstSeenAt: iso(START),
        }),
      );
    }
    for (const skuId of ['', ...skuIds]) {
      for (let r = 0; r < RUNS_PER_SERIES; r++) {
        const at = START + (r * 9 + (p % 7)) * DAY + (p % 1440) * 60_000;
        tables.observations.push({
          productKey: key,
          skuId,
          at: iso(at),
          lastSeenAt: iso(at + 2 * DAY),
          price: 199 + ((p + r) % 50) + 0.9,
          listPrice: skuId === '' ? 399 : null,
          stock: skuId === '' ? null : (p + r) % 30,
        });
      }
    }
  }
  return tables;
}

const backupText = (tables: BackupTables) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(START + RUNS_PER_SERIES * 9 * DAY),
    tables,
  } satisfies BackupFile);

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

async function importTimed(db: RadarDatabase, text: string): Promise<number> {
  const t0 = performance.now();
  const result = await importBackupText(db, text);
  const elapsed = performance.now() - t0;
  if (!result.ok) throw new Error(result.error);
  return elapsed;
}

function rawProductQuery(idb: IDBDatabase, key: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb
      .transaction('productQuarters')
      .objectStore('productQuarters')
      .getAll(IDBKeyRange.bound([key, ''], [key, '\uffff']));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the history read failed'));
  });
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the request failed'));
  });
}

/**
 * What an ingest does, in bare IndexedDB: in one read-write transaction, the three reads issued
 * together (product, its SKU rows, its quarter of history) and then the product, search and
 * quarter rows put back, with the rows the store itself wrote for the same visit. The floor the
 * store's ingest is compared against.
 */
async function rawIngest(
  idb: IDBDatabase,
  rows: { product: unknown; search: unknown; quarter: unknown },
  key: string,
  quarterKey: [string, string],
): Promise<void> {
  const tx = idb.transaction(['products', 'productSearch', 'skus', 'productQuarters'], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
  });
  await Promise.all([
    request(tx.objectStore('products').get(key)),
    request(tx.objectStore('skus').getAll(IDBKeyRange.bound([key], [`${key}\u0000`], false, true))),
    request(tx.objectStore('productQuarters').get(quarterKey)),
  ]);
  tx.objectStore('products').put(rows.product);
  tx.objectStore('productSearch').put(rows.search);
  tx.objectStore('productQuarters').put(rows.quarter);
  await done;
}

function fiftySkuSnapshot(p: number, visit: number) {
  const itemId = `9${itemIdOf(p)}`;
  return makeSnapshot({
    itemId,
    capturedAt: iso(Date.UTC(2025, 11, 1) + visit * 3600_000 + p * 1000),
    price: 99 + visit,
    // Each visit changes half the SKUs' prices and leaves the rest: runs extend and start alike.
    skus: Array.from({ length: 50 }, (_, i) =>
      makeSku(`${itemId}-${i}`, `${160 + i}/${80 + i}A`, i % 2 === 0 ? 99 + visit : 99, 20 + (i % 5)),
    ),
  });
}

export interface StoreBenchSamples {
  observations: number;
  importMs: number;
  observationBytes: number;
  historyMs: number[];
  rawMs: number[];
  historyPoints: number;
  firstIngestMs: number[];
  revisitIngestMs: number[];
  rawIngestMs: number[];
}

(globalThis as unknown as { storeBench: unknown }).storeBench = async (samples: number): Promise<StoreBenchSamples> => {
  // The observations alone, for what they take on disk; then the whole store, for the queries.
  const observationsOnly = syntheticTables(false);
  const sizing = new RadarDatabase('bench-sizing');
  await sizing.open();
  const before = await usage();
  await importTimed(sizing, backupText(observationsOnly));
  const observationBytes = (await usage()) - before;
  await sizing.delete();

  const tables = syntheticTables(true);
  const text = backupText(tables);
  const db = new RadarDatabase('bench');
  await db.open();
  const importMs = await importTimed(db, text);

  const idb = db.backendDB();
  const historyMs: number[] = [];
  const rawMs: number[] = [];
  let historyPoints = 0;
  for (let i = 0; i < samples; i++) {
    const key = `jd:${itemIdOf((i * 7919) % PRODUCTS)}`;
    // performance.now() is coarsened to 0.1 ms outside cross-origin isolation: time a batch.
    const timeStore = async () => {
      const t0 = performance.now();
      for (let r = 0; r < REPEATS; r++) historyPoints = (await productObservations(db, key)).length;
      historyMs.push((performance.now() - t0) / REPEATS);
    };
    const timeRaw = async () => {
      const t0 = performance.now();
      for (let r = 0; r < REPEATS; r++) await rawProductQuery(idb, key);
      rawMs.push((performance.now() - t0) / REPEATS);
    };
    // Whichever goes first reads the key's pages cold: take turns.
    if (i % 2 === 0) {
      await timeStore();
      await timeRaw();
    } else {
      await timeRaw();
      await timeStore();
    }
  }

  const firstIngestMs: number[] = [];
  const revisitIngestMs: number[] = [];
  const rawIngestMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const first = fiftySkuSnapshot(i, 0);
    const revisit = fiftySkuSnapshot(i, 1);
    let t0 = performance.now();
    await ingestSnapshot(db, first);
    firstIngestMs.push(performance.now() - t0);
    t0 = performance.now();
    await ingestSnapshot(db, revisit);
    revisitIngestMs.push(performance.now() - t0);
    // The same visit's rows, written again in bare IndexedDB right after (the machine's load then is the same).
    const key = `jd:${revisit.itemId}`;
    const quarterKey: [string, string] = [key, quarterOf(revisit.capturedAt.slice(0, 7))];
    const [product, search, quarter] = await Promise.all([
      db.products.get(key),
      db.productSearch.get(key),
      db.productQuarters.get(quarterKey),
    ]);
    t0 = performance.now();
    await rawIngest(idb, { product, search, quarter }, key, quarterKey);
    rawIngestMs.push(performance.now() - t0);
  }
  db.close();
  return {
    observations: tables.observations.length,
    importMs,
    observationBytes,
    historyMs,
    rawMs,
    historyPoints,
    firstIngestMs,
    revisitIngestMs,
    rawIngestMs,
  };
};
