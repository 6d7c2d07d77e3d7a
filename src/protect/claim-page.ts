import type { OrderSite } from './types';

/**
 * Where a claim is made for an order. JD has one price-protection page listing the shopper's
 * eligible orders (pcsitepp-fm.jd.com, as public price-protection scripts use it). Taobao, Tmall
 * and Pinduoduo have no such page we could source: the order's own page is where their
 * after-sales entry (申请售后 / 退差价) is, so the claim link opens that order.
 */
export const JD_PRICE_PROTECT_PAGE = 'https://pcsitepp-fm.jd.com/';

const ORDER_PAGES: Record<OrderSite, { order: (ref: string) => string; list: string }> = {
  jd: { order: () => JD_PRICE_PROTECT_PAGE, list: JD_PRICE_PROTECT_PAGE },
  taobao: {
    order: (ref) => `https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=${ref}`,
    list: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  },
  tmall: {
    order: (ref) => `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ref}`,
    list: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  },
  pinduoduo: {
    order: (ref) => `https://mobile.yangkeduo.com/order.html?order_sn=${encodeURIComponent(ref)}`,
    list: 'https://mobile.yangkeduo.com/orders.html',
  },
};

/** The claim page for an order: the rule's own page first, else the order's page, else the order list. */
export function claimPageOf(site: OrderSite, orderRef: string | null, ruleClaimUrl: string | null): string {
  if (ruleClaimUrl) return ruleClaimUrl;
  const pages = ORDER_PAGES[site];
  return orderRef && /^[\w-]{1,40}$/.test(orderRef) ? pages.order(orderRef) : pages.list;
}

/** Hosts the claim links open (never read): JD's price-protection page and the order pages. */
export const CLAIM_PAGE_HOSTS: readonly string[] = [
  'pcsitepp-fm.jd.com',
  'buyertrade.taobao.com',
  'trade.tmall.com',
  'mobile.yangkeduo.com',
];
