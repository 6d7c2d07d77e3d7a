import { parseJsLiteral, type JsObject, type JsValue } from './js-literal';
import { assignedLiteralInSteps } from './page';
import type { Steps } from './steps';
import { asArray, asRecord, asText, at, field } from './values';

/**
 * The mobile detail page (h5.m.taobao.com, detail.m.tmall.com; 2017 on): `var _DATA_Detail = {…}`
 * with `item`, `seller`, `skuBase` and `props.groupProps` (where H5 shows 保质期), and the live
 * price and stock in `apiStack[0].value` (a JSON string) or, on pages rendered without it, `mock`.
 * It is recast here into the current page's response shape (`skuCore`, `componentsVO`), so one
 * reader serves both.
 */

const MARKERS = ['var _DATA_Detail', 'window._DATA_Detail', '_DATA_Detail'];

export function* readH5Detail(doc: Document): Steps<JsObject | null> {
  for (const marker of MARKERS) {
    const data = asRecord(yield* assignedLiteralInSteps(doc, marker));
    if (data && (data['item'] !== undefined || data['skuBase'] !== undefined)) return asCurrentResponse(data);
  }
  return null;
}

/** The live half: apiStack's JSON string when it reads, else the mock the page rendered with. */
function liveData(data: JsObject): JsObject | undefined {
  for (const entry of asArray(data['apiStack']).slice(0, 5)) {
    const value = field(entry, 'value');
    const parsed = typeof value === 'string' ? parseJsLiteral(value) : null;
    const live = asRecord(parsed?.complete ? parsed.value : value);
    if (live && (live['skuCore'] !== undefined || live['price'] !== undefined)) return live;
  }
  return asRecord(data['mock']);
}

/** `{"基本信息": [{"保质期": "365天"}, …]}` groups as `{title, text}` items. */
function groupPropItems(data: JsObject): JsValue[] {
  const items: JsValue[] = [];
  for (const group of asArray(at(data, 'props', 'groupProps')).slice(0, 20)) {
    for (const rows of Object.values(asRecord(group) ?? {})) {
      for (const row of asArray(rows).slice(0, 200)) {
        for (const [title, text] of Object.entries(asRecord(row) ?? {})) {
          const value = asText(text);
          if (value) items.push({ title, text: [value] });
        }
      }
    }
  }
  return items;
}

function asCurrentResponse(data: JsObject): JsObject {
  const live = liveData(data);
  const price = at(live, 'price', 'price');
  // The struck-through price is the extra price the page draws with a line through it.
  const struck = asArray(at(live, 'price', 'extraPrices')).find((p) => field(p, 'lineThrough') === true) ?? null;
  const componentsVO: JsObject = {
    priceVO: { price: price ?? null, extraPrice: struck },
    extensionInfoVO: { infos: [{ items: groupPropItems(data) }] },
  };
  return {
    ...data,
    skuBase: data['skuBase'] ?? at(live, 'skuBase') ?? null,
    skuCore: at(live, 'skuCore') ?? data['skuCore'] ?? null,
    componentsVO,
  };
}
