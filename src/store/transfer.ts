/**
 * Hands a backup file between the options page and the background without putting it in a
 * message. Extension messages are JSON: a backup sent as message text is escaped, copied through
 * the browser process and parsed again on each side, which cost more than the restore itself on
 * a file of 100,000 observations, and froze the page while it was serialised. Instead the page
 * files the chosen File (or the background the exported text) in this small database of the
 * extension's own origin, and the message carries only its id; whoever takes the file deletes it.
 * Shop pages cannot reach the extension's origin, and the radar's own database stays written by
 * the background alone.
 *
 * Where the background is a service worker (Chromium), the page hands it the chosen File itself
 * (`handToBackground`): a File posted to a worker is a handle on the file on disk, where filing it
 * in the database copies it to disk once more before the background reads it back.
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
  const handedFile = handed.get(id);
  if (handedFile) {
    handed.delete(id);
    return handedFile;
  }
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

/** Files the extension's pages handed to this service worker, by transfer id, until taken. */
const handed = new Map<string, Blob>();
/** A handed file not taken by then was left by a page that went away. */
const HANDED_FOR_MS = 60_000;
/** How long a page waits for the background to say it has the file before filing it instead. */
const HAND_TIMEOUT_MS = 5_000;

interface Handoff {
  transferId: string;
  file: Blob;
}

interface WorkerMessageEvent {
  origin: string;
  data: unknown;
  ports: readonly MessagePort[];
}

const isHandoff = (data: unknown): data is Handoff =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as Handoff).transferId === 'string' &&
  /^[0-9a-f-]{36}$/.test((data as Handoff).transferId) &&
  (data as Handoff).file instanceof Blob;

/**
 * The background's side of `handToBackground`: files posted by the extension's own pages (its
 * origin: shop pages and content scripts cannot post to this worker) wait here for their import.
 * Call at the worker's start; elsewhere (Firefox's background page) it does nothing.
 */
export function acceptHandedFiles(): void {
  const scope = globalThis as unknown as {
    clients?: unknown;
    location: Location;
    addEventListener(type: 'message', f: (e: WorkerMessageEvent) => void): void;
  };
  if (typeof scope.clients !== 'object' || typeof (globalThis as { document?: unknown }).document !== 'undefined') return;
  scope.addEventListener('message', (event) => {
    if (event.origin !== scope.location.origin || !isHandoff(event.data)) return;
    const { transferId, file } = event.data;
    handed.set(transferId, file);
    setTimeout(() => handed.delete(transferId), HANDED_FOR_MS);
    event.ports[0]?.postMessage(true);
  });
}

/**
 * Hands `file` to the background service worker under `id`; false when there is none to hand it
 * to (Firefox) or it did not answer, and the file is to be filed with `putTransfer`.
 */
export function handToBackground(id: string, file: Blob): Promise<boolean> {
  const worker = globalThis.navigator?.serviceWorker?.controller;
  if (!worker) return Promise.resolve(false);
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    const finish = (handedOver: boolean) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(handedOver);
    };
    const timer = setTimeout(() => finish(false), HAND_TIMEOUT_MS);
    channel.port1.onmessage = () => finish(true);
    worker.postMessage({ transferId: id, file } satisfies Handoff, [channel.port2]);
  });
}
