import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupTables } from '../../src/store/backup-schema';
import { makeSku, makeSnapshot } from '../store/snapshots';

const DAY = 86_400_000;
const SIZES = ['S', 'M', 'L', 'XL'];

/**
 * A backup file as the options page exports it, with `products` products and `runs` price runs
 * each (product-level and SKU series alike), spread over the year before `now`.
 */
export function syntheticBackup(products: number, runs: number, now: string): string {
  const end = Date.parse(now);
  const iso = (ms: number) => new Date(ms).toISOString();
  const tables: BackupTables = { products: [], skus: [], observations: [], cartItems: [], watches: [], notifications: [] };
  const series = ['', ...SIZES];
  const perSeries = Math.ceil(runs / series.length);
  const step = (365 * DAY) / perSeries;
  for (let p = 0; p < products; p++) {
    const itemId = String(100038000000 + p);
    const key = `jd:${itemId}`;
    const snapshot = makeSnapshot({
      itemId,
      url: `https://item.jd.com/${itemId}.html`,
      capturedAt: iso(end - p * 60_000),
      title: `品牌${p % 40} 加绒连帽卫衣 款${p}`,
      skus: SIZES.map((size, i) => makeSku(`${itemId}${i}`, size, 199 + (p % 50), 10)),
    });
    tables.products.push({
      key,
      site: 'jd',
      itemId,
      title: snapshot.title,
      shop: snapshot.shop,
      firstSeenAt: iso(end - 365 * DAY),
      lastSeenAt: snapshot.capturedAt,
      snapshot,
    });
    let written = 0;
    for (const skuId of series) {
      for (let r = 0; r < perSeries && written < runs; r++, written++) {
        const at = end - 365 * DAY + r * step + (p % 1440) * 60_000;
        tables.observations.push({
          productKey: key,
          skuId: skuId === '' ? '' : `${itemId}${SIZES.indexOf(skuId)}`,
          at: iso(at),
          lastSeenAt: iso(at + step / 2),
          price: 199 + ((p + r) % 50) + 0.9,
          listPrice: skuId === '' ? 399 : null,
          stock: skuId === '' ? null : (p + r) % 30,
        });
      }
    }
  }
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables } satisfies BackupFile);
}
