import { readProductInTasks } from '../adapters/read';
import { readingText } from '../core/reading-text';
import type { SiteAdapter } from '../adapters/types';
import type { ProductReading } from '../core/types';
import { contentMessaging } from '../messaging/content-messages';
import { nextTask, waitForSelector, watchElementText } from './wait-for';

export interface ProductPageHooks {
  /** Called with each reading after the background has stored it. */
  onStored?(reading: ProductReading): void;
  signal?: AbortSignal;
}

/**
 * The product-page loop: wait until the price is on the page, read it, hand it to the background,
 * and read again when the shown price changes (SKU switch) or the page navigates in place.
 */
export async function runProductPage(adapter: SiteAdapter, hooks: ProductPageHooks = {}): Promise<void> {
  const readOnce = async () => {
    const url = new URL(location.href);
    if (!adapter.matchesUrl(url)) return;
    // Each stage of the reading is a task of its own, and so is handing it over: the page's input
    // and rendering get a turn between them instead of waiting out the whole reading at once.
    const reading = await readProductInTasks(adapter, { doc: document, url, now: new Date() }, nextTask, hooks.signal);
    if (!reading) return;
    await nextTask();
    const text = readingText(reading);
    await nextTask();
    try {
      const result = await contentMessaging.sendMessage('ingestReading', text);
      if (result.ok) hooks.onStored?.(reading);
      else console.warn('[返场雷达] not stored:', result.error);
    } catch (error) {
      // The background may be restarting after an update; the next read will retry.
      console.warn('[返场雷达] background unavailable:', error);
    }
  };
  // A reading spans several tasks, and the page may change meanwhile: one reading at a time, and
  // one more after it when the page changed during it, so the last one stored is of the page as it is.
  let running: Promise<void> | null = null;
  let again = false;
  const read = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await readOnce();
      } while (again && !hooks.signal?.aborted);
    })().finally(() => (running = null));
    return running;
  };

  const ready = adapter.readySelector ? await waitForSelector(document, adapter.readySelector, { signal: hooks.signal }) : null;
  // Watch before the first reading is sent: a mobile page that shows its live price a moment after
  // load would otherwise change it while that reading is stored, unseen, and the stale price stay.
  if (ready) {
    const stop = watchElementText(ready, () => void read());
    hooks.signal?.addEventListener('abort', stop);
  }
  await read();
}
