import type { CartLayout } from '../adapters/cart-rows';
import type { CartPageReader } from '../adapters/types';
import { contentMessaging } from '../messaging/content-messages';
import { showNotice } from './notice';
import { waitForSelector } from './wait-for';

/**
 * The cart page: once its rows have rendered (bounded wait), read the lines and hand them to the
 * background, which tracks them for the promo in force. When the page cannot be read, the shopper
 * is told so on the page, rather than the extension guessing what is in the cart.
 */
export async function importCartPage(reader: CartPageReader, layout: CartLayout, signal: AbortSignal): Promise<void> {
  // Rows, or the marker of an empty or logged-out cart: whichever the page renders first.
  const settled = [layout.rows, ...layout.emptyMarkers.map((m) => m.selector)].join(', ');
  await waitForSelector(document, settled, { timeoutMs: 10_000, signal });
  if (signal.aborted) return;
  const result = reader.read(document, new URL(location.href));
  if (!result.ok)
    return showNotice(
      `返场雷达读不了这个购物车页面：${result.unreadable}。加购记录仍会从商品页记下。`,
      'Fanchang Radar cannot read this cart page; cart adds are still recorded from product pages.',
    );
  try {
    const answer = await contentMessaging.sendMessage('importCartPage', {
      lines: result.items.map(({ site, itemId, skuId, price, quantity }) => ({ site, itemId, skuId, price, quantity })),
    });
    if (!answer.ok) showNotice(`返场雷达没能记下购物车：${answer.error}`, 'Fanchang Radar could not record the cart.');
  } catch (error) {
    console.warn('[返场雷达] background unavailable:', error);
  }
}
