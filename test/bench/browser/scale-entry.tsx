/**
 * Runs in a plain Chromium page for the scale benchmark: one store grown from 1,000 products and
 * 100,000 observations to 10,000 products and 1,000,000 (three years of a heavy shopper), with
 * every cost the shopper waits on measured at each size: a product's history (against the same
 * key range in bare IndexedDB), an ingest, a search and the popup's first render.
 *
 * The rows are written directly in the store's own format (month rows built by the store's run
 * code, stored a quarter to a row as the store encodes them; search rows beside the products): importing a million observations through a backup would take most of the time budget,
 * and the import is measured on its own (store.bench.ts, import-options.bench.ts).
 */
import {
  ingestSnapshot,
  productObservations,
  RadarDatabase,
  searchProducts,
  type ProductMonthRow,
  type ProductQuarterRow,
  type ProductRow,
} from '../../../src/store';
import { quarterRowsOf } from '../../../src/store/quarters';
import { monthOf, runOf, seriesIn } from '../../../src/store/runs';
import { searchRowOf } from '../../../src/store/search-grams';
import { DAY, firstRenders, NOW, snapshot } from './popup-store';

const db = new RadarDatabase('scale-bench');
/** Rows per bulk write: big enough to batch, small enough not to hold the whole store in memory. */
const CHUNK = 500;
/** History and ingest samples are timed over this many calls: performance.now() is coarsened to 0.1 ms. */
const REPEATS = 10;
export const SEARCHES = ['卫衣', '商品 4321', '店铺 7', '100000123', '加绒连帽'];

const keyOf = (i: number) => `jd:${100_000_000 + i}`;

function monthRowsOf(i: number, runs: number): ProductMonthRow[] {
  const key = keyOf(i);
  const step = (365 * DAY) / runs;
  const months = new Map<string, ProductMonthRow>();
  for (let r = 0; r < runs; r++) {
    const at = NOW.getTime() - 365 * DAY + r * step + (i % 1440) * 60_000;
    const month = monthOf(at);
    let row = months.get(month);
    if (!row) months.set(month, (row = { productKey: key, month, series: [] }));
    const reading = { skuId: '', price: 259 + ((r * 37 + i) % 80), listPrice: 499, stock: null };
    seriesIn(row, '').runs.push(runOf(reading, at, at + step / 2));
  }
  return [...months.values()];
}

function productRowOf(i: number): ProductRow {
  const snap = snapshot(i);
  // Seen at different moments, so that "most recently seen" orders them.
  const seen = new Date(NOW.getTime() - i * 60_000).toISOString();
  snap.capturedAt = seen;
  return {
    key: keyOf(i),
    site: 'jd',
    itemId: snap.itemId,
    title: snap.title,
    shop: snap.shop,
    firstSeenAt: new Date(NOW.getTime() - 365 * DAY).toISOString(),
    lastSeenAt: seen,
    snapshot: snap,
  };
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** Writes the history of products [from, to), `runs` observations each; returns the bytes they took. */
async function seedObservations(from: number, to: number, runs: number): Promise<number> {
  const before = await usage();
  for (let i = from; i < to; i += CHUNK) {
    const rows: ProductQuarterRow[] = [];
    for (let p = i; p < Math.min(to, i + CHUNK); p++) rows.push(...quarterRowsOf(monthRowsOf(p, runs)));
    await db.productQuarters.bulkPut(rows);
  }
  return (await usage()) - before;
}

async function seedProducts(from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += CHUNK) {
    const rows: ProductRow[] = [];
    for (let p = i; p < Math.min(to, i + CHUNK); p++) rows.push(productRowOf(p));
    await Promise.all([db.products.bulkPut(rows), db.productSearch.bulkPut(rows.map(searchRowOf))]);
  }
}

function rawHistory(idb: IDBDatabase, key: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb
      .transaction('productQuarters')
      .objectStore('productQuarters')
      .getAll(IDBKeyRange.bound([key, ''], [key, '\uffff']));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the read failed'));
  });
}

async function batch(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  for (let r = 0; r < REPEATS; r++) await fn();
  return (performance.now() - t0) / REPEATS;
}

export interface ScaleSamples {
  products: number;
  observations: number;
  historyMs: number[];
  rawHistoryMs: number[];
  historyPoints: number;
  ingestMs: number[];
  searchMs: Record<string, number[]>;
  searchHits: Record<string, number>;
  renderMs: number[];
}

async function measure(products: number, observations: number, samples: number, renders: number): Promise<ScaleSamples> {
  const idb = db.backendDB();
  const historyMs: number[] = [];
  const rawHistoryMs: number[] = [];
  let historyPoints = 0;
  for (let s = 0; s < samples; s++) {
    const key = keyOf((s * 7919) % products);
    // Whichever goes first reads the key's pages cold: take turns.
    const store = () => batch(async () => (historyPoints = (await productObservations(db, key)).length));
    const raw = () => batch(() => rawHistory(idb, key));
    if (s % 2 === 0) {
      historyMs.push(await store());
      rawHistoryMs.push(await raw());
    } else {
      rawHistoryMs.push(await raw());
      historyMs.push(await store());
    }
  }
  const ingestMs: number[] = [];
  for (let s = 0; s < samples; s++) {
    const snap = snapshot((s * 7919) % products);
    snap.capturedAt = new Date(NOW.getTime() + (products + s) * 60_000).toISOString();
    snap.price = 199 + (s % 7);
    const t0 = performance.now();
    await ingestSnapshot(db, snap);
    ingestMs.push(performance.now() - t0);
  }
  const searchMs: Record<string, number[]> = {};
  const searchHits: Record<string, number> = {};
  for (const query of SEARCHES) {
    searchMs[query] = [];
    for (let s = 0; s < 11; s++) {
      const t0 = performance.now();
      searchHits[query] = (await searchProducts(db, query)).length;
      searchMs[query].push(performance.now() - t0);
    }
  }
  const renderMs = await firstRenders(db, renders, 500);
  return { products, observations, historyMs, rawHistoryMs, historyPoints, ingestMs, searchMs, searchHits, renderMs };
}

export interface GrowStep {
  samples: ScaleSamples;
  /**
   * navigator.storage.estimate() growth of all observations so far, divided by their number. The
   * bench's browser context is off the record: Chromium's IndexedDB there compresses nothing, so
   * this is what the rows take as written (a persistent profile's LevelDB compresses them further).
   */
  bytesPerObservation: number;
  seedMs: number;
}

let observationBytes = 0;

/** Grows the store to `products` products (from `from`), each with `runs` observations, then measures. */
async function grow(from: number, products: number, runs: number, samples: number, renders: number): Promise<GrowStep> {
  const t0 = performance.now();
  if (from === 0) await db.open();
  observationBytes += await seedObservations(from, products, runs);
  await seedProducts(from, products);
  const seedMs = performance.now() - t0;
  const observations = products * runs;
  return { samples: await measure(products, observations, samples, renders), bytesPerObservation: observationBytes / observations, seedMs };
}

(globalThis as unknown as { scaleBench: unknown }).scaleBench = { grow };
