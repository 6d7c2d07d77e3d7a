import type { ExtensionSession } from './browser';

/**
 * Reads a whole object store of the extension's database from inside its service worker, the
 * way a shopper's data really sits. It never creates the database: an empty one would race the
 * extension's own schema upgrade. Byte fields (stored history) arrive as arrays of numbers: see
 * storedMonths in history-rows.ts.
 */
export async function readStore<T>(session: ExtensionSession, storeName: string): Promise<T[]> {
  return session.serviceWorker.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'fanchang-radar')) return [];
    return new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('fanchang-radar');
      open.onerror = () => reject(open.error ?? new Error('the database did not open'));
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
        req.onerror = () => reject(req.error ?? new Error('the read failed'));
      };
    });
  }, storeName) as Promise<T[]>;
}
