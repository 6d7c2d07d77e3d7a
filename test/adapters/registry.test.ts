import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl, cartReaderForUrl, CART_READERS } from '../../src/adapters';
import { SITE_HOSTS } from '../../src/core/hosts';
import { FIXTURES } from './load-page';

const SRC = join(import.meta.dirname, '..', '..', 'src', 'adapters');

describe('adapter registry', () => {
  it('lists every shop once, with the generic schema.org adapter last', () => {
    expect(ADAPTERS.map((a) => a.site)).toEqual(['jd', 'taobao', 'tmall', 'pinduoduo', 'schema-org']);
  });

  it.each(ADAPTERS.map((a) => [a.site]))('%s has at least three fixture pages and a test file', (site) => {
    const dir = join(FIXTURES, site);
    expect(existsSync(dir)).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html') && !f.startsWith('cart'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const test = join(import.meta.dirname, `${site}.test.ts`);
    expect(existsSync(test)).toBe(true);
    // every product fixture of the site is read by its test file
    const body = readFileSync(test, 'utf8');
    for (const p of pages) expect(body, `${site}.test.ts reads ${p}`).toContain(p);
  });

  it('routes each product host of the host table to its own shop adapter', () => {
    for (const [site, hosts] of Object.entries(SITE_HOSTS)) {
      const sample: Record<string, string> = {
        jd: '/100012043978.html',
        taobao: '/item.htm?id=562283240178',
        tmall: '/item.htm?id=562283240178',
        pinduoduo: '/goods.html?goods_id=1234567',
      };
      for (const host of hosts.product) {
        const path = host === 'item.m.jd.com' ? '/product/100012043978.html' : sample[site]!;
        expect(adapterForUrl(new URL(`https://${host}${path}`))?.site, host).toBe(site);
      }
    }
  });

  it.each([
    ['https://main.m.taobao.com/security-h5-detail/home?id=738291045561', 'taobao', '738291045561'],
    ['https://a.m.taobao.com/i575697100989.htm', 'taobao', '575697100989'],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=562283240178', 'taobao', '562283240178'],
    ['https://detail.m.tmall.com/item.htm?id=600123456789', 'tmall', '600123456789'],
    ['https://item.m.jd.com/product/100016034388.html', 'jd', '100016034388'],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=612345678901', 'pinduoduo', '612345678901'],
  ])('reads the mobile detail address %s', (url, site, itemId) => {
    const adapter = adapterForUrl(new URL(url));
    expect(adapter?.site).toBe(site);
    expect(adapter?.itemIdFromUrl(new URL(url))).toBe(itemId);
  });

  it('routes other shops to schema.org and cart pages to cart readers', () => {
    expect(adapterForUrl(new URL('https://www.bestbuy.com/site/x/4447801.p'))?.site).toBe('schema-org');
    expect(cartReaderForUrl(new URL('https://cart.jd.com/cart_index'))?.site).toBe('jd');
    expect(cartReaderForUrl(new URL('https://cart.taobao.com/cart.htm'))?.site).toBe('taobao');
    expect(CART_READERS).toHaveLength(2);
  });

  it('keeps each site module free of the registry and of other adapters (content-script size)', () => {
    const siteModules: Record<string, string[]> = {
      'jd.ts': ['./taobao', './tmall', './pinduoduo', './schema-org', './alibaba', './index'],
      'taobao.ts': ['./jd', './tmall', './pinduoduo', './schema-org', './index'],
      'tmall.ts': ['./jd', './taobao', './pinduoduo', './schema-org', './index'],
      'pinduoduo.ts': ['./jd', './taobao', './tmall', './schema-org', './alibaba', './index'],
      'schema-org.ts': ['./jd', './taobao', './tmall', './pinduoduo', './alibaba', './index'],
    };
    for (const [file, banned] of Object.entries(siteModules)) {
      const imports = [...readFileSync(join(SRC, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const b of banned) expect(imports, `${file} imports ${b}`).not.toContain(b);
    }
  });

  it('keeps src/adapters pure: no wxt, browser, Dexie or Preact', () => {
    for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts'))) {
      const body = readFileSync(join(SRC, file), 'utf8');
      expect(body, file).not.toMatch(/from '(wxt|dexie|preact)|\bbrowser\./);
    }
  });
});
