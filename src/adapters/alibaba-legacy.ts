import type { ProductSnapshot, Sku } from '../core/types';
import { parsePrice } from '../parse';
import { applyShownPrice, makeSku, priceFromSkus } from './fill';
import type { JsObject } from './js-literal';
import { ALIBABA_NAMES, documentTitle } from './page-title';
import { productTextAt } from './shown-price';
import { runSteps, type Steps } from './steps';
import { assignedLiteralInSteps, attrAt, safeQueryAll, textAt, textOf, textsAt } from './page';
import { absoluteUrl, asArray, asMoney, asNumber, asRecord, asText, at, fenToYuan } from './values';

/**
 * The legacy Taobao and Tmall detail pages (KISSY era, still served for many items and in every
 * saved copy): `Hub.config.set('sku', {valItemInfo: {skuMap}})` plus `g_config` on Taobao,
 * `TShop.Setup({valItemInfo: {skuList, skuMap}, itemDO})` on Tmall, and a server-rendered buy box.
 */

export const LEGACY_SELECTORS = {
  title: ['#J_Title .tb-main-title', '.tb-detail-hd h1', '#J_Title h3', '.tb-main-title'],
  // Ids first, then the classes the same blocks carry, for pages served without the ids.
  price: [
    '#J_StrPrice .tb-rmb-num',
    '#J_StrPriceModBox .tm-price',
    '#J_StrPrice',
    '.tm-price-cur .tm-price',
    '.tb-detail-price:not(.tb-promo-price) .tb-rmb-num',
    '.tm-price-panel .tm-price',
  ],
  promoPrice: [
    '#J_PromoPriceNum',
    '#J_PromoPrice .tm-price',
    '#J_PromoPrice .tb-rmb-num',
    '.tb-promo-price .tb-rmb-num',
    '.tm-promo-panel .tm-price',
    '.tm-promo-price .tm-price',
  ],
  shop: ['.tb-shop-name a', '.tb-shop-name', '.slogo-shopname strong', '.shop-name-link', '.tb-seller-name'],
  image: ['#J_ImgBooth'],
  saleProps: '#J_isku .J_TSaleProp, .tb-sku .J_TSaleProp, ul.J_TSaleProp',
  selectedOption: '.J_TSaleProp li.tb-selected[data-value]',
  params: ['#J_AttrUL li', '.attributes-list li', '#attributes li', '.attributes ul li'],
  validity: ['div.tb-validity', '.tb-validity li', '#J_Validity'],
  breadcrumbs: ['.tb-breadcrumb a', '#J_CrumbSlideCon a'],
  stock: ['#J_SpanStock', '#J_EmStock'],
  quantity: ['#J_IptAmount', '.mui-amount-input'],
} as const;

interface PropValue {
  dimension: string;
  value: string;
  soldOut: boolean;
}

/** `pid:vid` to its dimension and value name, from the buy box's option lists. */
function optionNames(doc: Document): Map<string, PropValue> {
  const names = new Map<string, PropValue>();
  for (const ul of safeQueryAll(doc, LEGACY_SELECTORS.saleProps)) {
    const dimension = ul.getAttribute('data-property')?.trim() || null;
    for (const li of Array.from(ul.querySelectorAll('li[data-value]'))) {
      const pv = li.getAttribute('data-value')!.trim();
      const value = textOf(li.querySelector('span')) ?? li.getAttribute('title')?.trim() ?? textOf(li);
      if (!dimension || !value) continue;
      names.set(pv, { dimension, value, soldOut: /tb-out-of-stock|tb-disabled/.test(li.getAttribute('class') ?? '') });
    }
  }
  return names;
}

/** One `pid:vid` part of a propPath: property id and value id. */
export const PROP_PART = /^-?\d+:-?\d+$/;

/** ";1627207:28341;20509:28315;" or "1627207:28341;20509:28315" to its pid:vid parts. */
export function propPathParts(path: string): string[] {
  return path
    .split(';')
    .map((p) => p.trim())
    .filter((p) => PROP_PART.test(p));
}

export interface LegacyData {
  flavour: 'taobao' | 'tmall';
  skuMap: JsObject;
  /** Tmall's skuList names ("无需合约版 黑色 官方标配 64GB") by sku id, for props the DOM lacks. */
  skuNames: Map<string, string[]>;
  item: JsObject | undefined;
  config: JsObject | undefined;
}

export function readLegacyData(doc: Document): LegacyData | null {
  return runSteps(readLegacyDataInSteps(doc));
}

/** `readLegacyData`, pausing within long literals (js-literal.ts). */
export function* readLegacyDataInSteps(doc: Document): Steps<LegacyData | null> {
  const tshop = asRecord(yield* assignedLiteralInSteps(doc, 'TShop.Setup'));
  if (tshop) {
    const skuNames = new Map<string, string[]>();
    for (const row of asArray(at(tshop, 'valItemInfo', 'skuList'))) {
      const id = asText(at(row, 'skuId'));
      const names = asText(at(row, 'names'));
      if (id && names) skuNames.set(id, names.split(/\s+/));
    }
    return {
      flavour: 'tmall',
      skuMap: asRecord(at(tshop, 'valItemInfo', 'skuMap')) ?? {},
      skuNames,
      item: asRecord(tshop['itemDO']),
      config: tshop,
    };
  }
  const hub = asRecord(
    (yield* assignedLiteralInSteps(doc, "Hub.config.set('sku',")) ?? (yield* assignedLiteralInSteps(doc, 'Hub.config.set("sku",')),
  );
  const gConfig = asRecord(yield* assignedLiteralInSteps(doc, 'g_config'));
  if (!hub && !gConfig) return null;
  return {
    flavour: 'taobao',
    skuMap: asRecord(at(hub, 'valItemInfo', 'skuMap')) ?? {},
    skuNames: new Map(),
    item: asRecord(at(gConfig, 'idata', 'item')),
    config: gConfig,
  };
}

function skusFromMap(data: LegacyData, names: Map<string, PropValue>): Sku[] {
  const skus: Sku[] = [];
  for (const [path, raw] of Object.entries(data.skuMap).slice(0, 5000)) {
    const entry = asRecord(raw);
    const skuId = asText(entry?.['skuId']);
    if (!entry || !skuId) continue;
    const parts = propPathParts(path);
    const props: Record<string, string> = {};
    const fallbackNames = data.skuNames.get(skuId);
    let optionSoldOut = false;
    parts.forEach((pv, i) => {
      const known = names.get(pv);
      if (known) {
        props[known.dimension] = known.value;
        optionSoldOut ||= known.soldOut && parts.length === 1;
      } else if (fallbackNames && fallbackNames.length === parts.length && fallbackNames[i]) {
        props[pv.split(':')[0]!] = fallbackNames[i]!;
      }
    });
    const price = entry['priceCent'] !== undefined ? fenToYuan(entry['priceCent']) : asMoney(entry['price']);
    const stock = asNumber(entry['stock']);
    const oversold = entry['oversold'] === true;
    skus.push(makeSku({ skuId, props, price, stock, available: stock === null ? !optionSoldOut : stock > 0 || oversold }));
  }
  return skus;
}

/** The SKU whose every option is selected in the buy box, if the shopper has chosen one. */
export function selectedLegacySku(doc: Document, skuMap: JsObject): string | null {
  const chosen = new Set(safeQueryAll(doc, LEGACY_SELECTORS.selectedOption).map((li) => li.getAttribute('data-value')!.trim()));
  if (chosen.size === 0) return null;
  for (const [path, raw] of Object.entries(skuMap)) {
    const parts = propPathParts(path);
    if (parts.length > 0 && parts.every((p) => chosen.has(p))) return asText(at(raw, 'skuId'));
  }
  return null;
}

export function readLegacyPage(doc: Document, url: URL, s: ProductSnapshot, data: LegacyData, selectedSkuId: string | null): string[] {
  const item = data.item;
  s.title = textAt(doc, LEGACY_SELECTORS.title) ?? asText(item?.['title']) ?? documentTitle(doc, ALIBABA_NAMES);
  s.shop = textAt(doc, LEGACY_SELECTORS.shop) ?? asText(data.config?.['shopName']) ?? decodeNick(asText(item?.['sellerNickName']));
  const img = attrAt(doc, LEGACY_SELECTORS.image, 'data-src') ?? attrAt(doc, LEGACY_SELECTORS.image, 'src') ?? asText(item?.['pic']);
  s.image = absoluteUrl(img, url);

  const names = optionNames(doc);
  s.skus = skusFromMap(data, names);
  const selected = selectedSkuId ?? selectedLegacySku(doc, data.skuMap);

  const shown = parsePrice(productTextAt(doc, LEGACY_SELECTORS.price));
  const promo = parsePrice(productTextAt(doc, LEGACY_SELECTORS.promoPrice));
  if (promo) {
    // A 促销价/淘宝价 beside the 价格 line: the 价格 becomes the struck-through list price.
    applyShownPrice(s, promo);
    s.listPrice = shown?.amount ?? null;
  } else if (!priceFromSkus(s, selected) && !applyShownPrice(s, shown)) {
    const fallback = parsePrice(asText(at(data.config, 'detail', 'defaultItemPrice')));
    applyShownPrice(s, fallback);
  }
  if (s.skus.length === 0) {
    const stock = asNumber(textAt(doc, LEGACY_SELECTORS.stock)) ?? asNumber(item?.['quantity']);
    s.skus = [makeSku({ skuId: s.itemId, props: {}, price: s.price, stock })];
  }

  const paramLines = textsAt(doc, [...LEGACY_SELECTORS.params, ...LEGACY_SELECTORS.validity]).map((l) => l.replace(/:\s*/, '：'));
  return paramLines;
}

/** Tmall's sellerNickName is URL-encoded. */
function decodeNick(nick: string | null): string | null {
  if (!nick) return null;
  try {
    return decodeURIComponent(nick);
  } catch {
    return nick;
  }
}
