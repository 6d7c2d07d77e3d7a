import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../adapters/types';
import { createProductPanel } from './panel';
import { captureCartAdds } from './cart-capture';
import { runProductPage } from './product-page';

/**
 * Everything a product-page content script does, for one site's adapter: read the page now and
 * again after in-place navigation (the shops are partly single-page apps), and note add-to-cart.
 */
export function startProductContentScript(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  captureCartAdds(adapter, ctx.signal);
  const panel = createProductPanel(ctx);
  let run = new AbortController();
  const start = () => void runProductPage(adapter, { signal: AbortSignal.any([ctx.signal, run.signal]), onSnapshot: (s) => void panel.show(s) });
  start();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    run.abort();
    run = new AbortController();
    start();
  });
}
