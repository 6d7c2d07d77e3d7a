import { it } from 'vitest';
import { join } from 'node:path';
import { readPage, REAL_PAGES, snapshotOf } from './load-page';
const pages: Array<[string, string]> = [
  ['schema-gomaji-tw-voucher.html', 'https://www.gomaji.com/store/122725?pid=260591'],
  ['schema-ikea-table.html', 'https://www.ikea.com/gb/en/p/moeckelby-table-oak-00293772/'],
  [
    'schema-zalando-jeans.html',
    'https://www.zalando.ie/versace-jeans-couture-bull-baroque-slim-fit-jeans-azzurro-scuro-vei22g013-k11.html',
  ],
  ['schema-otto-pressure-washer.html', 'https://www.otto.de/p/kaercher-hochdruckreiniger-k-3-full-control-848068924/'],
  ['jd-nabati-wafer.html', 'https://item.jd.com/1186228.html'],
  ['jd-olay-cream.html', 'https://item.jd.com/216064.html'],
  ['jd-xiaomi-laptop.html', 'https://item.jd.com/100000011351.html'],
];
it('dump', () => {
  for (const [f, u] of pages) {
    const s = snapshotOf(readPage(join(REAL_PAGES, f), f.startsWith('jd') ? 'gbk' : 'utf-8'), u);
    const { skus, signals, ...rest } = s;
    console.log(f, JSON.stringify({ ...rest, skus: skus.length, sku0: skus[0], signals }));
  }
});
