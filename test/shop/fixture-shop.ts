import { readFileSync } from 'node:fs';
import { renderJdItemPage, renderJdPriceService } from './templates/jd';
import { renderJdMobileItemPage } from './templates/jd-mobile';
import { renderAlibabaH5Page } from './templates/alibaba-h5';
import { renderPinduoduoGoodsPage } from './templates/pinduoduo';
import { renderTaobaoItemPage } from './templates/taobao';
import { renderTmallItemPage } from './templates/tmall';
import type { LiveProduct, ShopResponse } from './types';

/** The shops' image hosts the fixture pages load (JD's are any imgN.360buyimg.com). */
const PHOTO_HOSTS = ['img.alicdn.com', 'img.pddpic.com'];
const isPhotoHost = (host: string) => /(^|\.)360buyimg\.com$/.test(host) || PHOTO_HOSTS.includes(host);

/** The schema.org test shop, outside the built-in sites. */
export const SCHEMA_TEST_SHOP_HOST = 'www.example-shop.test';

/** Whether the fixture shop answers for a host besides the built-in sites' own: images and the schema.org test shop. */
export function isFixtureAssetHost(host: string): boolean {
  return isPhotoHost(host) || host === SCHEMA_TEST_SHOP_HOST;
}

/**
 * The fixture shop: answers real shop URLs (https://item.jd.com/…, https://item.taobao.com/…)
 * with saved pages and with live products whose price and stock a test changes while it runs.
 * It is transport-free: Playwright's `context.route()` and the HTTPS server both call `handle`.
 */
export class FixtureShop {
  private readonly live = new Map<string, LiveProduct>();
  private readonly saved = new Map<string, string>();
  private readonly pages = new Map<string, ShopResponse>();
  /** Every URL asked for, in order; tests read it to see what the extension fetched. */
  readonly requests: string[] = [];
  /** The Cookie header of each request that came with one (the HTTPS server passes it on). */
  readonly cookies: Array<{ url: string; cookie: string }> = [];
  /** Hosts that answer with a login wall instead of the product (anti-bot / session expired). */
  readonly loginWalled = new Set<string>();

  addLive(product: LiveProduct): LiveProduct {
    this.live.set(`${product.site}:${product.itemId}`, product);
    return product;
  }

  addSaved(url: string, file: string): void {
    this.saved.set(normalize(url), file);
  }

  /**
   * Answers `url` with exactly this response (hostile pages, redirects, anything a shop could send),
   * or with this HTML (a page the test rendered, such as an order page dated by its chosen moment).
   */
  addPage(url: string, answer: ShopResponse | string): void {
    this.pages.set(
      normalize(url),
      typeof answer === 'string' ? { status: 200, contentType: 'text/html; charset=utf-8', body: answer } : answer,
    );
  }

  /** Stops answering `url` with the page given to `addPage`. */
  removePage(url: string): void {
    this.pages.delete(normalize(url));
  }

  product(site: LiveProduct['site'], itemId: string): LiveProduct {
    const p = this.live.get(`${site}:${itemId}`);
    if (!p) throw new Error(`the fixture shop has no ${site} product ${itemId}`);
    return p;
  }

  setPrice(site: LiveProduct['site'], itemId: string, price: number, skuId?: string): void {
    const p = this.product(site, itemId);
    if (skuId) this.sku(p, skuId).price = price;
    else {
      p.price = price;
      for (const s of p.skus) s.price = price;
    }
  }

  setStock(site: LiveProduct['site'], itemId: string, skuId: string, stock: number): void {
    this.sku(this.product(site, itemId), skuId).stock = stock;
  }

  handle(rawUrl: string, cookie?: string): ShopResponse | null {
    this.requests.push(rawUrl);
    if (cookie) this.cookies.push({ url: rawUrl, cookie });
    const page = this.pages.get(normalize(rawUrl));
    if (page) return page;
    const url = new URL(rawUrl);
    if (this.loginWalled.has(url.hostname)) return loginWall(url);
    const savedFile = this.saved.get(normalize(rawUrl));
    if (savedFile) return savedPage(readFileSync(savedFile));
    if (url.hostname === 'item.jd.com') return this.jdItem(url);
    if (url.hostname === 'item.m.jd.com') return this.jdMobileItem(url);
    if (isPhotoHost(url.hostname)) return productImage(url);
    const livePage = LIVE_PAGES.find((r) => r.host === url.hostname && r.path.test(url.pathname));
    if (livePage) return this.livePage(livePage, url);
    if (url.hostname === 'p.3.cn' && url.pathname === '/prices/mgets') return this.jdPrice(url);
    return null;
  }

  private jdItem(url: URL): ShopResponse | null {
    const skuId = /^\/(\d+)\.html$/.exec(url.pathname)?.[1];
    if (!skuId) return null;
    for (const p of this.live.values()) {
      if (p.site !== 'jd') continue;
      if (p.itemId === skuId || p.skus.some((s) => s.skuId === skuId)) return html(renderJdItemPage(p, { skuId }));
    }
    return null;
  }

  /** JD's mobile site: item.m.jd.com/product/<skuId>.html, one page per SKU as on the desktop site. */
  private jdMobileItem(url: URL): ShopResponse | null {
    const skuId = /^\/product\/(\d+)\.html$/.exec(url.pathname)?.[1];
    const p = skuId ? this.jdProductOf(skuId) : undefined;
    return p ? html(renderJdMobileItemPage(p, { skuId })) : null;
  }

  private jdProductOf(skuId: string): LiveProduct | undefined {
    return [...this.live.values()].find((p) => p.site === 'jd' && (p.itemId === skuId || p.skus.some((s) => s.skuId === skuId)));
  }

  private livePage(route: LivePageRoute, url: URL): ShopResponse | null {
    const itemId = url.searchParams.get(route.idParam);
    const p = itemId ? this.live.get(`${route.site}:${itemId}`) : undefined;
    return p ? html(route.render(p, url)) : null;
  }

  private jdPrice(url: URL): ShopResponse | null {
    const skuId = url.searchParams.get('skuIds')?.replace(/^J_/, '');
    for (const p of this.live.values()) {
      if (p.site === 'jd' && skuId && (p.itemId === skuId || p.skus.some((s) => s.skuId === skuId))) {
        return {
          status: 200,
          contentType: 'application/json;charset=utf-8',
          body: renderJdPriceService(p, skuId),
          headers: { 'access-control-allow-origin': '*' },
        };
      }
    }
    return null;
  }

  private sku(p: LiveProduct, skuId: string) {
    const sku = p.skus.find((s) => s.skuId === skuId);
    if (!sku) throw new Error(`product ${p.itemId} has no SKU ${skuId}`);
    return sku;
  }
}

/**
 * Live product pages of the sites with one page per item, as data: the host, the item path, the
 * query parameter that names the item, and the template. Taobao and Tmall select the SKU named by
 * `skuId`, as their pages do. (JD, a page per SKU plus a price service, is routed above.)
 */
interface LivePageRoute {
  host: string;
  site: LiveProduct['site'];
  path: RegExp;
  idParam: string;
  render(p: LiveProduct, url: URL): string;
}

const LIVE_PAGES: LivePageRoute[] = [
  {
    host: 'detail.tmall.com',
    site: 'tmall',
    path: /^\/item\.htm$/,
    idParam: 'id',
    render: (p, url) => renderTmallItemPage(p, { skuId: url.searchParams.get('skuId') }),
  },
  {
    host: 'item.taobao.com',
    site: 'taobao',
    path: /^\/item\.htm$/,
    idParam: 'id',
    render: (p, url) => renderTaobaoItemPage(p, { skuId: url.searchParams.get('skuId') }),
  },
  {
    host: 'detail.m.tmall.com',
    site: 'tmall',
    path: /^\/item\.htm$/,
    idParam: 'id',
    render: (p, url) => renderAlibabaH5Page(p, { skuId: url.searchParams.get('skuId') }),
  },
  {
    host: 'h5.m.taobao.com',
    site: 'taobao',
    path: /^\/awp\/core\/detail\.htm$/,
    idParam: 'id',
    render: (p, url) => renderAlibabaH5Page(p, { skuId: url.searchParams.get('skuId') }),
  },
  {
    host: 'mobile.yangkeduo.com',
    site: 'pinduoduo',
    path: /^\/goods\.html$/,
    idParam: 'goods_id',
    render: (p) => renderPinduoduoGoodsPage(p),
  },
];

/** Image hosts of Taobao/Tmall and Pinduoduo, answered with the stand-in photo. */
function normalize(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** A saved page as the shop served it: its own bytes, labelled GBK when they are not UTF-8. */
function savedPage(bytes: Buffer): ShopResponse {
  let charset = 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    charset = 'gbk';
  }
  return { status: 200, contentType: `text/html;charset=${charset}`, body: bytes };
}

function html(body: string): ShopResponse {
  return { status: 200, contentType: 'text/html;charset=utf-8', body };
}

function loginWall(url: URL): ShopResponse {
  return {
    status: 302,
    contentType: 'text/html;charset=utf-8',
    body: '',
    headers: { location: `https://passport.jd.com/new/login.aspx?ReturnUrl=${encodeURIComponent(url.href)}` },
  };
}

/** A stand-in product photo, so pages and screenshots show no broken images. */
function productImage(url: URL): ShopResponse {
  const hue = [...url.pathname].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  const body = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
<rect width="320" height="320" fill="hsl(${hue} 45% 88%)"/><circle cx="160" cy="140" r="70" fill="hsl(${hue} 50% 62%)"/>
<rect x="70" y="230" width="180" height="24" rx="12" fill="hsl(${hue} 40% 72%)"/></svg>`;
  return { status: 200, contentType: 'image/svg+xml', body };
}
