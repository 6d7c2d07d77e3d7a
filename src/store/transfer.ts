/**
 * Hands a backup file between the options page and the background without putting it in a
 * message. Extension messages are JSON: a backup sent as message text is escaped, copied through
 * the browser process and parsed again on each side, which cost more than the restore itself on
 * a file of 100,000 observations, and froze the page while it was serialised. Instead the page
 * files the chosen File (or the background the exported text) in this small database of the
 * extension's own origin, and the message carries only its id; whoever takes the file deletes it.
 * Shop pages cannot reach the extension's origin, and the radar's own database stays written by
 * the background alone.
 */
const DB_NAME = 'fanchang-radar-transfer';
const STORE = 'files';

export type TransferFile = Blob | string;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('could not open the transfer database'));
  });
}

async function inTransaction<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('the transfer database refused the request'));
      tx.onabort = () => reject(tx.error ?? new Error('the transfer was aborted'));
    });
  } finally {
    db.close();
  }
}

/** A fresh id for one import or export: the file's key and the tag on its progress reports. */
export function newTransferId(): string {
  return crypto.randomUUID();
}

export async function putTransfer(id: string, file: TransferFile): Promise<void> {
  await inTransaction('readwrite', (store) => store.put(file, id));
}

/** The file filed under `id`, removed in the same transaction; null when there is none. */
export async function takeTransfer(id: string): Promise<TransferFile | null> {
  const file = await inTransaction('readwrite', (store) => {
    const request = store.get(id) as IDBRequest<TransferFile | undefined>;
    store.delete(id);
    return request;
  });
  return file ?? null;
}

export async function transferText(file: TransferFile): Promise<string> {
  return typeof file === 'string' ? file : file.text();
}
