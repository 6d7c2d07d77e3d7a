import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../adapters/types';
import { captureCartAdds } from './cart-capture';
import { keepForgedStopsOut } from './forged-stops';
import { runProductPage } from './product-page';
import { answerPageReports } from './page-report-answer';
import { createProductPanel } from './panel';
import type { ProductReading } from '../core/types';

/** How long the address must stay put before the page is read again. */
const LOCATION_SETTLE_MS = 500;

/**
 * Everything a product-page content script does, for one site's adapter: read the page now and
 * again after in-place navigation (the shops are partly single-page apps), and note add-to-cart.
 */
export function startProductContentScript(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  keepForgedStopsOut(ctx);
  captureCartAdds(adapter, ctx.signal);
  // The panel's content is a frame of the extension's (src/content/panel.ts); here is only its
  // host, so one script on the page reads the product and places the panel.
  const panel = createProductPanel(ctx);
  let stored: ProductReading | null = null;
  let run = new AbortController();
  const start = () =>
    void runProductPage(adapter, {
      signal: AbortSignal.any([ctx.signal, run.signal]),
      onStored: (reading) => {
        stored = reading;
        panel.show();
      },
    });
  start();
  answerPageReports(ctx, () => stored);
  // The page can fire location changes (or fake them) as fast as it likes: one re-read per burst.
  let settle: ReturnType<typeof setTimeout> | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    run.abort();
    clearTimeout(settle);
    settle = setTimeout(() => {
      run = new AbortController();
      start();
    }, LOCATION_SETTLE_MS);
  });
  ctx.onInvalidated(() => clearTimeout(settle));
}
