import type { Rect } from './placement';

/**
 * The shops' buy and add-to-cart controls, as data: selectors per site (current and legacy page
 * generations; Taobao/Tmall hash their class names, so prefixes), then a text match for any shop.
 */
export const BUY_BUTTON_SELECTORS: readonly string[] = [
  // JD
  '#InitCartUrl',
  '#InitCartUrl-mini',
  '#btn-reservation',
  '#choose-btn-ko',
  '.btn-special1',
  '.btn-special2',
  '#btn-onkeybuy',
  // Taobao / Tmall current
  '[class*="Actions--"] a',
  '[class*="Actions--"] button',
  '[class*="LeftButtonList--"] button',
  '[class*="BuyButton"]',
  '[class*="CartButton"]',
  // Taobao / Tmall legacy
  '#J_LinkBuy',
  '#J_LinkBasket',
  '.tb-btn-buy',
  '.tb-btn-add',
  '.tm-fcs-panel',
  '#J_BuyButton',
  // Pinduoduo mobile
  '[class*="goods-buy"]',
  '[class*="bottom-buy"]',
  '[class*="sku-buy"]',
  // schema.org shops and others
  '[name="add-to-cart"]',
  '[data-action*="add-to-cart"]',
  '.add-to-cart',
  '.single_add_to_cart_button',
  '#add-to-cart-button',
  '#buy-now-button',
];

const BUY_WORDS = /加入购物车|立即购买|立即抢购|马上抢|领券购买|单独购买|发起拼单|去结算|add to (cart|bag|basket)|buy (it )?now/i;

/** How many generic controls to read the text of: a bound, so a huge page costs little. */
const TEXT_SCAN_LIMIT = 400;

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

export function findBuyButtonRects(doc: Document): Rect[] {
  const found = new Set<Element>();
  for (const selector of BUY_BUTTON_SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) found.add(el);
  }
  const controls = doc.querySelectorAll('button, a[href], [role="button"], input[type="submit"], input[type="button"]');
  for (let i = 0; i < controls.length && i < TEXT_SCAN_LIMIT; i++) {
    const el = controls[i]!;
    const text = (el as HTMLInputElement).value || el.textContent || '';
    if (text.length < 40 && BUY_WORDS.test(text)) found.add(el);
  }
  return [...found].map(rectOf);
}
