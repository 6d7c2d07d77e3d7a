import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared } from '../shared';
import { checkSnapshot } from '../../src/core/snapshot-schema';
import { readPage, REAL_PAGES, snapshotInvariantErrors, snapshotOf } from './load-page';

/** Pages saved from live shops (shared/real-pages, README there): what the sites really served. */
// The suite reads pages while it is collected, skipped or not: without ../shared they read as empty.
const page = (name: string, charset?: string) => (existsSync(REAL_PAGES) ? readPage(join(REAL_PAGES, name), charset) : '');
const NOW = new Date('2020-07-10T12:00:00+08:00');

describe.runIf(hasShared(REAL_PAGES))('real pages', () => {
  describe('taobao.html: legacy item page, keyboard case', () => {
    const s = snapshotOf(page('taobao.html'), 'https://item.taobao.com/item.htm?id=562283240178', NOW);

    it.each([
      ['site', 'taobao'],
      ['itemId', '562283240178'],
      ['title', '乳白亚克力外壳 60%键盘外壳 poker外壳无加强筋底壳透光外壳'],
      ['shop', '怡科外设KBDfans'],
      ['price', 149],
      ['priceMax', 159],
      ['listPrice', null],
      ['couponPrice', null],
      ['expiry', null],
      ['warnings', []],
    ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

    it('reads both skuMap SKUs with price and stock, named by the buy box', () => {
      expect(s.skus).toEqual([
        { skuId: '3715273009507', props: { 颜色分类: 'clear', 套餐类型: '官方标配' }, size: null, price: 149, stock: 2, available: true },
        {
          skuId: '3715273009506',
          props: { 颜色分类: 'glow in the dark', 套餐类型: '官方标配' },
          size: null,
          price: 159,
          stock: 2,
          available: true,
        },
      ]);
      expect(checkSnapshot(s).ok).toBe(true);
    });
  });

  describe('tmall.html: legacy detail page (GBK), iPhone 11', () => {
    const s = snapshotOf(page('tmall.html', 'gbk'), 'https://detail.tmall.com/item.htm?id=605258110430', NOW);

    it.each([
      ['site', 'tmall'],
      ['itemId', '605258110430'],
      ['title', '【官网价直降】Apple/苹果 iPhone 11 4G全网通智能手机正品苏宁易购官方旗舰店苹果11'],
      ['shop', '苏宁易购官方旗舰店'],
      ['category', 'electronics'],
      ['price', 5499],
      ['priceMax', 6799],
      ['listPrice', null],
    ] as const)('%s', (field, expected) => expect(s[field]).toEqual(expected));

    it('reads all 18 skuMap entries with priceCent and stock; 256GB is sold out', () => {
      expect(s.skus).toHaveLength(18);
      expect(s.skus.find((k) => k.skuId === '4266775277489')).toEqual({
        skuId: '4266775277489',
        props: { 网络类型: '无需合约版', 机身颜色: '黑色', 套餐类型: '官方标配', 存储容量: '128GB' },
        size: null,
        price: 5999,
        stock: 2135,
        available: true,
      });
      const sold = s.skus.filter((k) => !k.available);
      expect(sold).toHaveLength(6);
      expect(sold.every((k) => k.props['存储容量'] === '256GB' && k.stock === 0)).toBe(true);
    });
  });

  describe('schema.org shops', () => {
    it.each([
      ['ebay.html', 'https://www.ebay.com/itm/381228738769', { price: 349.99, currency: 'USD' }],
      [
        'etsy.html',
        'https://www.etsy.com/listing/230389421/agents-of-shield-decal-sticker-for-car',
        { price: 2.99, currency: 'USD', title: 'Agents of Shield decal sticker for car, truck, laptop in ANY COLOR die cut vinyl' },
      ],
      ['thinkgeek.html', 'https://www.thinkgeek.com/product/jjip/', { price: 5.99, currency: 'USD', title: 'Citizen Playing Cards' }],
      ['newegg.html', 'https://www.newegg.com/Product/Product.aspx?Item=N82E16828840014', { price: 549.99, currency: 'USD' }],
      ['aliexpress.html', 'https://he.aliexpress.com/item/32993251330.html', { price: 97.39, priceMax: 128.72, currency: 'EUR' }],
      [
        'michaelkors.html',
        'https://www.michaelkors.com/mirabel-suede-sandal/_/R-US_40T6MBMS1S',
        { price: 80, currency: 'USD', title: 'Mirabel Suede Sandal' },
      ],
    ] as const)('%s', (file, url, expected) => {
      const s = snapshotOf(page(file), url, NOW);
      expect(s).toMatchObject({ site: 'schema-org', ...expected });
      expect(snapshotInvariantErrors(s)).toEqual([]);
    });

    it.each([
      ['schema-gomaji-tw-voucher.html', 'https://www.gomaji.com/store/122725?pid=260591', { price: 210, listPrice: 410, currency: 'TWD' }],
      [
        'schema-otto-pressure-washer.html',
        'https://www.otto.de/p/kaercher-hochdruckreiniger-k-3-full-control-848068924/',
        { price: 119.01, listPrice: 149.99, currency: 'EUR', shop: 'OTTO' },
      ],
    ] as const)('%s: the list price shown only as struck-through or UVP text is read', (file, url, expected) => {
      const s = snapshotOf(page(file), url, NOW);
      expect(s).toMatchObject(expected);
      expect(s.confidence?.price).toBe('high');
    });

    it('schema-gomaji-tw-voucher.html: the site slogan in og:site_name is not a shop name', () => {
      const s = snapshotOf(page('schema-gomaji-tw-voucher.html'), 'https://www.gomaji.com/store/122725?pid=260591', NOW);
      expect(s.shop).toBeNull();
      expect(s.warnings).toContain('shop name not found');
    });

    it('michaelkors.html: a sandal (shoes), 24 offers, every one out of stock', () => {
      const s = snapshotOf(page('michaelkors.html'), 'https://www.michaelkors.com/mirabel-suede-sandal/_/R-US_40T6MBMS1S', NOW);
      expect(s.category).toBe('shoes');
      expect(s.skus).toHaveLength(24);
      expect(s.skus.every((k) => !k.available && k.stock === 0 && k.price === 80)).toBe(true);
    });

    it('bestbuy.html: the declared price is a $24.96/mo. instalment, so no price rather than a wrong one', () => {
      const s = snapshotOf(
        page('bestbuy.html'),
        'https://www.bestbuy.com/site/apple-iphone-6s-64gb-space-gray-verizon/4447801.p?skuId=4447801',
        NOW,
      );
      expect(s).toMatchObject({
        title: 'Apple - iPhone 6s 64GB - Space Gray (Verizon)',
        price: null,
        priceMax: null,
        currency: 'USD',
        category: 'electronics',
      });
      expect(s.warnings.join('\n')).toMatch(/monthly instalment/);
    });
  });

  describe('pages read by the wrong shop adapter give nulls and warnings, never a wrong price', () => {
    it.each([
      ['bestbuy.html', 'https://item.jd.com/100000000001.html'],
      ['ebay.html', 'https://item.taobao.com/item.htm?id=100000000001'],
      ['etsy.html', 'https://detail.tmall.com/item.htm?id=100000000001'],
      ['newegg.html', 'https://mobile.yangkeduo.com/goods.html?goods_id=100000000001'],
    ])('%s as %s', (file, url) => {
      const s = snapshotOf(page(file), url, NOW);
      expect(s.price).toBeNull();
      expect(s.skus.every((k) => k.price === null)).toBe(true);
      expect(s.warnings.length).toBeGreaterThan(0);
      expect(snapshotInvariantErrors(s)).toEqual([]);
    });
  });

  it('satisfies the sample case taobao-legacy-keyboard-case', () => {
    const dir = join(REAL_PAGES, '..', 'samples', 'taobao-legacy-keyboard-case');
    const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
      page: string;
      url: string;
      now: string;
      expect: { snapshot: { site: string; itemId: string; price: number; priceMax: number; skuCount: number } };
    };
    const s = snapshotOf(readPage(join(dir, c.page)), c.url, new Date(c.now));
    const { skuCount, ...fields } = c.expect.snapshot;
    expect(s).toMatchObject(fields);
    expect(s.skus).toHaveLength(skuCount);
  });
});
