import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../adapters/types';
import { captureCartAdds } from './cart-capture';
import { runProductPage } from './product-page';
import { answerPageReports } from './page-report-answer';
import { announceProductRead } from './product-read-bus';

/**
 * Everything a product-page content script does, for one site's adapter: read the page now and
 * again after in-place navigation (the shops are partly single-page apps), and note add-to-cart.
 */
export function startProductContentScript(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  captureCartAdds(adapter, ctx.signal);
  let run = new AbortController();
  // The in-page panel is its own content script (entrypoints/panel.content.ts): the reader stays small.
  const start = () =>
    void runProductPage(adapter, {
      signal: AbortSignal.any([ctx.signal, run.signal]),
      onSnapshot: announceProductRead,
    });
  start();
  answerPageReports(ctx);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    run.abort();
    run = new AbortController();
    start();
  });
}
