/**
 * Runs in a plain Chromium page for `npm run bench`: the popup's own components and the
 * background's product lookup over a real Dexie store, without the extension's messaging.
 */
import { render } from 'preact';
import uPlot from 'uplot';
import { lookUpProduct, type JudgeContext } from '../../../src/background/product-view';
import { emptySignals, type ProductSnapshot } from '../../../src/core/types';
import { DEFAULT_PROMO_EVENTS } from '../../../src/promo';
import { importBackupText, RadarDatabase } from '../../../src/store';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../src/store/backup-schema';
import { buildChartModel } from '../../../src/ui/chart/chart-model';
import { chartData, chartOptions } from '../../../src/ui/chart/chart-options';
import { translator } from '../../../src/ui/i18n';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import type { PopupClient } from '../../../src/ui/popup/popup-client';
import { PALETTES, themeCss } from '../../../src/ui/theme';

const NOW = new Date('2026-11-20T12:00:00+08:00');
const DAY = 86_400_000;
const SIZES = ['S', 'M', 'L', 'XL'];

function snapshot(i: number): ProductSnapshot {
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

/** `products` products, each with `runs` price runs spread over the year before NOW. */
function backupJson(products: number, runs: number): string {
  const rows = {
    products: [] as unknown[],
    skus: [] as unknown[],
    observations: [] as unknown[],
    cartItems: [],
    watches: [],
    notifications: [],
  };
  const step = (365 * DAY) / runs;
  for (let i = 0; i < products; i++) {
    const snap = snapshot(i);
    const key = `jd:${snap.itemId}`;
    const first = new Date(NOW.getTime() - 365 * DAY).toISOString();
    rows.products.push({
      key,
      site: 'jd',
      itemId: snap.itemId,
      title: snap.title,
      shop: snap.shop,
      firstSeenAt: first,
      lastSeenAt: NOW.toISOString(),
      snapshot: snap,
    });
    for (let r = 0; r < runs; r++) {
      const at = NOW.getTime() - 365 * DAY + r * step;
      rows.observations.push({
        productKey: key,
        skuId: '',
        at: new Date(at).toISOString(),
        lastSeenAt: new Date(at + step / 2).toISOString(),
        price: 259 + ((r * 37 + i) % 80),
        listPrice: 499,
        stock: null,
      });
    }
  }
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString(), tables: rows });
}

const db = new RadarDatabase('popup-bench');

/** The shopper the background would judge for, without extension storage. */
const judgeContext: JudgeContext = {
  events: async () => DEFAULT_PROMO_EVENTS,
  profile: async () => ({ sizes: { top: 'M' } }),
  lang: async () => 'zh',
  now: () => NOW,
};

function client(): PopupClient {
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
    reportPage: async () => '',
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

async function seed(products: number, runs: number): Promise<{ products: number; observations: number }> {
  const result = await importBackupText(db, backupJson(products, runs));
  if (!result.ok) throw new Error(result.error);
  return { products: result.counts.products, observations: result.counts.observations };
}

/** Milliseconds from mounting the popup on a product tab to its verdict and drawn chart. */
async function firstRender(runs: number, itemIndex: number): Promise<number[]> {
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
    render(<PopupApp client={client()} initialRoute={{ kind: 'tab', url }} now={() => NOW} />, root);
    await chartDrawn(root);
    if (!root.querySelector('[data-testid="verdict"]')) throw new Error('the popup rendered no verdict');
    times.push(performance.now() - started);
    render(null, root);
    root.remove();
  }
  return times;
}

/** Milliseconds to build and draw the chart for a year of daily price changes. */
async function chart(runs: number): Promise<{ points: number; times: number[] }> {
  const history = Array.from({ length: 365 }, (_, d) => {
    const at = new Date(NOW.getTime() - (365 - d) * DAY);
    return {
      at: at.toISOString(),
      lastSeenAt: new Date(at.getTime() + DAY / 2).toISOString(),
      price: 259 + ((d * 37) % 80),
      listPrice: 499,
    };
  });
  const t = translator('zh');
  const times: number[] = [];
  let points = 0;
  for (let i = 0; i < runs; i++) {
    const host = document.createElement('div');
    host.style.width = '372px';
    document.body.append(host);
    const started = performance.now();
    const model = buildChartModel({ history, events: DEFAULT_PROMO_EVENTS, now: NOW, range: '1y', promoPrice: 269, prepromoLow: 289 });
    points = model.xs.length;
    let plot: uPlot | undefined;
    await new Promise<void>((resolve) => {
      plot = new uPlot(
        chartOptions({ model, width: 372, height: 170, lang: 'zh', t, currency: 'CNY', colors: PALETTES.light, onDrawn: resolve }),
        chartData(model),
        host,
      );
    });
    times.push(performance.now() - started);
    plot?.destroy();
    host.remove();
  }
  return { points, times };
}

(globalThis as unknown as { popupBench: unknown }).popupBench = { seed, firstRender, chart };
