import type { ProductSnapshot, Sku } from '../core/types';
import { parsePrice } from '../parse';
import { applyShownPrice, isSizeDimension, makeSku, priceFromSkus } from './fill';
import type { JsObject, JsValue } from './js-literal';
import { PROP_PART } from './alibaba-legacy';
import { readH5Detail } from './alibaba-h5';
import { ALIBABA_NAMES, documentTitle } from './page-title';
import { productTextAt } from './shown-price';
import { assignedLiteralInSteps, classPrefix, regionText, safeQuery, textAt } from './page';
import { runSteps, type Steps } from './steps';
import { absoluteUrl, asArray, asNumber, asRecord, asText, at, fenToYuan, field, findObjectWithKey, firstAt } from './values';

/**
 * The current Taobao/Tmall detail page (2023 on): an ICE app whose server state sits in
 * `window.__ICE_APP_CONTEXT__`, with `skuBase` (dimensions and each SKU's propPath) and
 * `skuCore.sku2info` (price and quantity per SKU; key "0" is the item summary). Its CSS class
 * names are hashed per build, so the DOM fallbacks match class prefixes.
 *
 * `window.__INIT_DATA__` on these pages can describe a recommended item; it is never read here.
 */

export const ICE_MARKER = 'window.__ICE_APP_CONTEXT__';

export const CURRENT_SELECTORS = {
  title: [classPrefix('MainTitle--'), classPrefix('ItemHeader--mainTitle--'), classPrefix('Title--mainTitle--')],
  price: [classPrefix('Price--priceText--'), classPrefix('highlightPrice--')],
  listPrice: [classPrefix('Price--extraPriceText--'), classPrefix('subPrice--')],
  shop: [classPrefix('ShopHeader--shopName--'), classPrefix('ShopHeaderNew--shopName--'), classPrefix('shopName--')],
  textRegions: [
    classPrefix('ItemHeader--subTitle--'),
    classPrefix('Price--root--'),
    classPrefix('Promotion--'),
    classPrefix('GeneralService--'),
    classPrefix('Guarantee--'),
    classPrefix('SkuContent--'),
    classPrefix('Delivery--'),
  ],
  quantity: [classPrefix('Operation--countValue--'), 'input[class*="countValue"]'],
  buyBox: classPrefix('BasicContent--root--'),
} as const;

export interface IceState {
  res: JsObject;
}

/**
 * The detail response inside the ICE context (the object that owns `skuBase` or `item`), or the
 * mobile page's `_DATA_Detail` recast into the same shape.
 */
export function readIceState(doc: Document): IceState | null {
  return runSteps(readIceStateInSteps(doc));
}

/** `readIceState`, pausing within a long state (js-literal.ts). */
export function* readIceStateInSteps(doc: Document): Steps<IceState | null> {
  const ctx = yield* assignedLiteralInSteps(doc, ICE_MARKER);
  if (ctx === undefined) {
    const h5 = yield* readH5Detail(doc);
    return h5 ? { res: h5 } : null;
  }
  const direct = asRecord(
    firstAt(ctx, [
      ['loaderData', 'home', 'data', 'res'],
      ['loaderData', 'detail', 'data', 'res'],
    ]),
  );
  const res = direct ?? findObjectWithKey(at(ctx, 'loaderData') ?? ctx, 'skuBase') ?? findObjectWithKey(ctx, 'skuCore');
  return res ? { res } : null;
}

/**
 * The buy box's text regions (subtitle, price, promotions, services, SKU picker, delivery). They
 * are read inside the `BasicContent--root--` block when it has them: the description and reviews
 * below it run to thousands of elements, and every hashed-class selector would otherwise test each
 * of them. A page without that block, or with an empty one, is read whole.
 */
export function currentRegionText(doc: Document): string {
  const buyBox = safeQuery(doc, CURRENT_SELECTORS.buyBox);
  return (buyBox && regionText(buyBox, CURRENT_SELECTORS.textRegions)) || regionText(doc, CURRENT_SELECTORS.textRegions);
}

/** A price object `{priceText: "59.90", priceMoney: "5990"}`: money in fen wins, text otherwise. */
function priceOf(v: JsValue | undefined): number | null {
  const fen = asNumber(field(v, 'priceMoney'));
  if (fen !== null) return fenToYuan(fen);
  return parsePrice(asText(field(v, 'priceText')))?.amount ?? null;
}

function stockOf(info: JsValue | undefined): { stock: number | null; available?: boolean } {
  const quantity = asNumber(field(info, 'quantity'));
  if (quantity !== null) return { stock: quantity };
  const text = asText(at(info, 'quantityText')) ?? '';
  if (/无货|售罄|已售完|缺货/.test(text)) return { stock: 0, available: false };
  const left = /(\d+)\s*件/.exec(text);
  return left ? { stock: Number(left[1]) } : { stock: null };
}

interface PropValueName {
  dimension: string;
  value: string;
  isSize: boolean;
}

/**
 * Dimension and value names by `pid:vid` (the parts of `skuBase.skus[].propPath`), from
 * `skuBase.props`; a later prop with the same pid replaces an earlier one.
 */
function propValueNames(res: JsObject): Map<string, PropValueName> {
  const dims = new Map<string, { name: string; values: Map<string, string> }>();
  for (const p of asArray(at(res, 'skuBase', 'props'))) {
    const pid = asText(at(p, 'pid'));
    const name = asText(at(p, 'name'));
    if (!pid || !name) continue;
    const values = new Map<string, string>();
    for (const v of asArray(at(p, 'values'))) {
      const vid = asText(at(v, 'vid'));
      const vname = asText(at(v, 'name'));
      if (vid && vname) values.set(vid, vname);
    }
    dims.set(pid, { name, values });
  }
  const names = new Map<string, PropValueName>();
  for (const [pid, dim] of dims) {
    const isSize = isSizeDimension(dim.name);
    for (const [vid, value] of dim.values) {
      const part = `${pid}:${vid}`;
      if (PROP_PART.test(part)) names.set(part, { dimension: dim.name, value, isSize });
    }
  }
  return names;
}

/** SKUs read between two pauses: a page can list thousands, and a first reading runs uncompiled. */
const SKUS_PER_STEP = 250;

/**
 * Hundreds of SKUs share a few dozen `pid:vid` parts, so the names and the size test are worked
 * out once per part and each SKU only looks its parts up.
 */
function* currentSkus(res: JsObject): Steps<Sku[]> {
  const names = propValueNames(res);
  const sku2info = asRecord(at(res, 'skuCore', 'sku2info')) ?? {};
  const skus: Sku[] = [];
  const rows = asArray(at(res, 'skuBase', 'skus')).slice(0, 5000);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % SKUS_PER_STEP === 0) yield;
    const row = rows[i];
    const skuId = asText(field(row, 'skuId'));
    if (!skuId) continue;
    const props: Record<string, string> = {};
    let sizeDimension: string | null = null;
    const path = asText(field(row, 'propPath')) ?? '';
    // The parts of "pid:vid;pid:vid" as split(';') gives them, without its per-call cost in V8.
    for (let start = 0; start <= path.length;) {
      const semicolon = path.indexOf(';', start);
      const end = semicolon === -1 ? path.length : semicolon;
      const part = path.slice(start, end);
      start = end + 1;
      const named = names.get(part) ?? names.get(part.trim());
      if (!named) continue;
      props[named.dimension] = named.value;
      if (named.isSize) sizeDimension ??= named.dimension;
    }
    const info = sku2info[skuId];
    const { stock, available } = stockOf(info);
    const size = sizeDimension === null ? null : props[sizeDimension]!;
    skus.push(makeSku({ skuId, props, price: priceOf(field(info, 'price')), stock, available, size }));
  }
  return skus;
}

/** Reads the current page into `s`; returns the parameter lines (保质期, 生产日期) it found. */
export function* readCurrentPage(
  doc: Document,
  url: URL,
  s: ProductSnapshot,
  state: IceState,
  selectedSkuId: string | null,
): Steps<string[]> {
  const { res } = state;
  const item = asRecord(res['item']);
  s.title = asText(item?.['title']) ?? textAt(doc, CURRENT_SELECTORS.title) ?? documentTitle(doc, ALIBABA_NAMES);
  s.shop =
    asText(
      firstAt(res, [
        ['seller', 'shopName'],
        ['seller', 'sellerNick'],
      ]),
    ) ?? textAt(doc, CURRENT_SELECTORS.shop);
  s.image = absoluteUrl(asText(asArray(item?.['images'])[0]), url);

  s.skus = yield* currentSkus(res);
  const summary = at(res, 'skuCore', 'sku2info', '0');
  if (s.skus.length === 0) {
    const { stock, available } = stockOf(summary);
    s.skus = [makeSku({ skuId: asText(item?.['itemId']) ?? s.itemId, props: {}, price: priceOf(at(summary, 'price')), stock, available })];
  }

  const selected = selectedSkuId && s.skus.some((k) => k.skuId === selectedSkuId) ? selectedSkuId : null;
  if (!priceFromSkus(s, selected)) {
    const shown =
      parsePrice(productTextAt(doc, CURRENT_SELECTORS.price)) ??
      parsePrice(asText(at(res, 'componentsVO', 'priceVO', 'price', 'priceText')));
    applyShownPrice(s, shown);
  }

  const priceVO = at(res, 'componentsVO', 'priceVO');
  const selectedInfo = selected ? at(res, 'skuCore', 'sku2info', selected) : summary;
  for (const candidate of [at(selectedInfo, 'subPrice'), at(priceVO, 'price'), at(priceVO, 'extraPrice')]) {
    const title = asText(at(candidate, 'priceTitle')) ?? '';
    if (/券后|到手|用券/.test(title)) {
      s.couponPrice = priceOf(candidate);
      break;
    }
  }
  const extra = at(priceVO, 'extraPrice');
  const extraTitle = asText(at(extra, 'priceTitle')) ?? '';
  const extraPrice = /券后|到手/.test(extraTitle) ? null : priceOf(extra);
  s.listPrice = extraPrice !== null && s.price !== null && extraPrice > s.price ? extraPrice : null;

  return parameterLines(res);
}

/** `componentsVO.extensionInfoVO.infos[].items[]` ({title: "保质期", text: ["365天"]}) as lines. */
function parameterLines(res: JsObject): string[] {
  const lines: string[] = [];
  for (const info of asArray(at(res, 'componentsVO', 'extensionInfoVO', 'infos')).slice(0, 50)) {
    for (const entry of asArray(at(info, 'items')).slice(0, 200)) {
      const title = asText(at(entry, 'title'));
      const text = asArray(at(entry, 'text')).map(asText).filter(Boolean).join(' ') || asText(at(entry, 'text'));
      if (title && text) lines.push(`${title}：${text}`);
    }
  }
  return lines;
}

/** Promotion and service texts the state carries (coupons, 7-day returns, stock pressure). */
export function currentStateTexts(res: JsObject): { text: string[]; offers: string[] } {
  const offers: string[] = [];
  const text: string[] = [];
  const vo = asRecord(at(res, 'componentsVO')) ?? {};
  for (const entry of asArray(at(vo, 'promotionVO', 'items') ?? at(vo, 'couponVO', 'items'))) {
    const t = asText(at(entry, 'text')) ?? asText(at(entry, 'title'));
    if (t) offers.push(t);
  }
  for (const entry of asArray(at(vo, 'guaranteeVO', 'items'))) {
    const t = asText(at(entry, 'title')) ?? asText(at(entry, 'text'));
    if (t) text.push(t);
  }
  const quantityText = asText(at(res, 'skuCore', 'sku2info', '0', 'quantityText'));
  if (quantityText) text.push(quantityText);
  return { text: [...text, ...offers], offers };
}
