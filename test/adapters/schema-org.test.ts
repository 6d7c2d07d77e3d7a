import { describe, expect, it } from 'vitest';
import { availabilityOf, schemaOrgAdapter } from '../../src/adapters/schema-org';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { readFixture, snapshotOf } from './load-page';

describe('schema.org JSON-LD: @graph with an AggregateOffer (jsonld-aggregate.html)', () => {
  const s = snapshotOf(readFixture('schema-org', 'jsonld-aggregate.html'), 'https://www.summit-outfitters.example/p/trail-runner-3');

  it('passes the snapshot contract', () => expect(checkSnapshot(s).ok).toBe(true));

  it.each([
    ['site', 'schema-org'],
    ['itemId', 'https://www.summit-outfitters.example#TR3-WP'],
    ['title', 'Trail Runner 3 Waterproof Hiking Shoe'],
    ['shop', 'Summit Outfitters'],
    ['image', 'https://cdn.summit-outfitters.example/img/tr3-main.jpg'],
    ['category', 'shoes'],
    ['currency', 'USD'],
    ['price', 89.95],
    ['priceMax', 129.95],
    ['listPrice', null],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('reads low-stock pressure in the product details', () => expect(s.signals.lowStockText).toBe('Only 2 left in stock'));
});

describe('schema.org JSON-LD: offers per size, sloppy JSON (jsonld-variants.html)', () => {
  const s = snapshotOf(readFixture('schema-org', 'jsonld-variants.html'), 'https://nordlys.example/products/linen-relaxed-shirt?variant=2');

  it.each([
    ['itemId', 'https://nordlys.example#7781234'],
    ['currency', 'EUR'],
    ['category', 'apparel'],
    ['price', 59],
    ['priceMax', 64],
    ['listPrice', 89],
    ['image', 'https://nordlys.example/cdn/shop/products/linen-shirt.jpg'],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('turns each offer into a SKU with its size and availability (whitespace in the URL tolerated)', () => {
    expect(s.skus.map((k) => [k.skuId, k.size, k.price, k.available])).toEqual([
      ['7781234-S', 'S', 59, false],
      ['7781234-M', 'M', 59, true],
      ['7781234-L', 'L', 64, true],
      ['7781234-XL', 'XL', 64, false],
    ]);
  });

  it('reads "Final sale: no returns or exchanges" as a return refusal, not a defect', () => {
    expect(s.signals.defectWords).toEqual(['no returns']);
  });
});

describe('schema.org microdata: food with a decimal-comma shown price (microdata-food.html)', () => {
  const s = snapshotOf(readFixture('schema-org', 'microdata-food.html'), 'https://kaffeeklatsch.example/bio-espresso-1kg');

  it.each([
    ['itemId', 'https://kaffeeklatsch.example#4260123456789'],
    ['title', 'Organic Espresso Beans 1kg'],
    ['image', 'https://kaffeeklatsch.example/media/espresso-1kg.jpg'],
    ['category', 'food'],
    ['currency', 'EUR'],
    ['price', 24.9],
    ['expiry', null],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it('says that a food page states no date', () => {
    expect(s.warnings).toContain('no shelf life or production date found on the page');
  });
});

describe('schema.org JSON-LD: food with its dates in the product text (jsonld-food-dates.html)', () => {
  const s = snapshotOf(readFixture('schema-org', 'jsonld-food-dates.html'), 'https://cocoarow.example/products/dark-85');

  it.each([
    ['category', 'food'],
    ['price', 3.49],
    ['currency', 'EUR'],
  ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

  it("reads the labelled dates near the product, not the batch number nor a related product's date", () => {
    expect(s.expiry).toEqual({ expiresOn: '2026-03-31', shelfLife: { value: 18, unit: 'month' } });
    expect(s.warnings).not.toContain('no shelf life or production date found on the page');
  });
});

describe('schema.org expiry: labelled text in the product regions only', () => {
  const page = (details: string, elsewhere = '') => `<!DOCTYPE html><html><head><script type="application/ld+json">
    {"@type": "Product", "name": "Oat Biscuits", "category": "Food", "offers": {"price": "2.50", "priceCurrency": "GBP"}}
    </script></head><body><div class="product-info">${details}</div><aside>${elsewhere}</aside></body></html>`;
  const read = (details: string, elsewhere?: string) => snapshotOf(page(details, elsewhere), 'https://biscuits.example/oat').expiry;

  it.each([
    ['Best before: 2026-09-30', { expiresOn: '2026-09-30' }],
    ['Best before end 09/2026', { expiresOn: '2026-09' }],
    ['Use by 2026/09/30', { expiresOn: '2026-09-30' }],
    ['EXP 2027/01', { expiresOn: '2027-01' }],
    ['MFG 2025/01 EXP 2028/01', { producedFrom: '2025-01', producedTo: '2025-01', expiresOn: '2028-01' }],
    ['保质期：12个月', { shelfLife: { value: 12, unit: 'month' } }],
    ['生产日期：2025-03-01', { producedFrom: '2025-03-01', producedTo: '2025-03-01' }],
    ['Baked on 2025-03-01, delivered 2025-03-03', null],
    ['2025-03-01 - 2025-03-10', null],
  ] as const)('%j', (details, expiry) => expect(read(details)).toEqual(expiry));

  it('reads the structured dates first: expires and productionDate on the Product', () => {
    const html = page('Best before: 2026-09-30').replace(
      '"category": "Food",',
      '"category": "Food", "expires": "2026-08-31", "productionDate": "2025-09-01",',
    );
    expect(snapshotOf(html, 'https://biscuits.example/oat').expiry).toEqual({
      expiresOn: '2026-08-31',
      producedFrom: '2025-09-01',
      producedTo: '2025-09-01',
    });
  });

  it('never reads a label outside the product regions', () => {
    expect(read('Crunchy oat biscuits', 'Best before 2026-09-30')).toBeNull();
  });
});

describe('schema.org conventions', () => {
  it.each([
    [' http://schema.org/InStock ', true],
    ['https://schema.org/OutOfStock', false],
    ['InStock', true],
    ['LimitedAvailability', true],
    ['SoldOut', false],
    ['in_stock', true],
    ['whatever', null],
  ] as const)('availability %j', (text, available) => expect(availabilityOf(text)).toBe(available));

  it.each([
    'https://item.jd.com/1.html',
    'https://www.jd.com/',
    'https://item.taobao.com/item.htm?id=1',
    'https://detail.tmall.com/item.htm?id=1',
    'https://mobile.yangkeduo.com/goods.html?goods_id=1',
    'https://cart.taobao.com/cart.htm',
    'https://shop123.taobao.com/',
    'https://pages.tmall.hk/x',
  ])('never claims the Chinese shop host %s', (url) => expect(schemaOrgAdapter.matchesUrl(new URL(url))).toBe(false));

  it('claims other shops and not other schemes', () => {
    expect(schemaOrgAdapter.matchesUrl(new URL('https://www.bestbuy.com/site/x/4447801.p'))).toBe(true);
    expect(schemaOrgAdapter.matchesUrl(new URL('file:///tmp/x.html'))).toBe(false);
  });
});

describe('schema.org ids are bound to the shop that declares them', () => {
  const page = (canonical: string) =>
    `<html><head><link rel="canonical" href="${canonical}"><script type="application/ld+json">
      {"@type":"Product","name":"Kettle","sku":"100038004353","offers":{"@type":"Offer","price":"9.90","priceCurrency":"EUR"}}
    </script></head><body></body></html>`;

  it('another shop declaring the same sku names a different product', () => {
    const mine = snapshotOf(page('https://shop-a.test/p/1'), 'https://shop-a.test/p/1');
    const theirs = snapshotOf(page('https://shop-a.test/p/1'), 'https://shop-b.test/p/1');
    expect(mine.itemId).toBe('https://shop-a.test#100038004353');
    expect(theirs.itemId).toBe('https://shop-b.test#100038004353');
  });

  it('a canonical link to another origin does not name the page', () => {
    const html = page('https://shop-a.test/p/1').replace('"sku":"100038004353",', '');
    expect(snapshotOf(html, 'https://shop-b.test/p/9').itemId).toBe('https://shop-b.test/p/9');
  });
});
