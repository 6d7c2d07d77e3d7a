import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readProductHtml, type HtmlParser } from '../../../src/background/watch/read-html';
import { jdPriceRequest } from '../../../src/background/watch/site-checks';
import { hoodie } from '../../shop/catalog';
import { renderJdItemPage, renderJdPriceService } from '../../shop/templates/jd';

const parser = new DOMParser() as unknown as HtmlParser;
const now = '2026-11-12T10:00:00.000Z';

describe('readProductHtml', () => {
  it('reads a fetched JD SKU page (scripts not run) and the price service the way a check does', () => {
    const product = hoodie();
    const html = renderJdItemPage(product, { skuId: '100038004354' });
    const result = readProductHtml(parser, { html, url: 'https://item.jd.com/100038004354.html', now });
    if (!result.ok) throw new Error(result.error);
    const m = result.snapshot.skus.find((s) => s.skuId === '100038004354');
    expect(m).toMatchObject({ size: 'M', available: false });
    expect(result.snapshot.price).toBeNull();

    jdPriceRequest('100038004354').apply(result.snapshot, renderJdPriceService(product, '100038004354'));
    expect(result.snapshot.price).toBe(299);
  });

  it('sees the size back in stock once the shop restocks it', () => {
    const product = hoodie();
    product.skus[1]!.stock = 20;
    const result = readProductHtml(parser, {
      html: renderJdItemPage(product, { skuId: '100038004354' }),
      url: 'https://item.jd.com/100038004354.html',
      now,
    });
    expect(result.ok && result.snapshot.skus.find((s) => s.skuId === '100038004354')?.available).toBe(true);
  });

  it.each([
    ['a shop page that is not a product page', 'https://www.jd.com/', 'no adapter'],
    ['a bad URL', 'item.jd.com/1.html', 'not a URL'],
  ])('refuses %s with a message', (_label, url, message) => {
    const result = readProductHtml(parser, { html: '<html></html>', url, now });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('gives a snapshot with warnings, not an exception, for a broken page', () => {
    const result = readProductHtml(parser, {
      html: '<html><body><div class="sku-name">',
      url: 'https://item.jd.com/100038004354.html',
      now,
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot.warnings.length).toBeGreaterThan(0);
  });
});
