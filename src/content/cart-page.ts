import type { CartLayout } from '../adapters/cart-rows';
import type { CartPageReader } from '../adapters/types';
import { contentMessaging } from '../messaging/content-messages';
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
    return showCartNotice(
      `返场雷达读不了这个购物车页面：${result.unreadable}。加购记录仍会从商品页记下。`,
      'Fanchang Radar cannot read this cart page; cart adds are still recorded from product pages.',
    );
  try {
    const answer = await contentMessaging.sendMessage('importCartPage', {
      lines: result.items.map(({ site, itemId, skuId, price, quantity }) => ({ site, itemId, skuId, price, quantity })),
    });
    if (!answer.ok) showCartNotice(`返场雷达没能记下购物车：${answer.error}`, 'Fanchang Radar could not record the cart.');
  } catch (error) {
    console.warn('[返场雷达] background unavailable:', error);
  }
}

/** A small dismissable note in a shadow root, so the shop's styles neither break nor are broken by it. */
function showCartNotice(zh: string, en: string): void {
  const host = document.createElement('fanchang-radar-notice');
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.lang = 'zh-CN';
  box.title = en;
  box.textContent = zh;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', '关闭 / Close');
  close.addEventListener('click', () => host.remove());
  box.append(close);
  const style = document.createElement('style');
  style.textContent = `div { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px; padding: 10px 36px 10px 12px;
    background: #fff7ed; color: #7c2d12; border: 1px solid #fdba74; border-radius: 8px; font: 13px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); }
    button { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 18px; color: inherit; cursor: pointer; }`;
  root.append(style, box);
  document.documentElement.append(host);
}
