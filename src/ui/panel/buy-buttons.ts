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

/**
 * The list in a few queries, each a task of its own: every query walks the whole document, and on
 * a page of 200,000 elements one query for the whole list holds the page for 35 ms.
 */
const BUY_BUTTON_QUERIES: readonly string[] = Array.from({ length: Math.ceil(BUY_BUTTON_SELECTORS.length / 6) }, (_, i) =>
  BUY_BUTTON_SELECTORS.slice(i * 6, i * 6 + 6).join(', '),
);

const BUY_WORDS = /加入购物车|立即购买|立即抢购|马上抢|领券购买|单独购买|发起拼单|去结算|add to (cart|bag|basket)|buy (it )?now/i;

/** How many generic controls to read the text of: a bound, so a huge page costs little. */
const TEXT_SCAN_LIMIT = 400;

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** Points along the screen's bottom edge where mobile pages pin their buy bar, as fractions of the width. */
const BOTTOM_EDGE_SAMPLES = [0.1, 0.3, 0.5, 0.7, 0.9];

/** Our own elements (the panel's host) are never the shop's bar. */
const isOurs = (el: Element) => el.localName.startsWith('fanchang-radar');

/**
 * The bar a mobile page pins to the screen's bottom edge with its buy and cart buttons (JD, Taobao,
 * Tmall and Pinduoduo mobile pages all have one; its buttons are often script-driven elements no
 * selector names). Found by what is there, not by class names: the fixed or sticky element under the
 * bottom edge whose text offers to buy. The whole bar is avoided, not just its buttons.
 */
function findBottomBarRects(doc: Document): Rect[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return [];
  const bars = new Set<Element>();
  for (const fx of BOTTOM_EDGE_SAMPLES) {
    for (const hit of doc.elementsFromPoint(view.innerWidth * fx, view.innerHeight - 2)) {
      if (isOurs(hit)) continue;
      let pinned: Element | null = null;
      for (let el: Element | null = hit; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
        const position = view.getComputedStyle(el).position;
        if (position === 'fixed' || position === 'sticky') pinned = el;
      }
      if (pinned && BUY_WORDS.test((pinned.textContent ?? '').slice(0, 400))) bars.add(pinned);
    }
  }
  return [...bars].map(rectOf);
}

/** Where the shop's buy controls are on screen, found over several tasks (`pause` between them). */
export async function findBuyButtonRects(doc: Document, pause: () => Promise<void>): Promise<Rect[]> {
  const found = new Set<Element>();
  for (const query of BUY_BUTTON_QUERIES) {
    for (const el of doc.querySelectorAll(query)) found.add(el);
    await pause();
  }
  const controls = doc.querySelectorAll('button, a[href], [role="button"], input[type="submit"], input[type="button"]');
  for (let i = 0; i < controls.length && i < TEXT_SCAN_LIMIT; i++) {
    const el = controls[i]!;
    const text = (el as HTMLInputElement).value || el.textContent || '';
    if (text.length < 40 && BUY_WORDS.test(text)) found.add(el);
  }
  return [...[...found].map(rectOf), ...findBottomBarRects(doc)];
}
