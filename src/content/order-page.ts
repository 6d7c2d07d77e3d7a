import type { OrderPageReader } from '../adapters/types';
import { contentMessaging } from '../messaging/content-messages';
import { showNotice } from './notice';
import { waitForSelector } from './wait-for';

/**
 * An order page: once its orders have rendered (bounded wait), read the lines (item, SKU, price
 * paid, quantity, order time, shop; nothing personal) and hand them to the background, which
 * watches those inside a price-protection window. A page that cannot be read is said so on it.
 */
export async function importOrderPage(reader: OrderPageReader, signal: AbortSignal): Promise<void> {
  const url = new URL(location.href);
  if (!reader.matchesUrl(url)) return;
  await waitForSelector(document, reader.readySelector, { timeoutMs: 10_000, signal });
  if (signal.aborted) return;
  const result = reader.read(document, url);
  if (!result.ok) {
    showNotice(
      `返场雷达读不了这个订单页：${result.unreadable}。价保提醒可在弹窗里手动添加。`,
      'Fanchang Radar cannot read this order page; add purchases in the popup.',
    );
    return;
  }
  try {
    const answer = await contentMessaging.sendMessage('importOrderPage', { lines: result.lines });
    if (!answer.ok) showNotice(`返场雷达没能记下订单：${answer.error}`, 'Fanchang Radar could not record the orders.');
    else if (answer.added > 0)
      showNotice(
        `返场雷达记下了 ${answer.added} 件已买商品，降价时提醒你申请价保。`,
        `Fanchang Radar recorded ${answer.added} purchases for price-protection alerts.`,
      );
  } catch (error) {
    console.warn('[返场雷达] background unavailable:', error);
  }
}
