import type { LiveProduct } from '../types';
import { escapeHtml as e, scriptJson } from './escape';

const yuan = (n: number) => n.toFixed(2);

/**
 * The H5 detail page of Taobao (h5.m.taobao.com/awp/core/detail.htm?id=…) and Tmall
 * (detail.m.tmall.com/item.htm?id=…), shaped as test/fixtures/tmall/mobile-h5-food.html:
 * `var _DATA_Detail = {…}` with `item`, `seller`, `skuBase`, `props.groupProps`, and the live
 * price and stock as a JSON string in `apiStack[0].value`; the buy bar pinned to the bottom edge.
 */
export function renderAlibabaH5Page(p: LiveProduct, { skuId }: { skuId?: string | null } = {}): string {
  const selected = p.skus.find((s) => s.skuId === skuId) ?? null;
  const dims = [...new Set(p.skus.flatMap((s) => Object.keys(s.props)))];
  const props = dims.map((name, i) => ({
    pid: 1000 + i,
    name,
    values: [...new Set(p.skus.map((s) => s.props[name]).filter((v): v is string => Boolean(v)))].map((v, j) => ({
      vid: (i + 1) * 100 + j,
      name: v,
    })),
  }));
  const propPath = (s: LiveProduct['skus'][number]) =>
    props.map((prop) => `${prop.pid}:${prop.values.find((v) => v.name === s.props[prop.name])?.vid ?? 0}`).join(';');
  const low = Math.min(...p.skus.map((s) => s.price), p.price);
  const shown = selected?.price ?? low;
  const live = {
    price: {
      price: { priceText: yuan(shown), priceTitle: '促销价' },
      ...(p.listPrice !== null ? { extraPrices: [{ priceText: yuan(p.listPrice), priceTitle: '价格', lineThrough: true }] } : {}),
    },
    skuCore: {
      sku2info: Object.fromEntries([
        ['0', { price: { priceText: yuan(low) }, quantity: p.skus.reduce((n, s) => n + s.stock, 0) }],
        ...p.skus.map((s) => [s.skuId, { price: { priceMoney: Math.round(s.price * 100), priceText: yuan(s.price) }, quantity: s.stock }]),
      ]),
    },
  };
  const data = {
    seller: { shopName: p.shop, sellerNick: p.shop, shopType: p.site === 'tmall' ? 'B' : 'C' },
    item: { itemId: Number(p.itemId), title: p.title, images: [`//img.alicdn.com/imgextra/i1/${p.itemId}.jpg`] },
    skuBase: { props, skus: p.skus.map((s) => ({ skuId: Number(s.skuId), propPath: propPath(s) })) },
    apiStack: [{ name: 'esi', value: JSON.stringify(live) }],
    props: { groupProps: [{ 基本信息: p.params.map(([k, v]) => ({ [k]: v })) }] },
  };
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(p.title)}-${p.site === 'tmall' ? 'tmall.com天猫' : '淘宝网'}</title>
<style>${STYLE}</style>
</head><body>
<div id="s-showcase"><img src="https://img.alicdn.com/imgextra/i1/${p.itemId}.jpg" alt=""></div>
<div class="module-price"><span class="price"><i>¥</i>${yuan(shown)}</span>${p.listPrice !== null ? ` <del class="o-price">¥${yuan(p.listPrice)}</del>` : ''}</div>
${p.badges.map((b) => `<div class="module-badge">${e(b)}</div>`).join('')}
<div class="module-title"><h1 class="main">${e(p.title)}</h1></div>
<div class="module-promo">${p.promotions.map((t) => `<span>${e(t)}</span>`).join('')}</div>
<div class="module-service">${e(p.returnPolicy)}</div>
<div class="module-shop">${e(p.shop)}</div>
<div class="module-props">${p.params.map(([k, v]) => `<p>${e(k)}：${e(v)}</p>`).join('')}</div>
<div class="bottom-bar"><a class="shop">店铺</a><a class="cart">加入购物车</a><a class="buy">立即购买</a></div>
<script>
var _DATA_Detail = ${scriptJson(data)};
</script>
</body></html>`;
}

/** Enough of the H5 look for screenshots. */
const STYLE = `
body { margin: 0; background: #f2f2f2; font: 14px/1.5 'PingFang SC', 'Noto Sans CJK SC', sans-serif; color: #051b28; padding-bottom: 52px; }
#s-showcase img { width: 100%; aspect-ratio: 1; display: block; background: #fafafa; }
.module-price { background: #fff; color: #ff5000; padding: 10px 12px 0; font-size: 24px; font-weight: 700; }
.o-price { color: #999; font-size: 12px; font-weight: 400; }
.module-badge { background: #fff; color: #ff5000; padding: 0 12px; font-size: 12px; }
.module-title { background: #fff; padding: 4px 12px 10px; } .module-title h1 { font-size: 16px; margin: 0; }
.module-promo, .module-service, .module-shop, .module-props { background: #fff; margin-top: 8px; padding: 8px 12px; }
.module-promo span { color: #ff5000; margin-right: 8px; }
.module-props p { margin: 2px 0; color: #666; }
.bottom-bar { position: fixed; left: 0; right: 0; bottom: 0; height: 50px; display: flex; background: #fff; border-top: 1px solid #eee; }
.bottom-bar .shop { width: 60px; display: flex; align-items: center; justify-content: center; font-size: 12px; color: #666; }
.bottom-bar .cart, .bottom-bar .buy { flex: 1; display: flex; align-items: center; justify-content: center; color: #fff; font-size: 15px; }
.bottom-bar .cart { background: #ff9500; } .bottom-bar .buy { background: #ff5000; }
`;
