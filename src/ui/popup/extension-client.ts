import { productKey } from '../../core/product-key';
import { sendMessage } from '../../messaging/protocol';
import type { CreateWatchInput } from '../../messaging/watch-messages';
import type { ProductSearchHit, WatchlistGroup } from '../../store';
import { languageSetting, readPromoCalendar, saveSetting, sizesSetting, welcomeDoneSetting } from '../../store/settings';
import type { SearchResultView, WatchlistGroupView } from '../home-types';
import { saveReport } from '../download-report';
import type { PopupClient } from './popup-client';

async function createWatch(input: CreateWatchInput): Promise<void> {
  const result = await sendMessage('createWatch', input);
  if (!result.ok) throw new Error(result.message);
}

async function saved(result: Promise<{ ok: true } | { ok: false; error: string }>): Promise<void> {
  const outcome = await result;
  if (!outcome.ok) throw new Error(outcome.error);
}

/** The store's watchlist rows as the popup shows them. */
export function watchlistView(groups: readonly WatchlistGroup[]): WatchlistGroupView[] {
  return groups.map((g) => ({
    eventId: g.eventId,
    name: g.name,
    nameEn: g.nameEn,
    phase: g.phase,
    items: g.items.map((item) => ({
      site: item.site,
      itemId: item.itemId,
      title: item.title,
      shop: item.shop,
      currency: item.currency,
      promoPrice: item.promoPrice.kind === 'known' ? item.promoPrice.price : item.priceAtAdd,
      nowPrice: item.nowPrice,
      mySize: item.mySize ? { label: item.mySize.label, inStock: item.mySize.inStock } : null,
      trapCount: item.trapCount,
    })),
  }));
}

export function searchResultView(hit: ProductSearchHit): SearchResultView {
  return {
    site: hit.site,
    itemId: hit.itemId,
    title: hit.title,
    shop: hit.shop,
    price: hit.price,
    currency: hit.currency,
    lastSeenAt: hit.lastSeenAt,
  };
}

/** The popup's client in the extension: messages to the background, settings from extension storage. */
export function extensionPopupClient(): PopupClient {
  return {
    async activeTabUrl() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url ?? null;
    },
    productView: (query) => sendMessage('getProductView', query),
    async preferences() {
      const [lang, sizes, welcomeDone, calendar] = await Promise.all([
        languageSetting.getValue(),
        sizesSetting.getValue(),
        welcomeDoneSetting.getValue(),
        readPromoCalendar(),
      ]);
      return { lang, sizes, welcomeDone, events: calendar.events };
    },
    async finishWelcome(sizes) {
      if (sizes) await saved(saveSetting('sizes', sizes));
      await saved(saveSetting('welcomeDone', true));
    },
    watchlist: async () => watchlistView(await sendMessage('getWatchlist', undefined)),
    searchProducts: async (query) => (await sendMessage('searchProducts', { query, limit: 20 })).map(searchResultView),
    recentAlerts: () => sendMessage('listAlerts', { limit: 5 }),
    async watchesOf(product) {
      const { watches } = await sendMessage('listWatches', { productKey: productKey(product) });
      const active = watches.filter((w) => w.status === 'active');
      return {
        restockSkuIds: active.filter((w) => w.kind === 'restock' && w.skuId !== null).map((w) => w.skuId!),
        price: active.some((w) => w.kind === 'price'),
      };
    },
    watchRestock: (product, skuId, sizeLabel) => createWatch({ kind: 'restock', productKey: productKey(product), skuId, sizeLabel }),
    watchPrice: (product, targetPrice) => createWatch({ kind: 'price', productKey: productKey(product), targetPrice }),
    async addPurchase(product, input) {
      const result = await sendMessage('addPurchase', { productKey: productKey(product), ...input });
      if (!result.ok) throw new Error(result.error);
    },
    purchases: () => sendMessage('listPurchases', undefined),
    async closePurchase(id, status) {
      await sendMessage('closePurchase', { id, status });
    },
    grantShop: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    async reportPage() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('no tab');
      const report = await sendMessage('buildPageReport', undefined, tab.id);
      if (!report) throw new Error('the page has not been read yet');
      return saveReport(document, report);
    },
  };
}
