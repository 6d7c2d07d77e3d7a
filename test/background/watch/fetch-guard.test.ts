import { describe, expect, it } from 'vitest';
import { otherProduct, unfetchable } from '../../../src/background/watch/fetch-guard';
import { isPublicHostName } from '../../../src/core/hosts';

const JD = { site: 'jd' as const, itemId: '100038004353' };
const SHOP = { site: 'schema-org' as const, itemId: 'https://shop.example#K-1' };

describe('what a background check may fetch', () => {
  it('the site’s own https hosts and its data service', () => {
    expect(unfetchable('https://item.jd.com/100038004353.html', JD)).toBeNull();
    expect(unfetchable('https://p.3.cn/prices/mgets?skuIds=J_1', JD)).toBeNull();
    expect(unfetchable('https://shop.example/p/kettle', SHOP)).toBeNull();
  });

  it('nothing else: another host, plain http, loopback, private and link-local addresses', () => {
    for (const address of [
      'http://item.jd.com/1.html',
      'https://evil.example/1.html',
      'https://127.0.0.1/admin',
      'https://192.168.1.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://localhost/',
      'https://router.local/',
      'https://user:pw@item.jd.com/1.html',
      'file:///etc/passwd',
      'not a url',
    ])
      expect(unfetchable(address, JD), address).not.toBeNull();
    expect(unfetchable('https://other-shop.example/p/kettle', SHOP)).toMatch(/not the shop/);
  });

  it('a reading of another product than the watched one is not a reading', () => {
    expect(otherProduct({ site: 'jd', itemId: '100038004354' }, { ...JD, skuId: '100038004354' })).toBeNull();
    expect(otherProduct({ site: 'jd', itemId: '999' }, { ...JD, skuId: '100038004354' })).toMatch(/not jd:100038004354/);
    expect(otherProduct({ site: 'schema-org', itemId: 'https://shop.example#K-2' }, { ...SHOP, skuId: null })).not.toBeNull();
  });
});

describe('public host names', () => {
  it.each([
    ['item.jd.com', true],
    ['www.example-shop.test', true],
    ['127.0.0.1', false],
    ['10.0.0.8', false],
    ['0x7f000001', false],
    ['[fe80::1]', false],
    ['localhost', false],
    ['printer', false],
    ['nas.lan', false],
    ['app.localhost', false],
  ])('%s: %s', (host, expected) => expect(isPublicHostName(host)).toBe(expected));
});
