import { type CartLayout, readCartRows } from './cart-rows';
import type { CartPageReader } from './types';

/**
 * cart.taobao.com holds both Taobao and Tmall items; the item link's host tells which.
 * Rows are the legacy `.item-content` blocks and the current app's `cartItem` blocks.
 */
export const TAOBAO_CART_LAYOUT: CartLayout = {
  site: 'taobao',
  rows: '#J_OrderList .J_ItemContent, [class*="cartItem--"][data-itemid], [class^="trade-cart-item-info"]',
  link: 'a.item-title, .item-basic-info a[href*="id="], a[href*="item.htm?"]',
  title: ['a.item-title', '.item-basic-info a', '[class*="title--"]'],
  price: ['.price-now', '.J_Price', '.td-price .price-line em', '[class*="price--"]'],
  quantity: ['input.J_ItemAmount', '.item-amount input', 'input[class*="quantity"]'],
  skuAttributes: ['data-skuid', 'data-sku-id'],
  emptyMarkers: [
    { selector: '.cart-empty, #J_Empty', why: 'the cart is empty' },
    { selector: '#J_LoginBox, .login-box, iframe[src*="login"]', why: 'not logged in: the cart shows a login prompt' },
  ],
  idsFromLink(href) {
    return { itemId: href.searchParams.get('id'), skuId: href.searchParams.get('skuId') };
  },
};

export const taobaoCartReader: CartPageReader = {
  site: 'taobao',
  matchesUrl: (url) => url.hostname === 'cart.taobao.com' || url.hostname === 'cart.tmall.com',
  read(doc, url) {
    const result = readCartRows(doc, url, TAOBAO_CART_LAYOUT);
    if (!result.ok) return result;
    // Tmall items share the Taobao cart; their links point at detail.tmall.com.
    const tmallIds = new Set<string>();
    for (const a of Array.from(doc.querySelectorAll('a[href*="tmall.com"]'))) {
      const id = /[?&]id=(\d+)/.exec(a.getAttribute('href') ?? '')?.[1];
      if (id) tmallIds.add(id);
    }
    return { ...result, items: result.items.map((it) => (tmallIds.has(it.itemId) ? { ...it, site: 'tmall' as const } : it)) };
  },
};
