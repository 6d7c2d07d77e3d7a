import { waitUntil } from '../wait';
import type { DriverPage } from './types';

/**
 * The extension's own API as reached from one of its pages, in either browser: Chrome's `chrome`
 * and Firefox's `browser` both return promises in MV3. These are the tests' stand-ins for the
 * popup's messages, the browser's alarms and a look into the extension's storage.
 */
interface Api {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getBackgroundPage?(): Promise<Window | null> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> | void };
  notifications: { getAll(): Promise<Record<string, unknown>> };
}
type Extension = { browser?: Api; chrome?: Api; radarTestNow?: () => number };

/** @webext-core/messaging's wire form, as the popup sends it (the receiver checks only that `timestamp` is a number). */
export async function askBackground<T>(page: DriverPage, type: string, data?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ type, data }) => {
      const api = ((globalThis as Extension).browser ?? (globalThis as Extension).chrome)!;
      return (await api.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: 0 })) as
        { res?: unknown; err?: unknown } | undefined;
    },
    { type, data },
  );
  if (answer?.err) throw new Error(`${type} failed: ${JSON.stringify(answer.err)}`);
  return answer?.res as T;
}

/**
 * Never creates the database: an empty one would race the extension's own schema upgrade. Byte
 * fields (stored history) arrive as arrays of numbers: see storedMonths in ../history-rows.ts.
 */
export function readStoreFrom<T>(page: DriverPage, storeName: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'fanchang-radar')) return [];
    return new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('fanchang-radar');
      open.onerror = () => reject(new Error(`cannot open the database: ${String(open.error)}`));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          return resolve([]);
        }
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => {
          db.close();
          const rows = req.result as Array<Record<string, unknown>>;
          for (const row of rows) for (const k of Object.keys(row)) if (row[k] instanceof Uint8Array) row[k] = Array.from(row[k]);
          resolve(rows);
        };
        req.onerror = () => reject(new Error(`cannot read ${name}: ${String(req.error)}`));
      };
    });
  }, storeName) as Promise<T[]>;
}

export function storageGetFrom(page: DriverPage, key: string): Promise<unknown> {
  return page.evaluate(
    async (k) => (await ((globalThis as Extension).browser ?? (globalThis as Extension).chrome)!.storage.local.get(k))[k],
    key,
  );
}

/** Sets the alarm for a moment long past, so it fires at once and the test reads no clock. */
export async function fireAlarmFrom(page: DriverPage, name: string): Promise<void> {
  await page.evaluate((n) => ((globalThis as Extension).browser ?? (globalThis as Extension).chrome)!.alarms.create(n, { when: 1 }), name);
}

export function notificationIdsFrom(page: DriverPage): Promise<string[]> {
  return page.evaluate(
    async () => Object.keys(await ((globalThis as Extension).browser ?? (globalThis as Extension).chrome)!.notifications.getAll()),
    null,
  );
}

/**
 * Writes the chosen moment where test builds read it (src/testing/test-clock.ts) and waits until
 * the background runs on it, read through `runtime.getBackgroundPage()` where the background is a
 * page (Firefox); `readBackgroundNow` covers a service worker (Chromium).
 */
export async function setClockFrom(page: DriverPage, at: string, readBackgroundNow?: () => Promise<number>): Promise<void> {
  const chosen = Date.parse(at);
  if (!Number.isFinite(chosen)) throw new Error(`not a moment: ${at}`);
  await page.evaluate(
    (clock) => ((globalThis as Extension).browser ?? (globalThis as Extension).chrome)!.storage.local.set({ radarTestClock: clock }),
    {
      at,
      realAt: Date.now(),
    },
  );
  const read =
    readBackgroundNow ??
    (() =>
      page.evaluate(async () => {
        const api = ((globalThis as Extension).browser ?? (globalThis as Extension).chrome)!;
        const background = (await api.runtime.getBackgroundPage?.()) as (Window & { radarTestNow?: () => number }) | null;
        return background?.radarTestNow?.() ?? 0;
      }, null));
  await waitUntil(`the background's clock to read ${at}`, read, (ms) => Math.abs(ms - chosen) < 60_000);
  await waitUntil(
    `the extension page's clock to read ${at}`,
    () => page.evaluate(() => (globalThis as Extension).radarTestNow?.() ?? 0, null),
    (ms) => Math.abs(ms - chosen) < 60_000,
  );
}
