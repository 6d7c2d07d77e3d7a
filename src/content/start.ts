import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../adapters/types';
import { captureCartAdds } from './cart-capture';
import { keepForgedStopsOut } from './forged-stops';
import { runProductPage } from './product-page';
import { announceProductRead } from './product-read-bus';

/** How long the address must stay put before the page is read again. */
const LOCATION_SETTLE_MS = 500;

/**
 * Everything a product-page content script does, for one site's adapter: read the page now and
 * again after in-place navigation (the shops are partly single-page apps), and note add-to-cart.
 */
export function startProductContentScript(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  keepForgedStopsOut(ctx);
  captureCartAdds(adapter, ctx.signal);
  let run = new AbortController();
  // The in-page panel is its own content script (entrypoints/panel.content.ts): the reader stays small.
  const start = () =>
    void runProductPage(adapter, {
      signal: AbortSignal.any([ctx.signal, run.signal]),
      onSnapshot: (s) => announceProductRead({ site: s.site, itemId: s.itemId }),
    });
  start();
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
