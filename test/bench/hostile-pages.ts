import { buildHeavyTmallPage } from '../adapters/heavy-page';

/**
 * Hostile product pages of about 1 MB each, for the worst case of the content script: what a shop
 * (or a page made to hurt us) can put where the reader looks. Each is a current-generation Tmall
 * detail page, the reader with the most to do, with one part blown up.
 */
export interface HostilePage {
  name: string;
  url: string;
  html: string;
}

const MB = 1024 * 1024;
const ICE = '<script>window.__ICE_APP_CONTEXT__ = ';

/** The heavy page with its ICE state replaced, keeping everything else. */
function withState(html: string, stateJson: string): string {
  const start = html.indexOf(ICE) + ICE.length;
  const end = html.indexOf(';</script>', start);
  return html.slice(0, start) + stateJson + html.slice(end);
}

function urlOf(id: number): string {
  return `https://detail.tmall.com/item.htm?id=${id}`;
}

export function hostilePages(): HostilePage[] {
  const heavy = buildHeavyTmallPage();
  const state = JSON.parse(heavy.stateJson) as { loaderData: { home: { data: { res: Record<string, unknown> } } } };
  const res = state.loaderData.home.data.res;

  // Digit runs where prices and thresholds are parsed: the promotion block and its state twin.
  const digits = '9'.repeat(200_000);
  const promoText = `满${digits}减${digits.slice(0, 50_000)} 跨店每满${digits.slice(0, 100_000)}元减50 ${'1.'.repeat(40_000)}`;
  const promoDigits = withState(
    heavy.html.replace('<span>跨店每满300减50</span>', `<span>${promoText}</span>`),
    JSON.stringify({
      ...state,
      loaderData: { home: { data: { res: { ...res, componentsVO: { promotionVO: { items: [{ text: promoText }] } } } } } },
    }),
  );

  // State nested far deeper than any page: 300,000 levels of arrays and objects beside the real data.
  const depth = 300_000;
  const nested = `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`;
  const deep = JSON.stringify(state).replace('"appData":', `"nested":${nested},"appData":`);
  const deepState = withState(heavy.html, deep);

  // Thousands of SKUs: 6,000 combinations in the picker and the state.
  const skus: Array<{ propPath: string; skuId: string }> = [];
  const sku2info: Record<string, unknown> = {};
  for (let i = 0; i < 6000; i++) {
    const skuId = String(6300000000000 + i);
    skus.push({ propPath: `1627207:${30000 + (i % 60)};20509:${40000 + Math.floor(i / 60)}`, skuId });
    sku2info[skuId] = { price: { priceMoney: String(19900 + i), priceText: ((19900 + i) / 100).toFixed(2) }, quantity: String(i % 50) };
  }
  sku2info['0'] = { price: { priceMoney: '19900', priceText: '199' }, quantity: '1' };
  const props = [
    { pid: '1627207', name: '颜色分类', values: Array.from({ length: 60 }, (_, i) => ({ vid: String(30000 + i), name: `颜色${i}` })) },
    { pid: '20509', name: '尺码', values: Array.from({ length: 100 }, (_, i) => ({ vid: String(40000 + i), name: `${100 + i}` })) },
  ];
  const manySkus = withState(
    heavy.html,
    JSON.stringify({ ...state, loaderData: { home: { data: { res: { ...res, skuBase: { props, skus }, skuCore: { sku2info } } } } } }),
  );

  // A 200,000-node document: the description as tiny elements.
  const cells = Array.from({ length: 100_000 }, (_, i) => `<i>${i % 10}</i>`).join('');
  const hugeDom = heavy.html.replace('<div class="DescModule--root--1xYz">', `<div class="DescModule--root--1xYz">${cells}`);

  // The digit runs last: while a parser is super-linear on them, they hold the shop's renderer.
  const pages = [
    { name: 'state nested 300,000 deep', url: urlOf(700000000002), html: deepState },
    { name: '6,000 SKUs', url: urlOf(700000000003), html: manySkus },
    { name: 'a 200,000-node document', url: urlOf(700000000004), html: hugeDom },
    { name: 'digit runs in the promotion block', url: urlOf(700000000001), html: promoDigits },
  ];
  for (const p of pages) if (p.html.length < MB / 2) throw new Error(`the hostile page "${p.name}" is only ${p.html.length} characters`);
  return pages;
}
