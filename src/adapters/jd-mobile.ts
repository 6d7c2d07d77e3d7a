import type { ProductSnapshot, ProductTexts } from '../core/types';
import { makeSku } from './fill';
import type { JsObject, JsValue } from './js-literal';
import { regionText, textAt } from './page';
import { documentTitle } from './page-title';
import { absoluteUrl, asArray, asMoney, asNumber, asRecord, asText, at, firstAt } from './values';

/**
 * item.m.jd.com: the item lives in `window._itemOnly = ({...})` and the live price and stock in
 * `window._itemInfo = ({...})`. Both are written as JavaScript (trailing commas, parentheses), and
 * the page may assign them twice; the last complete assignment wins.
 */

/**
 * The mobile page's shown price: #priceSale in the buy box, #specJdPrice in the SKU panel (the
 * element names public price trackers read on item.m.jd.com). The price itself is read from
 * `_itemInfo`; these say the page has rendered it, and change when the shopper picks a SKU.
 */
export const MOBILE_PRICE_ELEMENTS = ['#priceSale', '#specJdPrice'] as const;

/** The site's own names, as document titles append them. */
export const JD_NAMES = ['京东', '京东商城', 'JD.COM', 'JD.HK'];

const MOBILE_TEXT_REGIONS = ['#stockStatus', '.price-wrap', '#promotion', '.prom-list', '#servicePromise', '.service-list'];
const MOBILE_IMAGE_BASE = 'https://m.360buyimg.com/mobilecms/s750x750_';

/** JD stock states: 33 现货, 39/40 可配货, 36 预订, 34 无货. */
const OUT_OF_STOCK_STATES = new Set([34, 0]);

/** The mobile page's two state literals, as its scripts assign them. */
export interface JdMobileState {
  only: JsValue | undefined;
  info: JsValue | undefined;
}

/** Fills `s` from the mobile page and its state; returns the texts the background reads for meaning. */
export function readJdMobile(doc: Document, url: URL, s: ProductSnapshot, { only, info }: JdMobileState): ProductTexts {
  const item = asRecord(at(only, 'item'));
  if (!item) s.warnings.push('window._itemOnly not found or unreadable');
  if (info === undefined) s.warnings.push('window._itemInfo not found or unreadable: no live price');

  s.title =
    asText(item?.['skuName']) ?? asText(at(info, 'product', 'skuName')) ?? textAt(doc, '.fn_goods_name') ?? documentTitle(doc, JD_NAMES);
  const currentSku = asText(item?.['skuId']) ?? s.itemId;

  // `price.p` (2019 on) or `priceFloor.ext.jdPrice` (2024 on); priceFloor.price is the 到手价.
  s.price = asMoney(
    firstAt(info, [
      ['price', 'p'],
      ['price', 'jp'],
      ['priceFloor', 'ext', 'jdPrice'],
    ]),
  );
  const original = asMoney(
    firstAt(info, [
      ['price', 'op'],
      ['price', 'm'],
    ]),
  );
  s.listPrice = original !== null && s.price !== null && original > s.price ? original : null;
  const floorLabel = asText(at(info, 'priceFloor', 'afterDesc', 'text')) ?? '';
  s.couponPrice = asMoney(
    firstAt(info, [
      ['finalPrice', 'price'],
      ['price', 'finalPrice'],
    ]) ?? (/到手|券后/.test(floorLabel) ? at(info, 'priceFloor', 'price') : undefined),
  );

  s.shop =
    asText(
      firstAt(info, [
        ['shopInfo', 'shop', 'name'],
        ['shopInfo', 'name'],
        ['stock', 'D', 'shopName'],
      ]),
    ) ?? asText(item?.['shopName']);
  const firstImage = asText(asArray(item?.['image'])[0]);
  s.image = firstImage ? absoluteUrl(firstImage.startsWith('jfs/') ? MOBILE_IMAGE_BASE + firstImage : firstImage, url) : null;

  const stockState = asNumber(at(info, 'stock', 'StockState'));
  const remaining = asNumber(at(info, 'stock', 'rn'));
  const currentStock =
    remaining !== null && remaining >= 0 ? remaining : stockState !== null && OUT_OF_STOCK_STATES.has(stockState) ? 0 : null;
  const currentAvailable = stockState === null ? undefined : !OUT_OF_STOCK_STATES.has(stockState);

  const dimensionNames = asRecord(item?.['saleProp']) ?? {};
  const rows = asArray(item?.['newColorSize'] ?? item?.['ColorSize'])
    .map(asRecord)
    .filter((r): r is JsObject => r !== undefined);
  s.skus = rows.flatMap((row) => {
    const skuId = asText(row['skuId']);
    if (!skuId) return [];
    const props: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) {
      const v = asText(value);
      if (key === 'skuId' || !v || v === '*') continue;
      props[asText(dimensionNames[key]) ?? key] = v;
    }
    const isCurrent = skuId === currentSku;
    return [
      makeSku({
        skuId,
        props,
        price: isCurrent ? s.price : null,
        stock: isCurrent ? currentStock : null,
        available: isCurrent ? currentAvailable : undefined,
      }),
    ];
  });
  if (s.skus.length === 0 && item) {
    s.skus = [makeSku({ skuId: currentSku, props: {}, price: s.price, stock: currentStock, available: currentAvailable })];
  }

  const paramLines = asArray(item?.['expandAttrDesc'] ?? at(info, 'expandAttrDesc')).flatMap((row) => {
    const r = asRecord(row);
    const k = asText(r?.['attrName'] ?? r?.['name']);
    const v = asText(r?.['attrValue'] ?? r?.['value']);
    return k && v ? [`${k}：${v}`] : [];
  });
  const categoryNames = asArray(item?.['categoryName'] ?? item?.['categoryNames'])
    .map(asText)
    .filter((c): c is string => c !== null);
  const promoTexts = asArray(info && at(info, 'promov2')).flatMap((p) =>
    asArray(at(p, 'pis')).flatMap((pi) => Object.values(asRecord(at(pi, 'customtag')) ?? {}).map(asText)),
  );
  const couponTexts = asArray(at(info, 'coupon')).map((c) => {
    const r = asRecord(c);
    const quota = asNumber(r?.['quota']);
    const discount = asNumber(r?.['discount']);
    return quota !== null && discount !== null ? `满${quota}减${discount}券` : asText(r?.['name']);
  });
  const stockName = asText(at(info, 'stock', 'StockStateName'));
  const offerText = [...promoTexts, ...couponTexts].filter(Boolean).join('\n');
  const text = [stockName, regionText(doc, MOBILE_TEXT_REGIONS), offerText, ...paramLines].filter(Boolean).join('\n');
  return {
    expiry: [{ source: 'the parameter list', lines: paramLines }],
    categoryPath: categoryNames,
    breadcrumbs: categoryNames,
    signalText: text,
    offerText,
  };
}
