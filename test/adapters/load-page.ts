import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { adapterForUrl, extractWith } from '../../src/adapters';
import type { ProductSnapshot } from '../../src/core/types';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export { REAL_PAGES_DIR as REAL_PAGES } from '../shared';
export const NOW = new Date('2025-06-20T12:00:00+08:00');

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function readFixture(site: string, name: string): string {
  return readFileSync(join(FIXTURES, site, name), 'utf8');
}

/** Reads a saved page in the charset it was saved in (tmall.html is GBK). */
export function readPage(path: string, charset = 'utf-8'): string {
  return new TextDecoder(charset).decode(readFileSync(path));
}

/** The extension's own path: pick the adapter for the URL, extract through `extractWith`. */
export function snapshotOf(html: string, url: string, now: Date = NOW): ProductSnapshot {
  const u = new URL(url);
  const adapter = adapterForUrl(u);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return extractWith(adapter, { doc: parseHtml(html), url: u, now });
}

/** Every finite-number, non-negative-stock invariant the snapshot promises, as one check. */
export function snapshotInvariantErrors(s: ProductSnapshot): string[] {
  const errors: string[] = [];
  const money = { price: s.price, priceMax: s.priceMax, listPrice: s.listPrice, couponPrice: s.couponPrice };
  for (const [k, v] of Object.entries(money)) if (v !== null && (!Number.isFinite(v) || v < 0)) errors.push(`${k}=${v}`);
  s.skus.forEach((k, i) => {
    if (k.price !== null && (!Number.isFinite(k.price) || k.price < 0)) errors.push(`skus[${i}].price=${k.price}`);
    if (k.stock !== null && (!Number.isInteger(k.stock) || k.stock < 0)) errors.push(`skus[${i}].stock=${k.stock}`);
    if (typeof k.available !== 'boolean') errors.push(`skus[${i}].available`);
  });
  if (!Array.isArray(s.warnings)) errors.push('warnings not an array');
  return errors;
}

/** A product URL each adapter reads, so a fixture page goes to the adapter it was written for. */
export const PRODUCT_URL_OF: Record<string, string> = {
  jd: 'https://item.jd.com/100038004317.html',
  taobao: 'https://item.taobao.com/item.htm?id=738291045561',
  tmall: 'https://detail.tmall.com/item.htm?id=628112233445',
  pinduoduo: 'https://mobile.yangkeduo.com/goods.html?goods_id=612345678901',
  'schema-org': 'https://shop.example/p/1',
};
