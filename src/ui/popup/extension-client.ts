import { sendMessage } from '../../messaging/protocol';
import type { CreateWatchInput } from '../../messaging/watch-messages';
import { DEFAULT_PROMO_EVENTS } from '../../promo';
import type { PopupClient } from './popup-client';

const keyOf = (p: { site: string; itemId: string }) => `${p.site}:${p.itemId}`;

async function createWatch(input: CreateWatchInput): Promise<void> {
  const result = await sendMessage('createWatch', input);
  if (!result.ok) throw new Error(result.message);
}

/** The popup's client in the extension: messages to the background, tabs from the browser. */
export function extensionPopupClient(): PopupClient {
  return {
    async activeTabUrl() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url ?? null;
    },
    productView: (query) => sendMessage('getProductView', query),
    // WIP: until the store's settings land.
    preferences: async () => ({ lang: 'auto', sizes: { top: 'M' }, welcomeDone: true, events: [...DEFAULT_PROMO_EVENTS] }),
    finishWelcome: async () => {},
    watchlist: async () => [],
    searchProducts: async () => [],
    recentAlerts: () => sendMessage('listAlerts', { limit: 5 }),
    async watchesOf(product) {
      const { watches } = await sendMessage('listWatches', { productKey: keyOf(product) });
      const active = watches.filter((w) => w.status === 'active');
      return {
        restockSkuIds: active.filter((w) => w.kind === 'restock' && w.skuId !== null).map((w) => w.skuId!),
        price: active.some((w) => w.kind === 'price'),
      };
    },
    watchRestock: (product, skuId, sizeLabel) => createWatch({ kind: 'restock', productKey: keyOf(product), skuId, sizeLabel }),
    watchPrice: (product, targetPrice) => createWatch({ kind: 'price', productKey: keyOf(product), targetPrice }),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
