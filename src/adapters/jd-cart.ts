import { type CartLayout, readCartRows } from './cart-rows';
import type { CartPageReader } from './types';

/** cart.jd.com: one row per SKU; on JD the SKU id is the item id in the product link. */
export const JD_CART_LAYOUT: CartLayout = {
  site: 'jd',
  rows: '.item-item[skuid], .item-item[data-sku], [class*="cart-item"][data-sku]',
  link: '.p-name a[href*="item.jd"], .p-img a[href*="item.jd"], a[href*="item.jd.com/"]',
  title: ['.p-name a', '.p-name'],
  price: ['.p-price strong', '.p-price .price', '.p-price'],
  quantity: ['.quantity-form input.itxt', '.p-quantity input', 'input[name="quantity"]'],
  skuAttributes: ['skuid', 'data-sku'],
  emptyMarkers: [
    { selector: '.cart-empty, .cart-empty-box', why: 'the cart is empty' },
    { selector: '#login-form, .login-tip, .cart-login-tip', why: 'not logged in: the cart shows a login prompt' },
  ],
  idsFromLink(href) {
    const sku = /\/(\d+)\.html$/.exec(href.pathname)?.[1] ?? null;
    return { itemId: sku, skuId: sku };
  },
};

export const jdCartReader: CartPageReader = {
  site: 'jd',
  matchesUrl: (url) => url.hostname === 'cart.jd.com',
  read: (doc, url) => readCartRows(doc, url, JD_CART_LAYOUT),
};
