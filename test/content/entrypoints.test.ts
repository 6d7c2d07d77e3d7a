import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/adapters';
import { SITE_HOSTS } from '../../src/core/hosts';

const root = resolve(import.meta.dirname, '../..');

// Like refined-github's feature meta-test: a site is supported only when every piece is there.
describe('every adapter has its content script', () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.site}: entrypoints/product-${adapter.site}.content.ts uses only its own adapter`, () => {
      const file = resolve(root, `entrypoints/product-${adapter.site}.content.ts`);
      expect(existsSync(file)).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source).toMatch(new RegExp(`from '\\.\\./src/adapters/${adapter.site}'`));
      // Importing the registry would pull every site's adapter into this content script.
      expect(source).not.toMatch(/from '\.\.\/src\/adapters'/);
      expect(source).not.toMatch(/src\/store/);
    });
  }

  // The product URL forms of the built-in shops, one of which each product host serves.
  const PRODUCT_URL_FORMS = [
    '/100038004353.html',
    '/product/100038004353.html',
    '/item.htm?id=562283240178',
    '/goods.html?goods_id=123456',
  ];

  it('every product host the manifest asks for is read by its site’s adapter', () => {
    for (const [site, hosts] of Object.entries(SITE_HOSTS)) {
      const adapter = ADAPTERS.find((a) => a.site === site);
      expect(adapter, site).toBeDefined();
      expect(hosts.product.length).toBeGreaterThan(0);
      for (const host of hosts.product) {
        const claimed = PRODUCT_URL_FORMS.some((path) => adapter!.matchesUrl(new URL(`https://${host}${path}`)));
        expect(claimed, `${site}: ${host}`).toBe(true);
      }
    }
  });
});
