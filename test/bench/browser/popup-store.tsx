/**
 * What the popup benchmarks share: the products they store, the popup's client over a real Dexie
 * store (the background's product lookup, without the extension's messaging), and a timed first
 * render of the popup on a product tab.
 */
import { render } from 'preact';
import { lookUpProduct, type JudgeContext } from '../../../src/background/product-view';
import { emptySignals, type ProductSnapshot } from '../../../src/core/types';
import { DEFAULT_PROMO_EVENTS } from '../../../src/promo';
import type { RadarDatabase } from '../../../src/store';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import type { PopupClient } from '../../../src/ui/popup/popup-client';
import { themeCss } from '../../../src/ui/theme';

export const NOW = new Date('2026-11-20T12:00:00+08:00');
export const DAY = 86_400_000;
const SIZES = ['S', 'M', 'L', 'XL'];

export function snapshot(i: number): ProductSnapshot {
  const itemId = String(100_000_000 + i);
  return {
    site: 'jd',
    itemId,
    url: `https://item.jd.com/${itemId}.html`,
    capturedAt: NOW.toISOString(),
    title: `商品 ${i} 连帽加绒卫衣男 冬季宽松`,
    shop: `店铺 ${i % 50}`,
    image: null,
    category: 'apparel',
    currency: 'CNY',
    price: 299,
    priceMax: null,
    listPrice: 499,
    couponPrice: null,
    skus: SIZES.map((size, s) => ({
      skuId: `${itemId}${s}`,
      props: { 颜色: '黑色', 尺码: size },
      size,
      price: 299,
      stock: s === 1 ? 0 : 10,
      available: s !== 1,
    })),
    expiry: null,
    offers: [],
    signals: emptySignals(),
    warnings: [],
  };
}

/** The shopper the background would judge for, without extension storage. */
const judgeContext: JudgeContext = {
  events: async () => DEFAULT_PROMO_EVENTS,
  profile: async () => ({ sizes: { top: 'M' } }),
  lang: async () => 'zh',
  now: () => NOW,
};

export function client(db: RadarDatabase): PopupClient {
  return {
    activeTabUrl: async () => null,
    productView: (query) => lookUpProduct(db, query, judgeContext),
    preferences: async () => ({ lang: 'zh', sizes: { top: 'M' }, welcomeDone: true, events: [...DEFAULT_PROMO_EVENTS] }),
    finishWelcome: async () => {},
    watchlist: async () => [],
    searchProducts: async () => [],
    recentAlerts: async () => [],
    watchesOf: async () => ({ restockSkuIds: [], price: false }),
    watchRestock: async () => {},
    watchPrice: async () => {},
    grantShop: async () => false,
    openOptions: () => {},
  };
}

/** Resolves once the chart's overlay exists and uPlot's deferred first draw has run. */
function chartDrawn(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const done = () => queueMicrotask(() => queueMicrotask(resolve));
    if (root.querySelector('.u-over')) return done();
    const observer = new MutationObserver(() => {
      if (!root.querySelector('.u-over')) return;
      observer.disconnect();
      done();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Milliseconds from mounting the popup on a product tab to its verdict and drawn chart. */
export async function firstRenders(db: RadarDatabase, runs: number, itemIndex: number): Promise<number[]> {
  const style = document.createElement('style');
  style.textContent = themeCss();
  document.head.append(style);
  const url = `https://item.jd.com/${100_000_000 + itemIndex}.html`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const root = document.createElement('div');
    root.style.width = '400px';
    document.body.append(root);
    const started = performance.now();
    render(<PopupApp client={client(db)} initialRoute={{ kind: 'tab', url }} now={() => NOW} />, root);
    await chartDrawn(root);
    if (!root.querySelector('[data-testid="verdict"]')) throw new Error('the popup rendered no verdict');
    times.push(performance.now() - started);
    render(null, root);
    root.remove();
  }
  style.remove();
  return times;
}
