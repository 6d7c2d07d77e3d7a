import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/adapters';
import type { ProductSnapshot } from '../../src/core/types';
import { DRIFTS } from './drift';
import { FIXTURES, readFixture, snapshotInvariantErrors, snapshotOf } from './load-page';

/**
 * Drift: every fixture page, changed the way redesigns change pages, must still give each field
 * right or empty, never another value (issue 11). "Right" is what the untouched page gives, which
 * the site tests pin down.
 */

/** Each fixture's own address, as its site test reads it. */
const URL_OF: Record<string, string> = {
  'jd/desktop-apparel.html': 'https://item.jd.com/100038004317.html',
  'jd/desktop-food.html': 'https://item.jd.com/100009464821.html',
  'jd/mobile-milk.html': 'https://item.m.jd.com/product/100016034388.html',
  'jd/desktop-2015-shoes.html': 'https://item.jd.com/1573322.html',
  'jd/mobile-pricefloor.html': 'https://item.m.jd.com/product/100009464821.html',
  'taobao/current-apparel.html': 'https://item.taobao.com/item.htm?id=738291045561',
  'taobao/legacy-food.html': 'https://item.taobao.com/item.htm?id=612398475120',
  'taobao/legacy-shoes.html': 'https://item.taobao.com/item.htm?id=689123456701',
  'tmall/current-cosmetics.html': 'https://detail.tmall.com/item.htm?id=41238709126',
  'tmall/legacy-apparel.html': 'https://detail.tmall.com/item.htm?id=628112233445',
  'tmall/legacy-food.html': 'https://chaoshi.detail.tmall.com/item.htm?id=523966117542',
  'tmall/mobile-h5-food.html': 'https://detail.m.tmall.com/item.htm?id=600123456789',
  'pinduoduo/flat-goods.html': 'https://mobile.yangkeduo.com/goods.html?goods_id=398877665544',
  'pinduoduo/initdata-food.html': 'https://mobile.yangkeduo.com/goods.html?goods_id=498765432101',
  'pinduoduo/store-apparel.html': 'https://mobile.yangkeduo.com/goods.html?goods_id=612345678901',
  'schema-org/jsonld-aggregate.html': 'https://www.summit-outfitters.example/p/trail-runner-3',
  'schema-org/jsonld-food-dates.html': 'https://cocoarow.example/products/dark-85',
  'schema-org/jsonld-variants.html': 'https://nordlys.example/products/linen-relaxed-shirt?variant=2',
  'schema-org/microdata-food.html': 'https://kaffeeklatsch.example/bio-espresso-1kg',
};

const pages = ADAPTERS.flatMap((adapter) =>
  readdirSync(join(FIXTURES, adapter.site))
    .filter((f) => f.endsWith('.html') && !f.startsWith('cart'))
    .map((file) => ({ site: adapter.site, file, html: readFixture(adapter.site, file), url: URL_OF[`${adapter.site}/${file}`] ?? '' })),
);

const SCALARS = ['title', 'shop', 'price', 'priceMax', 'listPrice', 'couponPrice'] as const;

/** The picture's file, whatever size variant the CDN address asks for. */
const pictureOf = (url: string) => /([^/]+?\.(?:jpe?g|png|webp|gif))/i.exec(url)?.[1] ?? url;

/** Every way `drifted` says something `right` does not: the property's counterexamples. */
export function wrongReadings(right: ProductSnapshot, drifted: ProductSnapshot): string[] {
  const wrong: string[] = [];
  for (const key of SCALARS) {
    if (drifted[key] !== null && drifted[key] !== right[key]) wrong.push(`${key}: ${String(drifted[key])} (right: ${String(right[key])})`);
  }
  if (drifted.image !== null && (right.image === null || pictureOf(drifted.image) !== pictureOf(right.image))) {
    wrong.push(`image: ${drifted.image} (right: ${String(right.image)})`);
  }
  if (drifted.price !== null && drifted.currency !== right.currency) wrong.push(`currency: ${drifted.currency}`);
  for (const [part, value] of Object.entries(drifted.expiry ?? {})) {
    const rightPart: unknown = right.expiry?.[part as keyof NonNullable<ProductSnapshot['expiry']>];
    if (JSON.stringify(value) !== JSON.stringify(rightPart))
      wrong.push(`expiry.${part}: ${JSON.stringify(value)} (right: ${JSON.stringify(rightPart)})`);
  }
  if (drifted.category !== 'other' && drifted.category !== right.category) wrong.push(`category: ${drifted.category}`);
  for (const sku of drifted.skus) {
    const same = right.skus.find((k) => k.skuId === sku.skuId);
    if (!same && sku.skuId === right.itemId && Object.keys(sku.props).length === 0) {
      // The product as one item: its price is the page's, its stock the total.
      const total = right.skus.every((k) => k.stock !== null) ? right.skus.reduce((n, k) => n + k.stock!, 0) : null;
      if (sku.price !== null && sku.price !== right.price) wrong.push(`item price ${sku.price} (right: ${String(right.price)})`);
      if (sku.stock !== null && sku.stock !== total) wrong.push(`item stock ${sku.stock} (right: ${String(total)})`);
      continue;
    }
    if (!same) {
      if (sku.price !== null || sku.stock !== null || !sku.available) wrong.push(`sku ${sku.skuId} not on the page`);
      continue;
    }
    if (sku.price !== null && sku.price !== same.price) wrong.push(`sku ${sku.skuId} price ${sku.price} (right: ${same.price})`);
    if (sku.stock !== null && sku.stock !== same.stock) wrong.push(`sku ${sku.skuId} stock ${sku.stock} (right: ${same.stock})`);
    if (!sku.available && same.available) wrong.push(`sku ${sku.skuId} sold out (right: available)`);
    if (sku.size !== null && sku.size !== same.size) wrong.push(`sku ${sku.skuId} size ${sku.size} (right: ${same.size})`);
  }
  for (const word of drifted.signals.defectWords) if (!right.signals.defectWords.includes(word)) wrong.push(`defect word ${word}`);
  for (const key of ['lowStockText', 'countdownText', 'returnPolicy', 'socialProofText', 'releasedOn'] as const) {
    const v = drifted.signals[key];
    if (v !== null && v !== right.signals[key]) wrong.push(`signals.${key}: ${v} (right: ${String(right.signals[key])})`);
  }
  for (const offer of drifted.offers) {
    if (!right.offers.some((o) => JSON.stringify(o) === JSON.stringify(offer))) wrong.push(`offer ${JSON.stringify(offer)}`);
  }
  return wrong;
}

describe('drift: each field right or empty on redesigned pages', () => {
  it('knows the address of every fixture', () => {
    expect(pages.filter((p) => p.url === '').map((p) => p.file)).toEqual([]);
  });

  it('covers every adapter', () => {
    expect(new Set(pages.map((p) => p.site))).toEqual(new Set(ADAPTERS.map((a) => a.site)));
  });

  describe.each(pages)('$site $file', ({ html, url }) => {
    const right = snapshotOf(html, url);

    it('reads the untouched page', () => {
      expect(right.price ?? right.skus.find((k) => k.price !== null)?.price ?? null).not.toBeNull();
    });

    it.each(Object.entries(DRIFTS))('%s', (_name, drift) => {
      const drifted = snapshotOf(drift(html), url);
      expect(snapshotInvariantErrors(drifted)).toEqual([]);
      expect(wrongReadings(right, drifted)).toEqual([]);
    });
  });
});
