import { fitTexts } from '../core/product-texts';
import type { ProductReading, ProductSnapshot } from '../core/types';
import { blankSnapshot, readingOf } from './snapshot';
import type { PageInput, PageReader, SiteAdapter } from './types';

/**
 * Runs an adapter so that it never throws: a page that breaks the adapter still yields a snapshot
 * with nulls and a warning that says what went wrong, so the shopper is told instead of misled.
 * What a content script sends: the texts are cut to what the background accepts, and nothing here
 * interprets them (interpret.ts does, in the background), so none of that runs on the shop's page.
 */
export function readProduct(adapter: SiteAdapter, page: PageInput): ProductReading {
  try {
    return finish(readToEnd(adapter.extract(page)));
  } catch (error) {
    return failed(adapter, page, error);
  }
}

/** An adapter's reading run straight through, without pausing; throws what the adapter throws. */
export function readToEnd(reader: PageReader): ProductReading {
  for (let step = reader.next(); ; step = reader.next()) if (step.done) return step.value;
}

/**
 * `readProduct` in tasks: at each of the adapter's stages the page's own work gets a turn
 * (`pause`), so reading a heavy page is several short tasks instead of one long one. Null when
 * `signal` aborts meanwhile (the page navigated; its reading would be of a page that is gone).
 */
export async function readProductInTasks(
  adapter: SiteAdapter,
  page: PageInput,
  pause: () => Promise<void>,
  signal?: AbortSignal,
): Promise<ProductReading | null> {
  try {
    // Not in the task that started the script (or heard the page change): a turn for the page first.
    await pause();
    if (signal?.aborted) return null;
    const reader = adapter.extract(page);
    for (let step = reader.next(); ; step = reader.next()) {
      if (step.done) return finish(step.value);
      await pause();
      if (signal?.aborted) return null;
    }
  } catch (error) {
    return failed(adapter, page, error);
  }
}

function finish({ snapshot, texts }: ProductReading): ProductReading {
  return { snapshot: sanitize(snapshot), texts: texts && fitTexts(texts) };
}

function failed(adapter: SiteAdapter, page: PageInput, error: unknown): ProductReading {
  const fallback = blankSnapshot(adapter.site, itemIdFromUrl(page.url), page.url, page.now);
  fallback.warnings.push(`could not read this page (${adapter.site}): ${describe(error)}`);
  return readingOf(fallback);
}

function itemIdFromUrl(url: URL): string {
  return url.searchParams.get('id') ?? url.searchParams.get('goods_id') ?? /(\d+)\.html/.exec(url.pathname)?.[1] ?? url.pathname;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const cleanMoney = (n: number | null): number | null => (n !== null && Number.isFinite(n) && n >= 0 ? n : null);

/** Last line of defence for the snapshot invariants: no NaN, no negative money or stock. */
function sanitize(s: ProductSnapshot): ProductSnapshot {
  s.price = cleanMoney(s.price);
  s.priceMax = cleanMoney(s.priceMax);
  s.listPrice = cleanMoney(s.listPrice);
  s.couponPrice = cleanMoney(s.couponPrice);
  for (const sku of s.skus) {
    sku.price = cleanMoney(sku.price);
    if (sku.stock !== null && (!Number.isFinite(sku.stock) || sku.stock < 0)) sku.stock = null;
    else if (sku.stock !== null) sku.stock = Math.floor(sku.stock);
  }
  return s;
}
