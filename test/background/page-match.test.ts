import { describe, expect, it } from 'vitest';
import { cartLinesMismatch, productMismatch, snapshotMismatch } from '../../src/background/page-match';
import { contentScriptPage, isExtensionPage } from '../../src/background/sender-checks';

const JD_PAGE = new URL('https://item.jd.com/100038004353.html');
const SHOP = new URL('https://www.example-shop.test/p/kettle');

describe('a content script message is about its own page', () => {
  it('takes the product at the tab’s address', () => {
    expect(productMismatch({ site: 'jd', itemId: '100038004353' }, JD_PAGE)).toBeNull();
    expect(snapshotMismatch({ site: 'jd', itemId: '100038004353', url: JD_PAGE.href }, JD_PAGE)).toBeNull();
  });

  it('refuses another product, another site, or an address elsewhere', () => {
    expect(productMismatch({ site: 'jd', itemId: '100009464821' }, JD_PAGE)).toMatch(/another product/);
    expect(productMismatch({ site: 'taobao', itemId: '100038004353' }, JD_PAGE)).toMatch(/not a taobao product page/);
    expect(snapshotMismatch({ site: 'jd', itemId: '100038004353', url: 'https://evil.test/100038004353.html' }, JD_PAGE)).toMatch(
      /not on https:\/\/item.jd.com/,
    );
  });

  it('binds a schema.org product to the shop’s origin', () => {
    expect(productMismatch({ site: 'schema-org', itemId: `${SHOP.origin}#SKU-1` }, SHOP)).toBeNull();
    expect(productMismatch({ site: 'schema-org', itemId: 'https://other-shop.test#SKU-1' }, SHOP)).toMatch(/not one of/);
    expect(productMismatch({ site: 'schema-org', itemId: 'SKU-1' }, SHOP)).toMatch(/not one of/);
  });

  it('takes cart lines only of the sites the cart page lists', () => {
    const taobaoCart = new URL('https://cart.taobao.com/cart.htm');
    expect(cartLinesMismatch([{ site: 'taobao' }, { site: 'tmall' }], taobaoCart)).toBeNull();
    expect(cartLinesMismatch([{ site: 'jd' }], taobaoCart)).toMatch(/cannot be in the taobao cart/);
    expect(cartLinesMismatch([{ site: 'jd' }], JD_PAGE)).toMatch(/not a cart page/);
  });
});

describe('who sent a message', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}`;

  it('an extension page is on the extension’s own origin', () => {
    expect(isExtensionPage({ id, url: `${origin}/popup.html` }, id, origin)).toBe(true);
    expect(isExtensionPage({ id, url: 'https://item.jd.com/1.html', tab: { id: 1 }, frameId: 0 }, id, origin)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `chrome-extension://other/popup.html` }, id, origin)).toBe(false);
    expect(isExtensionPage({ id }, id, origin)).toBe(false);
  });

  it('a content script runs in a tab’s top frame on a web address', () => {
    expect(contentScriptPage({ id, url: JD_PAGE.href, frameId: 0, tab: { id: 3 } }, id)).toEqual({ tabId: 3, url: JD_PAGE });
    expect(contentScriptPage({ id, url: JD_PAGE.href, frameId: 2, tab: { id: 3 } }, id)).toBeNull();
    expect(contentScriptPage({ id, url: `${origin}/popup.html`, frameId: 0, tab: { id: 3 } }, id)).toBeNull();
    expect(contentScriptPage({ id, url: JD_PAGE.href, frameId: 0 }, id)).toBeNull();
  });
});
