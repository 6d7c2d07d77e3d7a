import { SITE_HOSTS } from '../core/hosts';
import { crossCheckPrices } from './cross-check';
import { inputValueAt } from './form-values';
import type { ProductSnapshot, ProductTexts } from '../core/types';
import { parsePrice } from '../parse';
import { applyShownPrice, makeSku } from './fill';
import { JD_NAMES, MOBILE_PRICE_ELEMENTS, readJdMobile } from './jd-mobile';
import type { JsObject, JsValue } from './js-literal';
import { documentTitle } from './page-title';
import { productTextAt } from './shown-price';
import { assignedLiteralInSteps, attrAt, regionText, safeQueryAll, textAt, textOf, textsAt } from './page';
import { blankSnapshot, readingOf } from './snapshot';
import type { CartIntent, PageInput, PageReader, SiteAdapter } from './types';
import { absoluteUrl, asArray, asNumber, asRecord, asText, at } from './values';

/**
 * JD (京东) product pages. The desktop page (item.jd.com/<sku>.html) carries the item in an
 * inline `pageConfig.product` literal and renders the price after load into `.p-price .price`;
 * the mobile page (item.m.jd.com/product/<sku>.html) is read by `jd-mobile.ts`.
 */

const DESKTOP_PATH = /^\/(\d+)\.html$/;
const MOBILE_PATH = /^\/product\/(\d+)\.html$/;
const MOBILE_HOSTS = ['item.m.jd.com'];
const DESKTOP_HOSTS = SITE_HOSTS.jd.product.filter((h) => !MOBILE_HOSTS.includes(h));

/** Where each piece sits on the desktop page, in order of preference. */
export const JD_SELECTORS = {
  title: ['.sku-name', '.itemInfo-wrap .sku-name', 'title'],
  price: ['.p-price .price', '.summary-price .p-price .price', '#jd-price'],
  // #page_hx_price is the 划线 (struck) price some pages use; never #page_hy_price, the member price.
  listPrice: ['del#page_origin_price', '#page_origin_price', '#page_hx_price', '.p-price-origin del'],
  couponPrice: ['#J_FinalPrice .price', '.finalPrice .price', '.J-final-price .price', '.p-price-plus .price'],
  shop: ['.J-hove-wrap .name a', '#popbox .mt h3 a', '.shopName strong a', '.popbox-inner .mt h3 a'],
  image: ['#spec-img'],
  breadcrumbs: '#crumb-wrap .item a',
  params: ['ul.parameter2 li', 'ul.p-parameter-list li', '.p-parameter li'],
  specRows: '.Ptable .Ptable-item dl, .Ptable dl',
  stock: '#store-prompt',
  options: '[id^="choose-attr-"] .item[data-sku]',
  /** Regions whose text carries promotions, stock pressure and service promises. */
  textRegions: [
    '#store-prompt',
    '.summary-price-wrap',
    '#summary-promotion',
    '#summary-quan',
    '.summary-top',
    '#summary-service',
    '#summary-support',
    '#J_SummaryService',
    '.news',
    '#J-summary-top',
  ],
  offerRegions: ['#summary-promotion', '#summary-quan', '.prom-item', '.J-prom-quan', '#prom-one'],
  addToCart: '#InitCartUrl, #InitCartUrl-mini, .btn-addcart',
  quantity: '#buy-num',
} as const;

/** The 2015 colorSize keys, named as later pages name the same dimensions. */
const LEGACY_DIMENSIONS: Record<string, string> = { Color: '颜色', Size: '尺码', Spec: '规格' };

/** JD's top-level category ids, named so the category reader can use them. */
const JD_TOP_CATEGORIES: Record<string, string> = {
  '1320': '食品饮料',
  '12218': '生鲜',
  '12259': '酒类',
  '1316': '美妆护肤',
  '16750': '个人护理',
  '1315': '服饰内衣',
  '11729': '鞋靴',
  '1318': '运动户外',
  '1319': '母婴',
  '6144': '珠宝首饰',
  '9987': '手机通讯',
  '670': '电脑办公',
  '652': '数码',
  '737': '家用电器',
  '1620': '家居日用',
};

/** The title and price elements of both page generations: where the shown price is looked for. */
const JD_LANDMARKS = [...JD_SELECTORS.title.slice(0, 2), ...JD_SELECTORS.price, ...MOBILE_PRICE_ELEMENTS];

const JD_IMAGE_BASE = 'https://img10.360buyimg.com/n1/';

export const jdAdapter: SiteAdapter = {
  site: 'jd',
  matchesUrl: (url) =>
    (DESKTOP_HOSTS.includes(url.hostname) && DESKTOP_PATH.test(url.pathname)) ||
    (MOBILE_HOSTS.includes(url.hostname) && MOBILE_PATH.test(url.pathname)),
  itemIdFromUrl: (url) => (MOBILE_HOSTS.includes(url.hostname) ? MOBILE_PATH : DESKTOP_PATH).exec(url.pathname)?.[1] ?? null,
  // One selector list for both generations: the mobile page has no .p-price, and waiting for it
  // there would always run the content script's wait to its timeout.
  readySelector: ['.p-price .price', ...MOBILE_PRICE_ELEMENTS].join(', '),
  *extract({ doc, url, now }: PageInput): PageReader {
    const itemId = jdAdapter.itemIdFromUrl(url) ?? '';
    const s = blankSnapshot('jd', itemId, url, now);
    let texts: ProductTexts;
    if (MOBILE_HOSTS.includes(url.hostname)) {
      const only = yield* assignedLiteralInSteps(doc, 'window._itemOnly');
      const info = yield* assignedLiteralInSteps(doc, 'window._itemInfo');
      texts = readJdMobile(doc, url, s, { only, info });
    } else texts = readJdDesktop(doc, url, s, yield* assignedLiteralInSteps(doc, 'pageConfig'));
    yield;
    yield* crossCheckPrices(doc, s, { fillPrice: true, near: JD_LANDMARKS });
    return readingOf(s, texts);
  },
  addToCartSelector: JD_SELECTORS.addToCart,
  readCartIntent: readJdCartIntent,
};

/** Fills `s` from the desktop page and its `pageConfig`; returns the texts the background reads for meaning. */
function readJdDesktop(doc: Document, url: URL, s: ProductSnapshot, pageConfig: JsValue | undefined): ProductTexts {
  const product = asRecord(at(pageConfig, 'product'));
  if (!product) s.warnings.push('pageConfig.product not found: item data read from the page only');

  s.title = textAt(doc, JD_SELECTORS.title.slice(0, 2)) ?? asText(product?.['name']) ?? documentTitle(doc, JD_NAMES);
  const currentSku = asText(product?.['skuid']) ?? s.itemId;

  const shown = parsePrice(productTextAt(doc, [`span.price.J-p-${currentSku}`, ...JD_SELECTORS.price]));
  if (!applyShownPrice(s, shown)) s.warnings.push('price not shown yet (.p-price .price is empty)');
  s.listPrice = parsePrice(productTextAt(doc, JD_SELECTORS.listPrice))?.amount ?? null;
  s.couponPrice = parsePrice(productTextAt(doc, JD_SELECTORS.couponPrice))?.amount ?? null;

  s.shop = textAt(doc, JD_SELECTORS.shop);
  const img = attrAt(doc, JD_SELECTORS.image, 'data-origin') ?? attrAt(doc, JD_SELECTORS.image, 'src');
  const src = asText(product?.['src']);
  s.image = absoluteUrl(img, url) ?? (src ? absoluteUrl(JD_IMAGE_BASE + src, url) : null);

  const stockText = textAt(doc, JD_SELECTORS.stock);
  s.skus = jdSkus(doc, product, currentSku, s.price, stockText);

  const listLines = textsAt(doc, JD_SELECTORS.params);
  const tableLines = specRowLines(doc);
  const paramLines = [...listLines, ...tableLines];
  const breadcrumbs = textsAt(doc, JD_SELECTORS.breadcrumbs, 10);
  const catIds = asArray(product?.['cat']).map((c) => asText(c));
  const topCategory = catIds[0] ? JD_TOP_CATEGORIES[catIds[0]] : undefined;
  return {
    expiry: [
      { source: 'the parameter list', lines: listLines },
      { source: 'the spec table', lines: tableLines },
    ],
    categoryPath: topCategory ? [topCategory, ...breadcrumbs] : breadcrumbs,
    breadcrumbs,
    signalText: [regionText(doc, JD_SELECTORS.textRegions), ...paramLines].join('\n'),
    offerText: regionText(doc, JD_SELECTORS.offerRegions),
  };
}

/**
 * SKUs from `colorSize` ({skuId, 颜色, 尺码, ...}). JD shows one SKU's price per page, so only the
 * current SKU gets a price and stock; options drawn `disabled` are the ones the shop cannot sell.
 */
function jdSkus(doc: Document, product: JsObject | undefined, currentSku: string, price: number | null, stockText: string | null) {
  const disabled = new Set<string>();
  for (const el of safeQueryAll(doc, JD_SELECTORS.options)) {
    const sku = el.getAttribute('data-sku');
    if (sku && /\bdisabled\b/.test(el.getAttribute('class') ?? '')) disabled.add(sku);
  }
  const current = stockFromText(stockText);
  const rows = asArray(product?.['colorSize'])
    .map(asRecord)
    .filter((r): r is JsObject => r !== undefined);
  if (rows.length === 0) {
    return [makeSku({ skuId: currentSku, props: {}, price, stock: current.stock, available: current.available })];
  }
  return rows.flatMap((row) => {
    // 2015 pages wrote {SkuId, Color, Size, Spec}; 2018 on {skuId, 颜色, 尺码, …}.
    const skuId = asText(row['skuId'] ?? row['SkuId']);
    if (!skuId) return [];
    const props: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) {
      const v = asText(value);
      if (key !== 'skuId' && key !== 'SkuId' && v && v !== '*') props[LEGACY_DIMENSIONS[key] ?? key] = v;
    }
    const isCurrent = skuId === currentSku;
    return [
      makeSku({
        skuId,
        props,
        price: isCurrent ? price : null,
        stock: isCurrent ? current.stock : null,
        available: isCurrent && current.available !== undefined ? current.available : !disabled.has(skuId),
      }),
    ];
  });
}

/** "无货" / "有货" / "仅剩3件" in the stock prompt, as a count and a buyable flag. */
export function stockFromText(text: string | null): { stock: number | null; available?: boolean } {
  if (!text) return { stock: null };
  if (/无货|售罄|已下柜|缺货|暂不销售/.test(text)) return { stock: 0, available: false };
  const left = /仅剩\s*(\d+)\s*件|剩余\s*(\d+)\s*件|库存\s*(\d+)\s*件/.exec(text);
  if (left) return { stock: Number(left[1] ?? left[2] ?? left[3]), available: true };
  if (/有货|现货|可配货|在途/.test(text)) return { stock: null, available: true };
  return { stock: null };
}

/** `.Ptable` rows as "保质期：365天" lines, the same shape as the parameter list. */
function specRowLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const dl of safeQueryAll(doc, JD_SELECTORS.specRows).slice(0, 200)) {
    const dts = dl.querySelectorAll('dt');
    const dds = dl.querySelectorAll('dd:not(.Ptable-tips)');
    for (let i = 0; i < dts.length && i < dds.length; i++) {
      const k = textOf(dts[i]);
      const v = textOf(dds[i]);
      if (k && v) lines.push(`${k}：${v}`);
    }
  }
  return lines;
}

function readJdCartIntent(doc: Document, url: URL): CartIntent {
  const href = attrAt(doc, '#InitCartUrl', 'href');
  let skuId: string | null = null;
  let quantity: number | null = null;
  if (href) {
    try {
      const cartUrl = new URL(href, url);
      skuId = cartUrl.searchParams.get('pid');
      quantity = asNumber(cartUrl.searchParams.get('pcount'));
    } catch {
      // a malformed link: fall back to the page's own fields below
    }
  }
  const typed = asNumber(inputValueAt(doc, JD_SELECTORS.quantity) ?? '');
  quantity = typed ?? quantity;
  skuId ??= jdAdapter.itemIdFromUrl(url);
  const price = parsePrice(textAt(doc, [`span.price.J-p-${skuId ?? ''}`, ...JD_SELECTORS.price]))?.amount ?? null;
  return { skuId, quantity: quantity !== null && quantity >= 1 ? Math.floor(quantity) : 1, price };
}
