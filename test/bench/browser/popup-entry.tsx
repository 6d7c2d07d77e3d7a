/**
 * Runs in a plain Chromium page for `npm run bench`: the popup's own components and the
 * background's product lookup over a real Dexie store, without the extension's messaging.
 */
import uPlot from 'uplot';
import { DEFAULT_PROMO_EVENTS } from '../../../src/promo';
import { importBackupText, RadarDatabase } from '../../../src/store';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../src/store/backup-schema';
import { buildChartModel } from '../../../src/ui/chart/chart-model';
import { chartData, chartOptions } from '../../../src/ui/chart/chart-options';
import { translator } from '../../../src/ui/i18n';
import { PALETTES } from '../../../src/ui/theme';
import { DAY, firstRenders, NOW, snapshot } from './popup-store';

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

async function seed(products: number, runs: number): Promise<{ products: number; observations: number }> {
  const result = await importBackupText(db, backupJson(products, runs));
  if (!result.ok) throw new Error(result.error);
  return { products: result.counts.products, observations: result.counts.observations };
}

/** Milliseconds from mounting the popup on a product tab to its verdict and drawn chart. */
const firstRender = (runs: number, itemIndex: number) => firstRenders(db, runs, itemIndex);

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
