import { SITE_HOSTS } from '../core/hosts';
import { crossCheckPrices } from './cross-check';
import { makeSku, priceFromSkus } from './fill';
import type { JsObject, JsValue } from './js-literal';
import { assignedLiteralInSteps, regionText, textAt } from './page';
import { blankSnapshot, readingOf } from './snapshot';
import type { PageInput, PageReader, SiteAdapter } from './types';
import { absoluteUrl, asArray, asMoney, asNumber, asRecord, asText, at, fenToYuan, firstAt } from './values';

/**
 * Pinduoduo (mobile.yangkeduo.com/goods.html?goods_id=…). The server state is `window.rawData`,
 * seen as `store.initDataObj.goods`, `initDataObj.goods` at the top, `store.goods`, `goods`, and a
 * flat goods object. Goods-level prices (minGroupPrice 2990) are integers in fen; SKU prices written
 * as strings ("29.9") are yuan, and integer SKU prices are fen like the goods-level ones.
 */

const HOSTS = SITE_HOSTS.pinduoduo.product;
const GOODS_PATH = /^\/goods\d?\.html$/;

/** DOM regions of the rendered page, for text the state does not carry. */
/** The title and price elements: where the shown price is looked for. */
const PDD_LANDMARKS = ['.goods-name', '.goods-price'];
const TEXT_REGIONS = ['.goods-price', '.goods-service', '.goods-tags', '.countdown', '[class*="service"]'];

export const pinduoduoAdapter: SiteAdapter = {
  site: 'pinduoduo',
  matchesUrl: (url) => HOSTS.includes(url.hostname) && GOODS_PATH.test(url.pathname) && goodsIdOf(url) !== null,
  itemIdFromUrl: goodsIdOf,
  extract: extractPinduoduo,
};

function goodsIdOf(url: URL): string | null {
  const id = url.searchParams.get('goods_id');
  return id && /^\d{3,20}$/.test(id) ? id : null;
}

/** The goods object and the mall object, whichever of the three shapes the page uses. */
export function findGoods(raw: JsValue | undefined): { goods: JsObject; mall: JsObject | undefined } | null {
  const init = asRecord(firstAt(raw, [['store', 'initDataObj'], ['initDataObj']]));
  const goods =
    asRecord(init?.['goods']) ??
    asRecord(at(raw, 'store', 'goods')) ??
    asRecord(at(raw, 'goods')) ??
    (asRecord(raw)?.['skus'] !== undefined ? asRecord(raw) : undefined);
  if (!goods) return null;
  const mall = asRecord(init?.['mall']) ?? asRecord(at(raw, 'store', 'mall')) ?? asRecord(at(raw, 'mall')) ?? asRecord(goods['mall']);
  return { goods, mall };
}

/** Money in a PDD field: strings are yuan as written, integers are fen. */
export function pddMoney(v: JsValue | undefined): number | null {
  if (typeof v === 'string') return asMoney(v);
  if (typeof v === 'number') return Number.isInteger(v) ? fenToYuan(v) : asMoney(v);
  return null;
}

function* extractPinduoduo({ doc, url, now }: PageInput): PageReader {
  const s = blankSnapshot('pinduoduo', goodsIdOf(url) ?? '', url, now);
  const found = findGoods((yield* assignedLiteralInSteps(doc, 'window.rawData')) ?? (yield* assignedLiteralInSteps(doc, 'rawData')));
  yield;
  if (!found) {
    s.warnings.push('window.rawData not found or holds no goods');
    s.title = textAt(doc, '.goods-name');
    yield* crossCheckPrices(doc, s, { fillPrice: true, near: PDD_LANDMARKS });
    return readingOf(s);
  }
  const { goods, mall } = found;
  // No <title> fallback: Pinduoduo cuts the name short there, and a cut name is another value.
  s.title = asText(goods['goodsName']) ?? textAt(doc, '.goods-name');
  s.shop = asText(mall?.['mallName']) ?? asText(goods['mallName']);
  const gallery = asArray(goods['topGallery'])[0];
  s.image = absoluteUrl(asText(at(gallery, 'url')) ?? asText(gallery) ?? asText(goods['hdThumbUrl']) ?? asText(goods['thumbUrl']), url);

  s.skus = asArray(goods['skus'])
    .slice(0, 5000)
    .flatMap((raw) => {
      const sku = asRecord(raw);
      const skuId = asText(sku?.['skuID'] ?? sku?.['skuId'] ?? sku?.['sku_id']);
      if (!sku || !skuId) return [];
      const props: Record<string, string> = {};
      for (const spec of asArray(sku['specs'])) {
        const key = asText(at(spec, 'spec_key') ?? at(spec, 'specKey'));
        const value = asText(at(spec, 'spec_value') ?? at(spec, 'specValue'));
        if (key && value) props[key] = value;
      }
      const stock = asNumber(sku['quantity']);
      const onSale = sku['isOnSale'];
      return [
        makeSku({
          skuId,
          props,
          price: pddMoney(sku['groupPrice']) ?? pddMoney(sku['normalPrice']),
          stock,
          available: onSale === 0 || onSale === false ? false : undefined,
        }),
      ];
    });

  if (!priceFromSkus(s)) {
    s.price = pddMoney(goods['minGroupPrice']) ?? pddMoney(goods['minNormalPrice']);
    const max = pddMoney(goods['maxGroupPrice']);
    s.priceMax = max !== null && s.price !== null && max > s.price ? max : null;
  }
  const market = pddMoney(goods['marketPrice']);
  s.listPrice = market !== null && s.price !== null && market > s.price ? market : null;

  const propertyLines = asArray(goods['goodsProperty']).flatMap((p) => {
    const key = asText(at(p, 'key'));
    const values = asArray(at(p, 'values')).map(asText).filter(Boolean).join(' ');
    return key && values ? [`${key}：${values}`] : [];
  });
  const catNames = [goods['catName'], goods['cat1Name'], goods['cat2Name']].map((c) => asText(c)).filter((c): c is string => c !== null);
  const serviceTexts = [...asArray(goods['serviceTags']), ...asArray(goods['service'])].map(
    (t) => asText(at(t, 'desc')) ?? asText(at(t, 'name')) ?? asText(t),
  );
  const promoTexts = [...asArray(goods['promotionTags']), ...asArray(goods['couponList'])].map(
    (t) => asText(at(t, 'desc')) ?? asText(at(t, 'text')) ?? asText(t),
  );
  const offerText = promoTexts.filter(Boolean).join('\n');
  const text = [
    asText(goods['sideSalesTip']),
    asText(goods['goodsDesc']),
    ...serviceTexts,
    ...propertyLines,
    offerText,
    regionText(doc, TEXT_REGIONS, 5000),
  ]
    .filter(Boolean)
    .join('\n');
  yield;
  yield* crossCheckPrices(doc, s, { fillPrice: true, near: PDD_LANDMARKS });
  return readingOf(s, {
    expiry: [{ source: 'the property list', lines: propertyLines }],
    categoryPath: catNames,
    breadcrumbs: catNames,
    signalText: text,
    offerText,
  });
}
