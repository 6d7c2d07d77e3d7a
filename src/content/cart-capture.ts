import { readProduct } from '../adapters/read';
import { readingText } from '../core/reading-text';
import type { SiteAdapter } from '../adapters/types';
import { contentMessaging } from '../messaging/content-messages';

/**
 * Remembers what goes into the cart: when the shopper presses the site's add-to-cart control, the
 * chosen SKU, quantity and price at that moment go to the background with a fresh snapshot. The
 * listener sits on the document in the capture phase, so pages that stop the click's propagation
 * (or rebuild their buy box) still report it, and nothing of the page's own handling changes.
 * Only the shopper's own clicks count: events a script dispatches are not trusted.
 */
export function captureCartAdds(adapter: SiteAdapter, signal: AbortSignal): void {
  const selector = adapter.addToCartSelector;
  const readIntent = adapter.readCartIntent;
  if (!selector || !readIntent) return;
  document.addEventListener(
    'click',
    (event) => {
      // A page's scripted click() is not the shopper pressing the button.
      if (!event.isTrusted) return;
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest(selector)) return;
      const url = new URL(location.href);
      if (!adapter.matchesUrl(url)) return;
      const intent = readIntent(document, url);
      const reading = readProduct(adapter, { doc: document, url, now: new Date() });
      contentMessaging
        .sendMessage('recordCartAdd', {
          product: { reading: readingText(reading) },
          skuId: intent.skuId,
          quantity: intent.quantity,
          price: intent.price,
        })
        .then((result) => {
          if (!result.ok) console.warn('[返场雷达] cart add not recorded:', result.error);
        })
        .catch((error: unknown) => console.warn('[返场雷达] background unavailable:', error));
    },
    { capture: true, signal },
  );
}
