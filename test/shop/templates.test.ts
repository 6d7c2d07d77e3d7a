import { describe, expect, it } from 'vitest';
import { adapterForUrl, extractWith } from '../../src/adapters';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import type { ProductSnapshot } from '../../src/core/types';
import { NOW, parseHtml } from '../adapters/load-page';
import { faceCream, hoodie, pinduoduoJujubes, taobaoTee, tmallCoat, tmallSerum } from './catalog';
import { FixtureShop } from './fixture-shop';
import { renderTmallItemPage } from './templates/tmall';
import type { LiveProduct } from './types';

/**
 * The live templates read back through the extension's own adapters: what the fixture shop serves
 * for a Taobao, Tmall or Pinduoduo product is what the extension extracts, field by field.
 */

function shopWith(...products: LiveProduct[]): FixtureShop {
  const shop = new FixtureShop();
  for (const p of products) shop.addLive(p);
  return shop;
}

function pageBody(shop: FixtureShop, url: string): string {
  const answer = shop.handle(url);
  if (!answer) throw new Error(`the shop did not answer ${url}`);
  expect(answer).toMatchObject({ status: 200, contentType: 'text/html;charset=utf-8' });
  return String(answer.body);
}

function extract(shop: FixtureShop, url: string): ProductSnapshot {
  const u = new URL(url);
  const adapter = adapterForUrl(u);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return extractWith(adapter, { doc: parseHtml(pageBody(shop, url)), url: u, now: NOW });
}

const skuRows = (s: ProductSnapshot) => s.skus.map((k) => [k.skuId, k.props, k.price, k.stock, k.available]);
const liveSkuRows = (p: LiveProduct) => p.skus.map((k) => [k.skuId, k.props, k.price, k.stock, k.stock > 0]);

const CASES = [
  {
    name: 'Tmall serum (current page)',
    make: tmallSerum,
    url: 'https://detail.tmall.com/item.htm?id=41238709188',
    site: 'tmall',
    price: 259,
    priceMax: 369,
    listPrice: 399,
    category: 'cosmetics',
    offers: [{ kind: 'threshold', threshold: 300, discount: 50, repeat: true }],
    signals: { lowStockText: '仅剩3件', countdownText: null, returnPolicy: '7day' },
    expiry: { shelfLife: { value: 3, unit: 'year' }, producedFrom: '2026-06-01', producedTo: '2026-06-01' },
  },
  {
    name: 'Tmall coat (current page)',
    make: tmallCoat,
    url: 'https://detail.tmall.com/item.htm?id=652318870012',
    site: 'tmall',
    price: 899,
    priceMax: 929,
    listPrice: 1599,
    category: 'apparel',
    offers: [{ kind: 'threshold', threshold: 800, discount: 80, repeat: false }],
    signals: { lowStockText: null, countdownText: null, returnPolicy: '7day' },
    expiry: null,
  },
  {
    name: 'Taobao T-shirt (current page)',
    make: taobaoTee,
    url: 'https://item.taobao.com/item.htm?id=738291045600',
    site: 'taobao',
    price: 79,
    priceMax: 89,
    listPrice: 129,
    category: 'apparel',
    offers: [{ kind: 'threshold', threshold: 200, discount: 20, repeat: false }],
    signals: { lowStockText: null, countdownText: null, returnPolicy: '7day' },
    expiry: null,
  },
  {
    name: 'Pinduoduo jujubes (rawData page)',
    make: pinduoduoJujubes,
    url: 'https://mobile.yangkeduo.com/goods.html?goods_id=498765432188',
    site: 'pinduoduo',
    // The 500g*4 pack is sold out, so the cheapest buyable SKU and the range over all SKUs.
    price: 19.9,
    priceMax: 34.9,
    listPrice: 59.9,
    category: 'food',
    offers: [{ kind: 'percent', minQuantity: 2, percentOff: 10 }],
    signals: { lowStockText: null, countdownText: '距结束 05:12:33', returnPolicy: '7day' },
    expiry: { shelfLife: { value: 12, unit: 'month' }, producedFrom: '2026-10-15', producedTo: '2026-10-15' },
  },
] as const;

describe.each(CASES)('$name read back through the adapter', (c) => {
  const product = c.make();
  const s = extract(shopWith(product), c.url);

  it('passes the snapshot contract with nothing left unread', () => {
    expect(checkSnapshot(s).ok).toBe(true);
    expect(s.warnings).toEqual([]);
  });

  it('reads the identity fields', () => {
    expect(s).toMatchObject({ site: c.site, itemId: product.itemId, title: product.title, shop: product.shop, category: c.category });
    expect(s.image).toMatch(/^https:\/\/img\.(alicdn|pddpic)\.com\//);
  });

  it('reads price, range and list price', () => {
    expect({ price: s.price, priceMax: s.priceMax, listPrice: s.listPrice }).toEqual({
      price: c.price,
      priceMax: c.priceMax,
      listPrice: c.listPrice,
    });
  });

  it('reads every SKU with its properties, price and stock', () => {
    expect(skuRows(s)).toEqual(liveSkuRows(product));
  });

  it('reads offers, expiry and the page signals', () => {
    expect(s.offers).toEqual(c.offers);
    expect(s.expiry).toEqual(c.expiry);
    expect(s.signals).toMatchObject(c.signals);
  });

  it('follows the shop: a new price and stock are what the next read sees', () => {
    const shop = shopWith(c.make());
    const [first, second] = product.skus;
    const lower = Math.round(first!.price * 80) / 100;
    shop.setPrice(c.site, product.itemId, lower, first!.skuId);
    shop.setStock(c.site, product.itemId, second!.skuId, 7);
    const again = extract(shop, c.url);
    expect(again.skus.find((k) => k.skuId === first!.skuId)?.price).toBe(lower);
    expect(again.skus.find((k) => k.skuId === second!.skuId)).toMatchObject({ stock: 7, available: true });
    expect(again.price).toBe(lower);
  });
});

describe('Taobao/Tmall pages select the SKU the address names', () => {
  const coat = tmallCoat();
  const shop = shopWith(coat);
  const url = 'https://detail.tmall.com/item.htm?id=652318870012&skuId=5233100104';

  it('prices the page at that SKU', () => {
    expect(extract(shop, url)).toMatchObject({ price: 929, priceMax: null });
  });

  it('marks its options selected, so add-to-cart reads that SKU, the typed quantity and its price', () => {
    const doc = parseHtml(pageBody(shop, url));
    const selected = [...doc.querySelectorAll('[class*="SkuContent--isSelected--"]')].map((el) => el.textContent);
    expect(selected).toEqual(['驼色', 'XL']);
    doc.querySelector('[class*="Operation--countValue--"]')!.setAttribute('value', '2');
    const adapter = adapterForUrl(new URL(url))!;
    expect(adapter.readCartIntent!(doc, new URL('https://detail.tmall.com/item.htm?id=652318870012'))).toEqual({
      skuId: '5233100104',
      quantity: 2,
      price: 929,
    });
  });

  it('without a SKU in the address, chooses only dimensions that have one value', () => {
    const doc = parseHtml(pageBody(shop, 'https://detail.tmall.com/item.htm?id=652318870012'));
    expect([...doc.querySelectorAll('[class*="SkuContent--isSelected--"]')].map((el) => el.textContent)).toEqual(['驼色']);
  });

  it('has an add-to-cart control the adapter listens on, and greys out the sold-out size', () => {
    const doc = parseHtml(pageBody(shop, url));
    const adapter = adapterForUrl(new URL(url))!;
    expect(doc.querySelector(adapter.addToCartSelector!)?.textContent).toBe('加入购物车');
    const disabled = [...doc.querySelectorAll('[class*="SkuContent--isDisabled--"]')].map((el) => el.textContent);
    expect(disabled).toEqual(['M']);
  });
});

describe('live pages show their price after load, as the real ones do', () => {
  it('leaves the price element empty for the page script to fill, unless rendered as saved', () => {
    const priceText = (html: string) => parseHtml(html).querySelector('[class*="Price--priceText--"]')?.textContent;
    expect(priceText(renderTmallItemPage(tmallSerum()))).toBe('');
    expect(priceText(renderTmallItemPage(tmallSerum(), { live: false }))).toBe('259-369');
  });
});

describe('the shop routes', () => {
  const shop = shopWith(hoodie(), faceCream(), tmallSerum(), taobaoTee(), pinduoduoJujubes());

  it.each([
    ['a Tmall id it does not sell', 'https://detail.tmall.com/item.htm?id=999'],
    ['a Taobao product under the Tmall host', 'https://detail.tmall.com/item.htm?id=738291045600'],
    ['a Tmall product under the Taobao host', 'https://item.taobao.com/item.htm?id=41238709188'],
    ['a Pinduoduo page without goods_id', 'https://mobile.yangkeduo.com/goods.html'],
    ['another Tmall path', 'https://detail.tmall.com/list.htm?id=41238709188'],
  ])('answers nothing for %s', (_, url) => expect(shop.handle(url)).toBeNull());

  it('still serves JD as before', () => {
    expect(String(shop.handle('https://item.jd.com/100038004354.html')?.body)).toContain('连帽加绒卫衣男');
  });

  it.each([['https://img.alicdn.com/imgextra/i1/1/O1CN01x.jpg'], ['https://img.pddpic.com/gaudit-image/x.jpeg']])(
    'answers the photo host %s with a stand-in image',
    (url) => {
      expect(shop.handle(url)?.contentType).toBe('image/svg+xml');
    },
  );
});
