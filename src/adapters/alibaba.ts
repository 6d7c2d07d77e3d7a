import { crossCheckPrices } from './cross-check';
import { inputValueAt } from './form-values';
import type { Site } from '../core/types';
import { parsePrice } from '../parse';
import {
  currentRegionText,
  currentStateTexts,
  CURRENT_SELECTORS,
  readCurrentPage,
  readIceState,
  readIceStateInSteps,
} from './alibaba-current';
import {
  LEGACY_SELECTORS,
  propPathParts,
  readLegacyData,
  readLegacyDataInSteps,
  readLegacyPage,
  selectedLegacySku,
} from './alibaba-legacy';
import type { JsValue } from './js-literal';
import { classPrefix, regionText, safeQuery, safeQueryAll, textAt, textsAt } from './page';
import { blankSnapshot, readingOf } from './snapshot';
import type { CartIntent, PageInput, PageReader, SiteAdapter } from './types';
import { asArray, asMoney, asNumber, asText, at, fenToYuan } from './values';

/**
 * Taobao and Tmall share one detail platform; the host decides the site. Each page is read as the
 * current generation (ICE state) when its state is there, else as the legacy generation.
 */

const LEGACY_TEXT_REGIONS = [
  '.tb-subtitle',
  '.tb-detail-hd .newp',
  '#J_StrPriceModBox',
  '#J_PromoPrice',
  '#J_Promo',
  '#J_OtherDiscount',
  '.tb-meta',
  '#J_isku .tb-amount',
  '#J_EmStock',
  '.tb-extra',
  '#J_tbExtra',
  '.tm-ser',
  '#J_ServiceInfo',
  '.tb-validity',
  '.tm-fcs-panel',
];
const LEGACY_OFFER_REGIONS = ['#J_Promo', '#J_PromoHd', '#J_OtherDiscount', '.tm-shopPromo-panel', '#J_MorePromoList', '.tb-coupon'];

/** The current page's parameter spans (`ItemDetail--attrs--` holding `Attrs--attr--` "label：value"). */
const CURRENT_ATTR = classPrefix('Attrs--attr--');
const CURRENT_ATTR_BOX = classPrefix('ItemDetail--attrs--');
/** What both class names hold: no element without it can be either. */
const ANY_ATTR = '[class*="ttrs--"]';

/**
 * The current page's attribute spans: the `Attrs--attr--` elements and the other spans of the
 * `ItemDetail--attrs--` box that holds them, read inside the box (a query of the whole document
 * tests every element of a page that may have 100,000 against the class prefix); without the box,
 * the `Attrs--attr--` elements wherever they are.
 */
function currentAttributeTexts(doc: Document): string[] {
  // One substring test per element first: a selector of several class-prefix alternatives costs
  // a test per alternative, and most pages have neither the box nor the spans.
  if (!safeQuery(doc, ANY_ATTR)) return [];
  const box = safeQuery(doc, CURRENT_ATTR_BOX);
  return (box ? textsAt(box, `${CURRENT_ATTR}, span`, 300) : textsAt(doc, CURRENT_ATTR, 300)).slice(0, 300);
}

const ADD_TO_CART = `#J_LinkBasket, .J_LinkAdd, a.J_LinkBasket, ${classPrefix('Actions--leftBtn--')}, ${classPrefix('Actions--addCart--')}`;

/** The title and price elements of every page generation: where the shown price is looked for. */
export const ALIBABA_LANDMARKS = [
  ...CURRENT_SELECTORS.title,
  ...CURRENT_SELECTORS.price,
  ...LEGACY_SELECTORS.title,
  ...LEGACY_SELECTORS.price,
  '.module-price',
];

export function makeAlibabaAdapter(site: Extract<Site, 'taobao' | 'tmall'>, hosts: readonly string[], readySelector: string): SiteAdapter {
  const adapter: SiteAdapter = {
    site,
    matchesUrl: (url) => hosts.includes(url.hostname) && itemIdOf(url) !== null,
    itemIdFromUrl: itemIdOf,
    readySelector,
    extract: (page) => extractAlibaba(site, page),
    addToCartSelector: ADD_TO_CART,
    readCartIntent: readAlibabaCartIntent,
  };
  return adapter;
}

/** item.htm?id=…, also the mobile `i<id>.htm` and `?itemId=` forms. */
function itemIdOf(url: URL): string | null {
  const id = url.searchParams.get('id') ?? url.searchParams.get('itemId') ?? /\/i(\d+)\.htm/.exec(url.pathname)?.[1] ?? null;
  return id && /^\d{5,20}$/.test(id) ? id : null;
}

function* extractAlibaba(site: Extract<Site, 'taobao' | 'tmall'>, { doc, url, now }: PageInput): PageReader {
  const s = blankSnapshot(site, itemIdOf(url) ?? '', url, now);
  const selected = url.searchParams.get('skuId');
  const state = yield* readIceStateInSteps(doc);
  yield;
  let paramLines: string[];
  const texts: string[] = [];
  const offerTexts: string[] = [];
  if (state) {
    paramLines = yield* readCurrentPage(doc, url, s, state, selected);
    yield;
    const fromState = currentStateTexts(state.res);
    texts.push(...fromState.text, currentRegionText(doc));
    offerTexts.push(...fromState.offers);
  } else {
    const legacy = yield* readLegacyDataInSteps(doc);
    if (legacy) {
      paramLines = readLegacyPage(doc, url, s, legacy, selected);
      if (legacy.flavour !== site) s.warnings.push(`page data looks like ${legacy.flavour}, read as ${site} by its host`);
    } else {
      s.warnings.push('no product data found (neither __ICE_APP_CONTEXT__ nor the legacy sku config)');
      paramLines = readLegacyPage(
        doc,
        url,
        s,
        { flavour: site, skuMap: {}, skuNames: new Map(), item: undefined, config: undefined },
        selected,
      );
      if (s.skus.length === 1 && s.skus[0]!.price === null && s.price === null) s.skus = [];
    }
    texts.push(regionText(doc, LEGACY_TEXT_REGIONS));
    offerTexts.push(regionText(doc, LEGACY_OFFER_REGIONS));
  }
  yield;
  // Current pages also render the parameters as attribute spans ("保质期：3年"), a second source.
  const attrLines = state ? currentAttributeTexts(doc).map((l) => l.replace(/[:：]\s*/, '：')) : [];
  // Only the legacy pages render breadcrumbs server-side; current pages have none to query for.
  const breadcrumbs = state ? [] : textsAt(doc, LEGACY_SELECTORS.breadcrumbs, 10);
  yield;
  yield* crossCheckPrices(doc, s, { fillPrice: true, near: ALIBABA_LANDMARKS });
  return readingOf(s, {
    expiry: [
      { source: state ? 'the page data' : 'the parameter list', lines: paramLines },
      { source: 'the attribute list', lines: attrLines },
    ],
    categoryPath: breadcrumbs,
    breadcrumbs,
    signalText: [...texts, ...paramLines].join('\n'),
    offerText: offerTexts.join('\n'),
  });
}

/** The SKU, quantity and price in the buy box, read when add-to-cart is pressed. */
function readAlibabaCartIntent(doc: Document, url: URL): CartIntent {
  const quantityText = inputValueAt(doc, [...LEGACY_SELECTORS.quantity, ...CURRENT_SELECTORS.quantity]);
  const quantity = Math.max(1, Math.floor(asNumber(quantityText) ?? 1));
  let skuId: string | null = url.searchParams.get('skuId');
  let price: number | null = null;
  const state = readIceState(doc);
  if (state) {
    skuId ??= selectedCurrentSku(doc, state.res);
    price = priceOfSku(at(state.res, 'skuCore', 'sku2info', skuId ?? '0', 'price'));
  } else {
    const legacy = readLegacyData(doc);
    if (legacy) {
      skuId ??= selectedLegacySku(doc, legacy.skuMap);
      // A shown 促销价/淘宝价 is what the shopper pays; skuMap holds the pre-promotion price.
      price = parsePrice(textAt(doc, LEGACY_SELECTORS.promoPrice))?.amount ?? null;
      const entry = Object.values(legacy.skuMap).find((e) => asText(at(e, 'skuId')) === skuId);
      price ??= entry ? (at(entry, 'priceCent') !== undefined ? fenToYuan(at(entry, 'priceCent')) : asMoney(at(entry, 'price'))) : null;
    }
  }
  if (price === null)
    price = asMoney(
      (textAt(doc, [...CURRENT_SELECTORS.price, ...LEGACY_SELECTORS.promoPrice, ...LEGACY_SELECTORS.price]) ?? '').replace(/[¥￥\s]/g, ''),
    );
  return { skuId, quantity, price };
}

function priceOfSku(v: JsValue | undefined): number | null {
  const fen = fenToYuan(at(v, 'priceMoney'));
  if (fen !== null) return fen;
  return asMoney((asText(at(v, 'priceText')) ?? '').replace(/[¥￥\s]/g, ''));
}

/** Current pages mark chosen options with a hashed `isSelected` class and `data-vid`. */
function selectedCurrentSku(doc: Document, res: Parameters<typeof at>[0]): string | null {
  const vids = new Set(
    safeQueryAll(doc, classPrefix('SkuContent--isSelected--'))
      .map((el) => el.getAttribute('data-vid'))
      .filter(Boolean),
  );
  if (vids.size === 0) return null;
  for (const row of asArray(at(res, 'skuBase', 'skus'))) {
    const parts = propPathParts(asText(at(row, 'propPath')) ?? '');
    if (parts.length > 0 && parts.every((p) => vids.has(p.split(':')[1]!))) return asText(at(row, 'skuId'));
  }
  return null;
}
